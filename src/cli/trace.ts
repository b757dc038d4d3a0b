/**
 * The URL part of `httpexplain`: reads curl's options, traces each URL given (or each line of standard input when
 * its first line is a URL) through the context's HTTP client, a few at a time, and presents each trace as it comes,
 * in the order given. Loaded only when a URL (or a URL option) is given, so that code lookups never pay for it.
 */
import { EXIT } from '../errors';
import { sanitizeInput, toJson } from '../render/sanitize';
import { createNodeHttpClient } from '../trace/client';
import { traceUrl } from '../trace/index';
import { EXIT_NO_ANSWER, type HttpClient, type Trace, type TraceOptions } from '../trace/types';
import { looksLikeUrl, parseTarget } from '../trace/url';
import type { Context } from './context';
import type { SharedOptions } from './declaration';
import { present, type Format } from './present';

/** curl's options, as commander hands them over (see the declaration in commands/httpexplain.ts). */
export interface UrlOptions {
  request?: string;
  header?: string[];
  data?: string;
  maxRedirs?: string;
  maxTime?: string;
  /** false with --no-follow */
  follow?: boolean;
  insecure?: boolean;
  fail?: boolean;
}

/** How many URLs are traced at once, in batch mode or with several URLs. */
export const CONCURRENCY = 4;
export const DEFAULT_MAX_REDIRECTS = 10;
export const DEFAULT_MAX_TIME_SECONDS = 30;

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** A usage or trace error the user sees: its message in the output language, safe to print. */
class TraceUsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

/** An error's parameters made safe to print: what came from the user or a server is escaped and cut short. */
function printable(params: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, typeof value === 'string' ? sanitizeInput(value) : value]));
}

/** One line on standard error (and, with --json, the error object on standard output first); returns the exit code. */
function reportUsage(ctx: Context, error: TraceUsageError, json: boolean, exitCode: number = EXIT.usage): number {
  const message = ctx.m.text(`trace.errors.${error.key}`, printable(error.params));
  if (json) ctx.io.stdout.write(toJson({ error: { code: error.key, message, exitCode } }) + '\n');
  ctx.io.stderr.write(`${ctx.name}: ${message}\n`);
  return exitCode;
}

/** A code query given with an option for URLs: a usage error. */
export function refuseUrlOptions(ctx: Context, option: string, json: boolean): number {
  return reportUsage(ctx, new TraceUsageError('urlOptions', { option }), json);
}

/** curl's options as a trace's; a value that makes no sense is a usage error. */
export function traceOptions(options: UrlOptions): TraceOptions {
  const method = options.request;
  if (method !== undefined && !TOKEN.test(method)) throw new TraceUsageError('invalidMethod', { input: method });
  const headers = (options.header ?? []).map((line): [string, string] => {
    const colon = line.indexOf(':');
    const name = colon < 0 ? '' : line.slice(0, colon).trim();
    const value = colon < 0 ? '' : line.slice(colon + 1).trim();
    if (!TOKEN.test(name) || /[\u0000-\u0008\u000a-\u001f\u007f]/.test(value)) throw new TraceUsageError('invalidHeader', { input: line });
    return [name, value];
  });
  let maxRedirects = DEFAULT_MAX_REDIRECTS;
  if (options.maxRedirs !== undefined) {
    if (!/^\d{1,4}$/.test(options.maxRedirs.trim())) throw new TraceUsageError('invalidCount', { input: options.maxRedirs });
    maxRedirects = Number(options.maxRedirs);
  }
  let maxTimeMs = DEFAULT_MAX_TIME_SECONDS * 1000;
  if (options.maxTime !== undefined) {
    const seconds = Number(options.maxTime.trim());
    if (!/^\d*\.?\d+$/.test(options.maxTime.trim()) || !(seconds > 0) || seconds > 86_400)
      throw new TraceUsageError('invalidSeconds', { input: options.maxTime });
    maxTimeMs = seconds * 1000;
  }
  return { method, headers, data: options.data, maxRedirects, maxTimeMs, follow: options.follow !== false, insecure: !!options.insecure };
}

/** A URL argument or line, parsed, or the usage error it makes. */
function targetOf(input: string): URL {
  const target = parseTarget(input);
  if (target instanceof URL) return target;
  if (target.problem === 'scheme') throw new TraceUsageError('unsupportedScheme', { input });
  throw new TraceUsageError('invalidUrl', { input });
}

/** The exit code a set of traces earns: 3 if any got no final answer, 1 with --fail if any ended at 400 or more. */
function exitCodeOf(traces: readonly Trace[], fail: boolean): number {
  if (traces.some((trace) => trace.error)) return EXIT_NO_ANSWER;
  if (fail && traces.some((trace) => trace.final && trace.final.code >= 400)) return EXIT.notFound;
  return EXIT.ok;
}

interface Tracer {
  trace(target: URL): Promise<Trace>;
  format: Format;
  /** the one line a trace without a final answer gets on standard error */
  reportNoAnswer(trace: Trace): void;
}

function tracer(ctx: Context, options: SharedOptions & UrlOptions, format: Format): Tracer {
  const settings = traceOptions(options);
  let client: HttpClient | undefined = ctx.http;
  return {
    format,
    trace(target) {
      client ??= createNodeHttpClient();
      return traceUrl(target, settings, { kb: ctx.kb, lang: ctx.lang, client, clock: ctx.clock, env: ctx.io.env });
    },
    reportNoAnswer(trace) {
      if (trace.error) ctx.io.stderr.write(`${ctx.name}: ${sanitizeInput(`${trace.url}: ${trace.error.message}`, Infinity)}\n`);
    },
  };
}

/**
 * Runs `work` on each item, at most `limit` at a time, and hands the results to `write` in the order of the items,
 * each as soon as those before it are written. A slot is freed only once its result is written, so that a slow
 * item holds back at most `limit` results.
 */
export async function inOrder<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  limit: number,
  work: (item: T) => Promise<R>,
  write: (result: R) => void,
): Promise<void> {
  const waiting: (() => void)[] = [];
  let active = 0;
  const acquire = () => (active < limit ? (active++, Promise.resolve()) : new Promise<void>((resolve) => waiting.push(resolve)));
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };
  // The chain of writes never rejects: the first failure is kept, and thrown once the chain is done.
  let written: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | undefined;
  for await (const item of items) {
    await acquire();
    // Once a result could not be made or written (the reader has gone), nothing more is started.
    if (failure) {
      release();
      break;
    }
    const result = work(item);
    // Handled below, in its turn; meanwhile a rejection must not count as unhandled.
    result.catch(() => undefined);
    written = written.then(async () => {
      try {
        const value = await result;
        if (!failure) write(value);
      } catch (error) {
        failure ??= { error };
      } finally {
        release();
      }
    });
  }
  await written;
  if (failure) throw failure.error;
}

/** `httpexplain URL...`: each URL traced and presented in the order given; one JSON object, or an array. */
export async function traceUrls(ctx: Context, words: string[], options: SharedOptions & UrlOptions, format: Format): Promise<number> {
  const json = !!options.json;
  let run: Tracer;
  let targets: URL[];
  try {
    if (!words.every(looksLikeUrl)) throw new TraceUsageError('mixed');
    targets = words.map(targetOf);
    run = tracer(ctx, options, format);
  } catch (error) {
    if (error instanceof TraceUsageError) return reportUsage(ctx, error, json);
    throw error;
  }
  const traces: Trace[] = [];
  await inOrder(
    targets,
    CONCURRENCY,
    (target) => run.trace(target),
    (trace) => {
      traces.push(trace);
      if (!format.json) ctx.io.stdout.write((traces.length > 1 ? '\n' : '') + present({ kind: 'trace', value: trace }, format, ctx.m));
    },
  );
  if (format.json) ctx.io.stdout.write(toJson(traces.length === 1 ? traces[0] : traces, 2) + '\n');
  for (const trace of traces) run.reportNoAnswer(trace);
  return exitCodeOf(traces, !!options.fail);
}

const LINE_BREAK = /\r\n|\r|\n/;
/** Longer than any URL worth tracing: such a line is refused without being parsed. */
const MAX_LINE_LENGTH = 8192;

/** The lines of a stream of chunks, as they arrive: those already read, then the rest. */
async function* linesOf(read: (string | Buffer)[], chunks: AsyncIterator<string | Buffer>): AsyncGenerator<string> {
  const { StringDecoder } = require('node:string_decoder') as typeof import('node:string_decoder');
  const decoder = new StringDecoder('utf8');
  const decode = (chunk: string | Buffer) => (typeof chunk === 'string' ? chunk : decoder.write(chunk));
  let pending = read.map(decode).join('');
  for (;;) {
    // A CR at the very end may be the first half of a CRLF: it waits for the next chunk.
    const heldCr = pending.endsWith('\r') ? '\r' : '';
    const lines = (heldCr ? pending.slice(0, -1) : pending).split(LINE_BREAK);
    pending = lines.pop()! + heldCr;
    yield* lines;
    const next = await chunks.next();
    if (next.done) break;
    pending += decode(next.value);
  }
  pending += decoder.end();
  if (pending !== '') yield* pending.split(LINE_BREAK);
}

/**
 * Standard input, when its first line is a URL: one URL per line, traced a few at a time, each answer written in
 * the order of the lines (NDJSON with --json, carrying the line's number). A line that is not a URL gets its error
 * and the run goes on. Exit code: 3 if a URL got no final answer, else 1 if a line failed or, with --fail, a final
 * status was 400 or more.
 */
async function traceLines(
  ctx: Context,
  lines: AsyncIterable<string>,
  options: SharedOptions & UrlOptions,
  format: Format,
): Promise<number> {
  const json = !!options.json;
  let run: Tracer;
  try {
    run = tracer(ctx, options, format);
  } catch (error) {
    if (error instanceof TraceUsageError) return reportUsage(ctx, error, json);
    throw error;
  }
  let lineNumber = 0;
  let answered = 0;
  let lineFailed = false;
  const traces: Trace[] = [];
  async function* numbered(): AsyncGenerator<{ line: number; input: string }> {
    for await (const raw of lines) {
      lineNumber++;
      const input = raw.trim();
      if (input !== '') yield { line: lineNumber, input };
    }
  }
  type Outcome = { line: number; input: string; trace?: Trace; error?: TraceUsageError };
  await inOrder(
    numbered(),
    CONCURRENCY,
    async ({ line, input }): Promise<Outcome> => {
      try {
        if (input.length > MAX_LINE_LENGTH || !looksLikeUrl(input)) throw new TraceUsageError('notAUrl', { input });
        return { line, input, trace: await run.trace(targetOf(input)) };
      } catch (error) {
        if (error instanceof TraceUsageError) return { line, input, error };
        throw error;
      }
    },
    ({ line, input, trace, error }) => {
      if (error) {
        lineFailed = true;
        const message = ctx.m.text('errors.line', { line, message: ctx.m.text(`trace.errors.${error.key}`, printable(error.params)) });
        if (json) ctx.io.stdout.write(toJson({ error: { code: error.key, message, exitCode: EXIT.notFound, line } }) + '\n');
        ctx.io.stderr.write(`${ctx.name}: ${message}\n`);
        return;
      }
      traces.push(trace!);
      if (json) ctx.io.stdout.write(toJson({ ...trace, input, line }) + '\n');
      else ctx.io.stdout.write((answered > 0 ? '\n' : '') + present({ kind: 'trace', value: trace! }, format, ctx.m));
      answered++;
      run.reportNoAnswer(trace!);
    },
  );
  const code = exitCodeOf(traces, !!options.fail);
  return code === EXIT.ok && lineFailed ? EXIT.notFound : code;
}

/**
 * Standard input: URLs when its first line that is not blank is one, else queries for the code batch
 * (src/cli/batch.ts), which gets the input from its start.
 */
export async function readInput(
  ctx: Context,
  options: SharedOptions & UrlOptions,
  format: Format,
  codeBatch: (ctx: Context) => Promise<number>,
): Promise<number> {
  // A directory cannot be read: the code batch says so in its own words.
  if (ctx.io.stdinIsDirectory?.()) return codeBatch(ctx);
  const stdin = ctx.io.stdin as AsyncIterable<string | Buffer>;
  const chunks = stdin[Symbol.asyncIterator]();
  const read: (string | Buffer)[] = [];
  let text = '';
  let firstLine: string | undefined;
  while (firstLine === undefined) {
    const next = await chunks.next();
    if (next.done) {
      firstLine = text.trim();
      break;
    }
    read.push(next.value);
    // Enough of the start to tell: a first line that is not blank, or a lot of blank ones.
    text += typeof next.value === 'string' ? next.value : next.value.toString('latin1');
    const line = text.split(LINE_BREAK).find((candidate, i, all) => candidate.trim() !== '' && i < all.length - 1);
    if (line !== undefined) firstLine = line.trim();
    else if (text.trim().length > MAX_LINE_LENGTH) firstLine = text.trim();
  }
  if (looksLikeUrl(firstLine)) return traceLines(ctx, linesOf(read, chunks), options, format);
  // The code batch reads the input from its start: what was read, then the rest.
  const replay = {
    isTTY: ctx.io.stdin.isTTY,
    async *[Symbol.asyncIterator]() {
      yield* read;
      for (;;) {
        const next = await chunks.next();
        if (next.done) return;
        yield next.value;
      }
    },
  };
  return codeBatch({ ...ctx, io: { ...ctx.io, stdin: replay as unknown as typeof ctx.io.stdin } });
}
