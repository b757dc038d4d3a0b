import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { EXIT, ExpectedError, UsageError } from '../errors';
import { NameIndex, resolveQuery } from '../resolve/resolve';
import { toJson } from '../render/sanitize';
import { errorMessage, reportError, type CommonOptions, type Context } from './common';
import { explainResolution, renderResolution } from './httpexplain';

/** Header fields that `curl -sI` prints after the status line: skipped, so that its whole output can be piped. */
const HEADER_FIELD = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+:\s/;

/**
 * Explains one query per line of standard input, writing each answer as soon as its line is read (one JSON
 * object per line with --json), so that `tail -f` works and memory stays flat whatever the input's size.
 * A line that fails gets its error and the run goes on; the exit code is 1 if any line failed.
 */
export async function readBatch(ctx: Context, options: CommonOptions): Promise<number> {
  const { stdout } = ctx.io;
  const names = new NameIndex(ctx.kb);
  const lines = createInterface({ input: ctx.io.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let failed = false;
  let answered = 0;
  for await (const rawLine of lines) {
    lineNumber++;
    const line = rawLine.trim();
    if (line === '' || HEADER_FIELD.test(line)) continue;
    let output: string;
    try {
      const resolution = resolveQuery(ctx.kb, line, names);
      output = options.json
        ? toJson(explainResolution(ctx, resolution)) + '\n'
        : (answered > 0 ? '\n' : '') + renderResolution(ctx, resolution, options);
      answered++;
    } catch (error) {
      if (!(error instanceof ExpectedError)) throw error;
      failed = true;
      const message = errorMessage(ctx.m, error);
      reportError(ctx, new ExpectedError('line', { line: lineNumber, message }, error.exitCode), !!options.json, { line: lineNumber });
      continue;
    }
    if (!stdout.write(output)) await once(stdout, 'drain');
  }
  if (answered === 0 && !failed) throw new UsageError('noQueries');
  return failed ? EXIT.notFound : EXIT.ok;
}
