/**
 * Commands are declared once, as plain objects: their arguments, options, examples and exit codes, with the keys of
 * their texts in data/locales/LANG/messages.json, and the function that runs them. The commander program, --help,
 * the shell completion scripts and the man pages are all made from these declarations (src/cli/program.ts,
 * src/cli/completion.ts, src/cli/manpage.ts), so they cannot drift apart.
 */
import { EXIT } from '../errors';
import type { Context } from './context';

/** What a value can be completed with, in the shells. */
export type Completion = 'codes' | 'languages' | 'shells' | 'ecosystems' | 'colors';

export interface OptionDeclaration {
  long: string;
  short?: string;
  /** the option takes a value: the message key of its placeholder, and how to complete it */
  value?: { name: string; completion?: Completion; optional?: boolean };
  /** message key of its help line */
  help: string;
  /** may be given several times (its values are collected) */
  repeatable?: boolean;
}

export interface ArgumentDeclaration {
  /** message key of its placeholder */
  name: string;
  /** message key of its help */
  help: string;
  variadic?: boolean;
  required?: boolean;
  completion?: Completion;
}

/** Options every command has. */
export interface SharedOptions {
  json?: boolean;
  lang?: string;
  /** --color's value, false for --no-color, true (auto) when neither is given */
  color?: boolean | string;
  /** false with --no-pager */
  pager?: boolean;
}

export interface CommandDeclaration<Options extends SharedOptions = SharedOptions> {
  name: string;
  /** message keys: one-line description, usage line */
  description: string;
  usage?: string;
  arguments: ArgumentDeclaration[];
  /** the command's own options; those of SHARED_OPTIONS are added to every top-level command */
  options: OptionDeclaration[];
  examples: string[];
  /** what each exit code means for this command (message keys); the shared ones are added */
  exits: Partial<Record<number, string>>;
  subcommands?: CommandDeclaration[];
  /** runs the command; returns its exit code */
  run(ctx: Context, args: string[], options: Options): Promise<number> | number;
}

export const SHARED_OPTIONS: OptionDeclaration[] = [
  { long: 'json', help: 'help.json' },
  { long: 'lang', short: 'l', value: { name: 'help.langValue', completion: 'languages' }, help: 'help.lang' },
  { long: 'color', value: { name: 'help.colorValue', completion: 'colors' }, help: 'help.color' },
  { long: 'no-color', help: 'help.noColor' },
  { long: 'no-pager', help: 'help.noPager' },
];

/** --help and --version, which commander itself handles. */
export const BUILT_IN_OPTIONS: OptionDeclaration[] = [
  { long: 'help', short: 'h', help: 'help.help' },
  { long: 'version', short: 'V', help: 'help.version' },
];

/** Exit codes every command may end with (message keys); a command adds or overrides its own. */
export const SHARED_EXITS: Record<number, string> = {
  [EXIT.ok]: 'help.exitFound',
  [EXIT.usage]: 'help.exitUsage',
  [EXIT.internal]: 'help.exitInternal',
  [EXIT.output]: 'help.exitOutput',
};

/** Every option of a command as the user can type it: its own, the shared ones, help and version. */
export function allOptions(command: CommandDeclaration, topLevel = true): OptionDeclaration[] {
  return [...command.options, ...(topLevel ? SHARED_OPTIONS : []), ...BUILT_IN_OPTIONS];
}

/** Thrown by a command given nothing to do: its help goes to standard error, and it exits with a usage error. */
export class ShowHelp extends Error {}
