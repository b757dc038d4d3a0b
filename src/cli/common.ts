import { Command, CommanderError, type Help } from 'commander';
import { KnowledgeBase } from '../data/knowledgeBase';
import { EXIT, ExpectedError, UsageError } from '../errors';
import { chooseLanguage } from '../i18n/language';
import { messagesFor, type Messages } from '../i18n/messages';
import { sanitizeInput, toJson } from '../render/sanitize';
import type { ColorLevel, TerminalOptions } from '../render/terminal';
import { OutputClosed, OutputFailed, type Output } from './output';

/** The process's streams and environment, passed in so that tests can drive a command in memory. */
export interface Io {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: Output;
  stderr: Output;
}

export interface CommonOptions {
  json?: boolean;
  lang?: string;
  color: boolean;
}

/** Colour as users expect: --no-color and NO_COLOR turn it off, FORCE_COLOR on, otherwise only on a terminal. */
export function colorLevel(color: boolean, io: Pick<Io, 'env' | 'stdout'>): ColorLevel {
  const { env, stdout } = io;
  if (!color || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) {
    if (forced === '0' || forced === 'false') return 0;
    return (['1', '2', '3'].includes(forced) ? Number(forced) : 1) as ColorLevel;
  }
  if (!stdout.isTTY || env.TERM === 'dumb') return 0;
  const depth = stdout.getColorDepth?.() ?? 4;
  return depth >= 24 ? 3 : depth >= 8 ? 2 : 1;
}

const MAX_WIDTH = 100;

export function terminalOptions(m: Messages, options: CommonOptions, io: Io): TerminalOptions {
  const columns = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80;
  const level = colorLevel(options.color, io);
  return { m, width: Math.min(columns, MAX_WIDTH), colorLevel: level, decorated: !!io.stdout.isTTY || level > 0 };
}

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

/** What every command needs: the knowledge base, the language and its messages. */
export interface Context {
  kb: KnowledgeBase;
  lang: string;
  m: Messages;
  io: Io;
  name: string;
}

/** The message of an expected error in the user's language, with what the user typed made safe to print. */
export function errorMessage(m: Messages, error: ExpectedError): string {
  const params = { ...error.params };
  if (typeof params.input === 'string') params.input = sanitizeInput(params.input);
  return m.text(`errors.${error.key}`, params);
}

/** An expected error as its one-line message and as the `{"error": ...}` object printed with --json. */
export function describeError(m: Messages, error: ExpectedError, extra: Record<string, unknown> = {}) {
  const message = errorMessage(m, error);
  return { message, json: toJson({ error: { code: error.key, message, exitCode: error.exitCode, ...extra } }) + '\n' };
}

/** An expected error: one line on stderr, and with --json the same as an object on stdout. */
export function reportError(ctx: Context, error: ExpectedError, json: boolean): void {
  const { message, json: object } = describeError(ctx.m, error);
  ctx.io.stderr.write(`${ctx.name}: ${message}\n`);
  if (json) ctx.io.stdout.write(object);
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
  };
  return new UsageError(keys[error.code] ?? 'invalidUsage', { input });
}

function localizedHelp(m: Messages) {
  return {
    formatHelp(cmd: Command, helper: Help): string {
      const width = helper.padWidth(cmd, helper);
      const item = (term: string, description: string) => helper.formatItem(term, width, description, helper);
      const lines = [`${m.text('help.usageHeading')} ${helper.commandUsage(cmd)}`, '', helper.commandDescription(cmd)];
      const groups: [string, string[]][] = [
        ['help.argumentsHeading', helper.visibleArguments(cmd).map((a) => item(helper.argumentTerm(a), helper.argumentDescription(a)))],
        ['help.optionsHeading', helper.visibleOptions(cmd).map((o) => item(helper.optionTerm(o), helper.optionDescription(o)))],
        ['help.commandsHeading', helper.visibleCommands(cmd).map((c) => item(helper.subcommandTerm(c), helper.subcommandDescription(c)))],
      ];
      for (const [headingKey, items] of groups) if (items.length > 0) lines.push('', m.text(headingKey), ...items);
      return lines.join('\n') + '\n';
    },
  };
}

// Bundled into dist/cli.js at build time, so that no file is read for it at start-up.
const { version } = require('../../package.json') as { version: string };

/** What each exit code means for a command, as its --help lists them. */
export interface HelpTexts {
  description: string;
  usage: string;
  examples: string[];
  notFound: string;
}

/** A commander program in the user's language, with the options every command shares. */
export function baseProgram(ctx: Context, help: HelpTexts): Command {
  const { m } = ctx;
  const exits: [number, string][] = [
    [EXIT.ok, m.text('help.exitFound')],
    [EXIT.notFound, help.notFound],
    [EXIT.usage, m.text('help.exitUsage')],
    [EXIT.internal, m.text('help.exitInternal')],
    [EXIT.output, m.text('help.exitOutput')],
  ];
  const exitLines = exits.map(([code, meaning]) => `  ${String(code).padEnd(3)}${meaning}`);
  return new Command(ctx.name)
    .description(help.description)
    .usage(help.usage)
    .option('--json', m.text('help.json'))
    .option(`-l, --lang <${m.text('help.langValue')}>`, m.text('help.lang', { languages: ctx.kb.languages().join(', ') }))
    .option('--no-color', m.text('help.noColor'))
    .version(version, '-V, --version', m.text('help.version'))
    .helpOption('-h, --help', m.text('help.help'))
    .helpCommand(false)
    .configureHelp(localizedHelp(m))
    .addHelpText('after', `\n${m.text('help.examples')}\n${help.examples.map((e) => `  ${e}`).join('\n')}\n\n${m.text('help.exitCodes')}\n${exitLines.join('\n')}\n`)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.io.stdout.write(text),
      writeErr: (text) => ctx.io.stderr.write(text),
      outputError: () => undefined,
    });
}

/**
 * Runs a command: builds the context, lets `setUp` define the program, parses, and turns every outcome into an
 * exit code. Expected errors print one line; anything else is a bug and keeps its stack trace.
 */
export async function runCommand(
  name: string,
  io: Io,
  setUp: (ctx: Context, setExitCode: (code: number) => void) => Command,
): Promise<number> {
  const kb = new KnowledgeBase();
  const argv = io.argv;
  // Known before commander parses, so that its own errors can be JSON too; after "--" it would be a query.
  const optionsPart = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  const json = optionsPart.includes('--json');
  const envLang = chooseLanguage(undefined, io.env, kb.languages());
  let ctx: Context = { kb, lang: envLang, m: messagesFor(kb, envLang), io, name };
  let exitCode: number = EXIT.ok;
  try {
    const explicit = explicitLanguage(argv);
    const lang = explicit === undefined ? envLang : chooseLanguage(explicit, io.env, kb.languages());
    ctx = { ...ctx, lang, m: lang === envLang ? ctx.m : messagesFor(kb, lang) };
    const program = setUp(ctx, (code) => {
      exitCode = code;
    });
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError && (error.code === 'commander.helpDisplayed' || error.code === 'commander.version')) return EXIT.ok;
    const expected = error instanceof CommanderError ? fromCommanderError(error) : error;
    if (expected instanceof ExpectedError) {
      reportError(ctx, expected, json);
      return expected.exitCode;
    }
    // The reader went away (`| head`): nothing more to say. The output cannot be written: say so, once.
    if (error instanceof OutputClosed) return EXIT.ok;
    if (error instanceof OutputFailed) {
      io.stderr.write(`${name}: ${ctx.m.text('errors.outputFailed', { reason: error.reason })}\n`);
      return EXIT.output;
    }
    const bug = error instanceof Error ? error : new Error(String(error));
    io.stderr.write(`${name}: ${ctx.m.text('errors.internal', { message: sanitizeInput(bug.message) })}\n${bug.stack ?? ''}\n`);
    return EXIT.internal;
  }
}

