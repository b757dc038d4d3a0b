import { UsageError } from '../errors';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Messages } from '../i18n/messages';
import type { ColorLevel, TerminalOptions } from '../render/terminal';
import type { HttpClient } from '../trace/types';
import type { Output } from './output';

/** The process's streams and environment, passed in so that tests can drive a command in memory. */
export interface Io {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** whether standard input is a directory (`httpexplain < /`), which reads as nothing at all */
  stdinIsDirectory?: () => boolean;
  stdout: Output;
  stderr: Output;
  /** answers are about to stream (a batch): stop holding them for the pager (src/cli/pager.ts) */
  streamOutput?: () => void;
  /** the command is done: write what was held, through a pager if `page` and the terminal call for one */
  finishOutput?: (page: boolean) => Promise<void>;
}

/**
 * What a command runs with: the knowledge base, the language, the streams, and the outside world it may reach (the
 * clock; the HTTP client of the URL checks), each injected so that tests can replace it.
 */
export interface Context {
  /** the command's name, which prefixes its error lines */
  name: string;
  kb: KnowledgeBase;
  lang: string;
  m: Messages;
  io: Io;
  /** milliseconds, for timings */
  clock: () => number;
  /**
   * The HTTP client URLs are traced with. When absent, Node's own (src/trace/client.ts) is created on the first
   * URL, so that code lookups never load node:http; tests put their own here.
   */
  http?: HttpClient;
}

export const COLOR_CHOICES = ['auto', 'always', 'never'] as const;

/** --color's values; `--no-color` gives false, and no option at all true, which means auto. */
export type ColorChoice = boolean | (typeof COLOR_CHOICES)[number];

/** The --color value given, checked. */
export function colorChoice(value: boolean | string): ColorChoice {
  if (typeof value === 'boolean' || (COLOR_CHOICES as readonly string[]).includes(value)) return value as ColorChoice;
  throw new UsageError('invalidColor', { input: value, choices: COLOR_CHOICES });
}

/** The colours a terminal takes, from what it says of itself (FORCE_COLOR's level when set). */
function depthLevel(io: Pick<Io, 'env' | 'stdout'>): ColorLevel {
  const forced = io.env.FORCE_COLOR;
  if (forced !== undefined && ['1', '2', '3'].includes(forced)) return Number(forced) as ColorLevel;
  if (!io.stdout.isTTY) return 1;
  const depth = io.stdout.getColorDepth?.() ?? 4;
  return depth >= 24 ? 3 : depth >= 8 ? 2 : 1;
}

/**
 * Colour, from the strongest say to the weakest: --color=always or never (and --no-color), then NO_COLOR (set and
 * not empty: no colour), then FORCE_COLOR (0 or false: none; 1 to 3: that level; anything else: on), then whether
 * standard output is a terminal that is not TERM=dumb.
 */
export function colorLevel(color: ColorChoice, io: Pick<Io, 'env' | 'stdout'>): ColorLevel {
  const { env, stdout } = io;
  if (color === false || color === 'never') return 0;
  if (color === 'always') return depthLevel(io);
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) return forced === '0' || forced === 'false' ? 0 : depthLevel(io);
  if (!stdout.isTTY || env.TERM === 'dumb') return 0;
  return depthLevel(io);
}

/** Running text is wrapped at most this wide, for a readable measure; tables use the whole width. */
const MEASURE = 100;
/** Narrower than this, nothing readable fits: COLUMNS below it is taken for a mistake. */
const MIN_COLUMNS = 20;

/** The output's width: the terminal's, else COLUMNS (a pipe into `less`, a terminal of unknown size), else 80. */
export function columnsOf(io: Pick<Io, 'env' | 'stdout'>): number {
  if (io.stdout.isTTY && io.stdout.columns) return io.stdout.columns;
  const columns = Number(io.env.COLUMNS);
  return Number.isInteger(columns) && columns >= MIN_COLUMNS ? columns : 80;
}

/**
 * Whether the output must be plain ASCII: on a terminal that says it is dumb, or under a locale whose character set
 * is not UTF-8 (the C and POSIX locales, which are also what no locale at all means).
 */
export function asciiOnly(env: NodeJS.ProcessEnv): boolean {
  if (env.TERM === 'dumb') return true;
  const locale = [env.LC_ALL, env.LC_CTYPE, env.LANG].find((value) => value) ?? 'C';
  return !/utf-?8/i.test(locale);
}

export function terminalOptions(color: boolean | string | undefined, io: Io): TerminalOptions {
  const width = columnsOf(io);
  const level = colorLevel(colorChoice(color ?? true), io);
  return {
    width,
    measure: Math.min(width, MEASURE),
    colorLevel: level,
    decorated: !!io.stdout.isTTY || level > 0,
    ascii: asciiOnly(io.env),
  };
}
