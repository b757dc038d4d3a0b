import { Command, CommanderError, Option, type Help } from 'commander';
import { EXIT, ExpectedError, UsageError } from '../errors';
import { chooseLanguage } from '../i18n/language';
import { messagesFor, type Messages } from '../i18n/messages';
import { KnowledgeBase } from '../kb/knowledgeBase';
import { sanitizeInput, toJson } from '../render/sanitize';
import { displayWidth, padEnd, wrap } from '../render/wrap';
import { columnsOf, type Context, type Io } from './context';
import { allOptions, SHARED_EXITS, ShowHelp, type CommandDeclaration, type OptionDeclaration } from './declaration';
import { OutputClosed, OutputFailed } from './output';
import { errorMessage } from '../i18n/errorMessage';
import { jsonOf } from './present';

// Bundled into dist/cli.js at build time, so that no file is read for it at start-up.
const { version } = require('../../package.json') as { version: string };

/**
 * The value of --lang / -l in raw arguments, read before commander runs so that --help is in that language.
 * Given twice, the last one counts, as it does for commander.
 */
function explicitLanguage(argv: readonly string[]): string | undefined {
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if ((arg === '--lang' || arg === '-l') && i + 1 < argv.length) lang = argv[++i];
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (/^-l./.test(arg)) lang = arg.slice(2);
  }
  return lang;
}

/** Commander's own errors, as our expected errors (its messages would echo raw input and are English only). */
function fromCommanderError(error: CommanderError): ExpectedError {
  // The first quoted word of commander's message is the option or argument at fault.
  const input = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const keys: Record<string, string> = {
    'commander.unknownOption': 'unknownOption',
    'commander.optionMissingArgument': 'missingValue',
    'commander.missingArgument': 'missingArgument',
    'commander.excessArguments': 'unexpectedArgument',
    'commander.unknownCommand': 'unexpectedArgument',
  };
  // Commander's guess at what was meant ("Did you mean --json?"), as our message says it.
  const suggestion = /Did you mean (?:one of )?([^?]+)\?/.exec(error.message)?.[1];
  if (suggestion && error.code === 'commander.unknownOption') return new UsageError('unknownOptionSuggestion', { input, suggestion });
  return new UsageError(keys[error.code] ?? 'invalidUsage', { input });
}

/** A help item: its term, then its description wrapped beside it, or under it when the width leaves no room. */
function helpItems(items: [term: string, description: string][], width: number): string[] {
  if (items.length === 0) return [];
  const termWidth = Math.min(Math.max(...items.map(([term]) => displayWidth(term))), 32);
  const beside = width - 2 - termWidth - 2 >= 24;
  return items.map(([term, description]) => {
    if (beside && displayWidth(term) <= termWidth) {
      const indent = ' '.repeat(2 + termWidth + 2);
      return `  ${padEnd(term, termWidth)}  ${wrap(description, width, indent).slice(indent.length)}`;
    }
    return `  ${term}\n${wrap(description, width, '      ')}`;
  });
}

/** --help in the user's language, wrapped to the output's width without cutting words. */
function localizedHelp(m: Messages, width: number) {
  return {
    formatHelp(cmd: Command, helper: Help): string {
      const lines = [
        wrap(m.text('help.usageHeading') + m.text('grammar.labelSeparator') + helper.commandUsage(cmd), width),
        '',
        wrap(helper.commandDescription(cmd), width),
      ];
      const groups: [string, [string, string][]][] = [
        ['help.argumentsHeading', helper.visibleArguments(cmd).map((a) => [helper.argumentTerm(a), helper.argumentDescription(a)])],
        ['help.optionsHeading', helper.visibleOptions(cmd).map((o) => [helper.optionTerm(o), helper.optionDescription(o)])],
        ['help.commandsHeading', helper.visibleCommands(cmd).map((c) => [helper.subcommandTerm(c), helper.subcommandDescription(c)])],
      ];
      for (const [headingKey, items] of groups) if (items.length > 0) lines.push('', m.text(headingKey), ...helpItems(items, width));
      return lines.join('\n') + '\n';
    },
  };
}

/** An option's flags as commander reads them: "-l, --lang <lang>". */
export function optionFlags(option: OptionDeclaration, m: Messages): string {
  const value = option.value ? (option.value.optional ? ` [${m.text(option.value.name)}]` : ` <${m.text(option.value.name)}>`) : '';
  return `${option.short ? `-${option.short}, ` : ''}--${option.long}${value}`;
}

/** The exit codes a command's help lists: the shared ones and its own, in order. */
export function exitCodes(declaration: CommandDeclaration): [number, string][] {
  const exits = { ...SHARED_EXITS, ...declaration.exits };
  return Object.keys(exits)
    .map(Number)
    .sort((a, b) => a - b)
    .map((code) => [code, exits[code]!]);
}

/** The commander program of a declaration, with its texts in the user's language. */
function buildCommand(declaration: CommandDeclaration, ctx: Context, setExitCode: (code: number) => void, topLevel = true): Command {
  const { m } = ctx;
  const width = Math.min(columnsOf(ctx.io), 100);
  const command = new Command(declaration.name)
    .description(m.text(declaration.description))
    .helpCommand(false)
    .configureHelp(localizedHelp(m, width))
    .exitOverride();
  if (declaration.usage) command.usage(m.text(declaration.usage));
  for (const argument of declaration.arguments) {
    const name = `${m.text(argument.name)}${argument.variadic ? '...' : ''}`;
    command.argument(argument.required ? `<${name}>` : `[${name}]`, m.text(argument.help));
  }
  for (const option of allOptions(declaration, topLevel)) {
    if (option.long === 'help' || option.long === 'version') continue;
    const flags = optionFlags(option, m);
    const help = m.text(option.help, { languages: m.enumerate(ctx.kb.languages()) });
    command.addOption(
      option.repeatable
        ? new Option(flags, help).argParser((value: string, previous: string[] = []) => [...previous, value])
        : new Option(flags, help),
    );
  }
  if (topLevel) command.version(version, '-V, --version', m.text('help.version'));
  command.helpOption('-h, --help', m.text('help.help'));
  if (declaration.examples.length > 0 || topLevel) {
    const exits = helpItems(
      exitCodes(declaration).map(([code, key]) => [String(code), m.text(key)]),
      width,
    );
    const examples =
      declaration.examples.length > 0 ? `\n${m.text('help.examples')}\n${declaration.examples.map((e) => `  ${e}`).join('\n')}\n` : '';
    command.addHelpText('after', `${examples}\n${m.text('help.exitCodes')}\n${exits.join('\n')}\n`);
  }
  command.configureOutput({
    writeOut: (text) => ctx.io.stdout.write(text),
    writeErr: (text) => ctx.io.stderr.write(text),
    outputError: () => undefined,
  });
  command.action(async (...args: unknown[]) => {
    // commander passes the arguments, then the options, then the command itself.
    const options = args[args.length - 2] as Parameters<CommandDeclaration['run']>[2];
    const positional = args
      .slice(0, -2)
      .flatMap((value) => (value === undefined ? [] : Array.isArray(value) ? (value as string[]) : [value as string]));
    setExitCode(await declaration.run(ctx, positional, { ...command.optsWithGlobals(), ...options }));
  });
  for (const subcommand of declaration.subcommands ?? []) command.addCommand(buildCommand(subcommand, ctx, setExitCode, false));
  return command;
}

/** An expected error: with --json, `{"error": …}` on standard output first; then one line on standard error. */
/**
 * An expected error: with --json, `{"error": …}` on standard output first, then one line on standard error. Returns
 * the exit code it ends with: its own, or 74 when standard output cannot take the JSON (a full disk): the answer is
 * lost, which a script must learn. A reader that has gone (`| head`) does not change it.
 */
export function reportError(ctx: Context, error: ExpectedError, json: boolean): number {
  let exitCode = error.exitCode;
  if (json) {
    try {
      ctx.io.stdout.write(toJson(jsonOf({ kind: 'error', value: error }, ctx.m)) + '\n');
    } catch (failure) {
      if (failure instanceof OutputFailed) {
        ctx.io.stderr.write(`${ctx.name}: ${ctx.m.text('errors.outputFailed', { reason: failure.reason })}\n`);
        exitCode = EXIT.output;
      } else if (!(failure instanceof OutputClosed)) {
        throw failure;
      }
    }
  }
  ctx.io.stderr.write(`${ctx.name}: ${errorMessage(ctx.m, error)}\n`);
  return exitCode;
}

/** The one line said when the knowledge base cannot be read: English, since the languages are in it. */
function damagedInstall(io: Io, name: string, cause: unknown): number {
  const detail = cause instanceof Error ? cause.message : String(cause);
  io.stderr.write(`${name}: the knowledge base of httpdiff is missing or damaged (${sanitizeInput(detail, 200)}): reinstall httpdiff\n`);
  return EXIT.internal;
}

/**
 * Runs a declared command on some streams: builds its context, parses, and turns every outcome into an exit code.
 * Expected errors print one line; so does a bug (a line that says to report it; its stack trace with
 * HTTPDIFF_DEBUG=1). Failures to write: a reader that has gone ends the command quietly, an output that cannot be
 * written ends it with 74; standard error failing never stops standard output.
 */
export async function runProgram(declaration: CommandDeclaration, io: Io, kb = new KnowledgeBase()): Promise<number> {
  const { argv } = io;
  // Known before commander parses, so that its own errors can be JSON too; after "--" it would be a query.
  const optionsPart = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  const json = optionsPart.includes('--json');
  let ctx: Context;
  try {
    const envLang = chooseLanguage(undefined, io.env, kb.languages());
    ctx = { name: declaration.name, kb, lang: envLang, m: messagesFor(kb, envLang), io, clock: () => performance.now() };
    // Read now: a knowledge base that cannot be read is a damaged install, not a bug of the command.
    void ctx.m.text('errors.internal');
  } catch (error) {
    return damagedInstall(io, declaration.name, error);
  }
  let exitCode: number = EXIT.ok;
  let program: Command | undefined;
  try {
    const explicit = explicitLanguage(argv);
    const lang = explicit === undefined ? ctx.lang : chooseLanguage(explicit, io.env, kb.languages());
    if (lang !== ctx.lang) ctx = { ...ctx, lang, m: messagesFor(kb, lang) };
    program = buildCommand(declaration, ctx, (code) => {
      exitCode = code;
    });
    await program.parseAsync(argv, { from: 'user' });
    await io.finishOutput?.(!optionsPart.includes('--no-pager'));
    return exitCode;
  } catch (error) {
    if (error instanceof ShowHelp && program) {
      program.outputHelp({ error: true });
      return EXIT.usage;
    }
    if (error instanceof CommanderError && (error.code === 'commander.helpDisplayed' || error.code === 'commander.version')) return EXIT.ok;
    const expected = error instanceof CommanderError ? fromCommanderError(error) : error;
    if (expected instanceof ExpectedError) return reportError(ctx, expected, json);
    // The reader went away (`| head`): nothing more to say. The output cannot be written: say so, once.
    if (error instanceof OutputClosed) return EXIT.ok;
    if (error instanceof OutputFailed) {
      io.stderr.write(`${ctx.name}: ${ctx.m.text('errors.outputFailed', { reason: error.reason })}\n`);
      return EXIT.output;
    }
    // A bug: one line that says where to report it; the stack trace only when asked for.
    const bug = error instanceof Error ? error : new Error(String(error));
    const code = reportError(ctx, new ExpectedError('internal', { message: bug.message }, EXIT.internal), json);
    if (io.env.HTTPDIFF_DEBUG) io.stderr.write(`${sanitizeInput(bug.stack ?? '', Infinity)}\n`);
    return code;
  }
}
