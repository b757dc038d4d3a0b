import { StringDecoder } from 'node:string_decoder';
import { EXIT, ExpectedError, UsageError } from '../errors';
import { isHeaderField, NameIndex, resolveQuery } from '../resolve/resolve';
import { toJson } from '../render/sanitize';
import { describeError, errorMessage, type CommonOptions, type Context } from './common';
import { explainResolution, renderResolution } from './httpexplain';

/** Answers kept for queries already seen (logs repeat a few codes); cleared when full, so memory stays bounded. */
const MAX_CACHED_ANSWERS = 10_000;
/** Output is written in pieces of about this many bytes: few system calls, little memory held. */
const FLUSH_SIZE = 64 * 1024;

/**
 * Explains one query per line of standard input. Each chunk of input is answered as soon as it arrives, with one
 * write (one JSON object per line with --json), so `tail -f` works and memory stays flat whatever the input's size;
 * the output is written synchronously, so a slow reader slows the reading too. A line that fails gets its error
 * and the run goes on; the exit code is 1 if any line failed.
 */
export async function readBatch(ctx: Context, options: CommonOptions): Promise<number> {
  const names = new NameIndex(ctx.kb);
  // Encoded once: a repeated line then costs no new string or buffer, which keeps memory flat on long inputs.
  const answers = new Map<string, Buffer>();
  const decoder = new StringDecoder('utf8');
  let lineNumber = 0;
  let failed = false;
  let answered = 0;
  let pending = '';

  const encode = (text: string) => Buffer.from(text, 'utf8');
  const separator = encode('\n');
  const answer = (rawLine: string): Buffer[] => {
    lineNumber++;
    const line = rawLine.trim();
    // Header lines are skipped, so that the whole output of `curl -sI` can be piped in.
    if (line === '' || isHeaderField(line)) return [];
    try {
      let bytes = answers.get(line);
      if (bytes === undefined) {
        const resolution = resolveQuery(ctx.kb, line, names);
        bytes = encode(options.json ? toJson(explainResolution(ctx, resolution)) + '\n' : renderResolution(ctx, resolution, options));
        if (answers.size >= MAX_CACHED_ANSWERS) answers.clear();
        answers.set(line, bytes);
      }
      // Text answers are separated by a blank line, JSON ones are a line each.
      const pieces = !options.json && answered > 0 ? [separator, bytes] : [bytes];
      answered++;
      return pieces;
    } catch (error) {
      if (!(error instanceof ExpectedError)) throw error;
      failed = true;
      const lineError = new ExpectedError('line', { line: lineNumber, message: errorMessage(ctx.m, error) }, error.exitCode);
      const { message, json } = describeError(ctx.m, lineError, { line: lineNumber });
      ctx.io.stderr.write(`${ctx.name}: ${message}\n`);
      return options.json ? [encode(json)] : []; // in the output's order, among the answers of the same chunk
    }
  };

  let output: Buffer[] = [];
  let size = 0;
  const add = (pieces: Buffer[]) => {
    for (const piece of pieces) {
      output.push(piece);
      size += piece.length;
    }
    if (size >= FLUSH_SIZE) flush();
  };
  const flush = () => {
    // Joining the pieces would allocate as much as we write, and a long run's memory would creep up with it.
    const { stdout } = ctx.io;
    if (size > 0) stdout.writeAll ? stdout.writeAll(output) : stdout.write(Buffer.concat(output, size));
    output = [];
    size = 0;
  };
  for await (const chunk of ctx.io.stdin) {
    const lines = (pending + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer))).split('\n');
    pending = lines.pop()!;
    for (const line of lines) add(answer(line));
    flush();
  }
  add(answer(pending + decoder.end()));
  flush();
  if (answered === 0 && !failed) throw new UsageError('noQueries');
  return failed ? EXIT.notFound : EXIT.ok;
}
