/**
 * On a terminal, an answer taller than the screen goes through a pager, as git and gh do: PAGER (less by default,
 * with LESS=FRX unless set: quit if it fits, keep colours, leave the screen as it was), never when piped, never with
 * --no-pager or PAGER set to "" or "cat". The output is held until the command ends, then paged or written; a batch
 * that streams its answers asks for them to pass straight through instead (`stream()`).
 */
import type { Output } from './output';

export interface PagedOutput extends Output {
  /** from now on, write straight to the terminal (what was held first) */
  stream(): void;
  /** writes what was held, through the pager when `page` allows it and it is taller than the screen */
  finish(page: boolean): Promise<void>;
}

export function pagedOutput(terminal: NodeJS.WriteStream, env: NodeJS.ProcessEnv): PagedOutput {
  let held: (string | Uint8Array)[] | undefined = [];
  const direct = (data: string | Uint8Array) => terminal.write(data);
  const output: PagedOutput = {
    isTTY: true,
    get columns() {
      return terminal.columns;
    },
    getColorDepth: () => terminal.getColorDepth(),
    write(data) {
      if (held) held.push(data);
      else direct(data);
      return true;
    },
    stream() {
      if (!held) return;
      for (const data of held) direct(data);
      held = undefined;
    },
    async finish(page) {
      if (!held) return;
      const text = held.map((data) => (typeof data === 'string' ? data : Buffer.from(data).toString('utf8'))).join('');
      held = undefined;
      const pager = env.PAGER ?? 'less';
      const rows = terminal.rows;
      if (!page || !rows || pager.trim() === '' || pager.trim() === 'cat' || text.split('\n').length <= rows) {
        direct(text);
        return;
      }
      // Loaded only here: a one-screen answer never pays for node:child_process.
      const { spawn } = require('node:child_process') as typeof import('node:child_process');
      await new Promise<void>((done) => {
        const child = spawn(pager, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { LESS: 'FRX', ...env } });
        child.on('error', () => {
          direct(text);
          done();
        });
        // The pager may quit before reading everything (q in less): what it did not take is dropped, quietly.
        child.stdin.on('error', () => undefined);
        child.on('close', (code) => {
          // A pager that could not start (the shell's 127) leaves the answer to be written as it is.
          if (code === 127) direct(text);
          done();
        });
        child.stdin.end(text);
      });
    },
  };
  return output;
}
