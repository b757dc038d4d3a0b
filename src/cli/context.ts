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

export function terminalOptions(color: boolean, io: Io): TerminalOptions {
  const columns = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80;
  const level = colorLevel(color, io);
  return { width: Math.min(columns, MAX_WIDTH), colorLevel: level, decorated: !!io.stdout.isTTY || level > 0 };
}
