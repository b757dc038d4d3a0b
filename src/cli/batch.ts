import { StringDecoder } from 'node:string_decoder';
import { EXIT, ExpectedError, UsageError } from '../errors';
import { isHeaderField, NameIndex, resolveQuery } from '../resolve/resolve';
import { toJson } from '../render/sanitize';
import type { Context } from './context';
import type { SharedOptions } from './declaration';
import { errorMessage } from '../i18n/errorMessage';
import { jsonOf, present, separator, type Format } from './present';
import { formatOf, resultOf } from './commands/httpexplain';

/** Answers kept for queries already seen (logs repeat a few codes); cleared when full, so memory stays bounded. */
const MAX_CACHED_ANSWERS = 10_000;
/**
 * Failures are kept apart, and far fewer: a repeated bad line is answered from them, but most lines of a log that
 * name no code are all different, and thousands of them kept would each outlive the young generation, for nothing
 * (measured: a third more time and memory on 200,000 such lines).
 */
const MAX_CACHED_FAILURES = 256;
/** Output is written in pieces of about this many bytes: few system calls, little memory held. */
const FLUSH_SIZE = 64 * 1024;
/** Longer than any query by far: a longer line is refused without being looked at, and not kept in memory. */
export const MAX_LINE_LENGTH = 4096;
const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * One line's answer, prepared once per distinct line: its bytes, or the error it gives. Kept encoded, so that each
 * repetition writes the same buffer again instead of encoding (and allocating) a copy: a log repeats a few codes, and
 * the garbage of 200,000 copies would swell the process's memory.
 */
type Answer = { bytes: Buffer } | { error: ExpectedError };

/**
 * Explains one query per line of standard input. Each chunk of input is answered as soon as it arrives, with one
 * write (one JSON object per line with --json, carrying the line's number and text), so `tail -f` works and memory
 * stays flat whatever the input's size; the output is written synchronously, so a slow reader slows the reading
 * too. A line that fails gets its error and the run goes on; the exit code is 1 if any line failed.
 */
export async function readBatch(ctx: Context, options: SharedOptions & { short?: boolean; ecosystems?: string }): Promise<number> {
  if (ctx.io.stdinIsDirectory?.()) throw new UsageError('stdinIsDirectory');
  // Answers stream as lines arrive (`tail -f`): none is held for a pager.
  ctx.io.streamOutput?.();
  const names = new NameIndex(ctx.kb);
  // Text answers are one line each by default: a batch is usually a log, read line by line.
  const format: Format = options.json ? { json: true, compact: true } : formatOf(ctx, options, true);
  const betweenAnswers = separator(format);
  const answers = new Map<string, Answer>();
  const failures = new Map<string, Answer>();
  const decoder = new StringDecoder('utf8');
  let lineNumber = 0;
  let failed = false;
  let answered = 0;
  let pending = '';
  /** set while skipping the rest of a line already too long */
  let overlong = false;

  const answerOf = (line: string): Answer => {
    let answer = answers.get(line) ?? failures.get(line);
    if (answer === undefined) {
      try {
        const result = resultOf(ctx, resolveQuery(ctx.kb, line, names));
        // JSON without its closing brace, to which each line adds its own number and text.
        const text = format.json ? toJson(jsonOf(result, ctx.m)).slice(0, -1) : present(result, format, ctx.m);
        answer = { bytes: Buffer.from(text, 'utf8') };
      } catch (error) {
        if (!(error instanceof ExpectedError)) throw error;
        answer = { error };
      }
      const cache = 'error' in answer ? failures : answers;
      if (cache.size >= ('error' in answer ? MAX_CACHED_FAILURES : MAX_CACHED_ANSWERS)) cache.clear();
      cache.set(line, answer);
    }
    return answer;
  };

  /** Error lines for standard error, written with the next piece of output rather than one system call each. */
  let errorLines: string[] = [];
  const lineError = (error: ExpectedError): string => {
    failed = true;
    const message = ctx.m.text('errors.line', { line: lineNumber, message: errorMessage(ctx.m, error) });
    errorLines.push(`${ctx.name}: ${message}\n`);
    // What the line contributes to the process, as its exitCode: any failure makes it exit 1.
    // Written out rather than stringified: the same object as {error: {code, message, exitCode, line}}, at every line.
    return format.json ? `{"error":{"code":"line","message":${toJson(message)},"exitCode":${EXIT.notFound},"line":${lineNumber}}}\n` : '';
  };

  let output: Buffer[] = [];
  let size = 0;
  const addBytes = (bytes: Buffer) => {
    output.push(bytes);
    size += bytes.length;
    if (size >= FLUSH_SIZE) flush();
  };
  const add = (text: string) => {
    if (text !== '') addBytes(Buffer.from(text, 'utf8'));
  };

  const answer = (rawLine: string): void => {
    lineNumber++;
    if (overlong) return;
    const line = rawLine.trim();
    // Header lines are skipped, so that the whole output of `curl -sI` can be piped in.
    if (line === '' || isHeaderField(line)) return;
    const found = answerOf(line);
    if ('error' in found) return add(lineError(found.error));
    answered++;
    // Text answers are separated by a blank line; JSON ones each end with the line's own text and number.
    if (!format.json && answered > 1) add(betweenAnswers);
    addBytes(found.bytes);
    if (format.json) add(`,"input":${toJson(line)},"line":${lineNumber}}\n`);
  };
  const flush = () => {
    // Joining the pieces would allocate as much as we write, and a long run's memory would creep up with it.
    const { stdout, stderr } = ctx.io;
    if (size > 0) {
      if (stdout.writeAll) stdout.writeAll(output);
      else stdout.write(Buffer.concat(output, size));
    }
    if (errorLines.length > 0) stderr.write(errorLines.join(''));
    output = [];
    size = 0;
    errorLines = [];
  };
  const refuseOverlong = () => {
    lineNumber++;
    add(lineError(new UsageError('lineTooLong', { max: MAX_LINE_LENGTH })));
    lineNumber--; // counted again when its end arrives
    overlong = true;
    pending = '';
  };

  for await (const chunk of ctx.io.stdin) {
    let text = pending + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    // A CR at the very end may be the first half of a CRLF: keep it for the next chunk.
    const heldCr = text.endsWith('\r') ? '\r' : '';
    if (heldCr) text = text.slice(0, -1);
    // Line by line rather than split into an array: a chunk of short lines would be thousands of strings alive at
    // once, and the garbage collector would answer by growing the young generation (peak memory up by a third).
    let start = 0;
    for (let match = LINE_BREAK.exec(text); match !== null; match = LINE_BREAK.exec(text)) {
      answer(text.slice(start, match.index));
      overlong = false;
      start = match.index + match[0].length;
    }
    pending = text.slice(start) + heldCr;
    if (!overlong && pending.length > MAX_LINE_LENGTH) refuseOverlong();
    else if (overlong) pending = '';
    flush();
  }
  const last = pending + decoder.end();
  if (last !== '' || overlong) answer(last);
  flush();
  if (answered === 0 && !failed) throw new UsageError('noQueries');
  return failed ? EXIT.notFound : EXIT.ok;
}
