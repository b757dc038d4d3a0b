import { writeSync, writevSync } from 'node:fs';

/** The part of a writable stream the commands use. */
export interface Output {
  write(data: string | Uint8Array): boolean;
  /** Writes several pieces in one system call, without joining them into a new buffer first. */
  writeAll?(pieces: Uint8Array[]): void;
  isTTY?: boolean;
  columns?: number;
  getColorDepth?: () => number;
}

/** Thrown when the reader of our output has gone away (`| head`): the command then stops quietly. */
export class OutputClosed extends Error {}

/** Thrown when the output cannot be written (a full disk, /dev/full): the command says so and stops. */
export class OutputFailed extends Error {
  constructor(readonly reason: string) {
    super(`cannot write the output: ${reason}`);
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Standard output or error written with fs.writeSync. A one-shot answer then does not pay for creating
 * process.stdout (about 6 ms, a fifth of our start-up budget), and a slow reader simply makes us wait, which is
 * the back-pressure a batch needs.
 */
export function syncOutput(fd: number): Output {
  /** Calls `write` until it has written everything, waiting while a non-blocking pipe is full. */
  const writeFully = (pieces: Uint8Array[], write: (pieces: Uint8Array[]) => number) => {
    let rest = pieces;
    while (rest.length > 0) {
      let written: number;
      try {
        written = write(rest);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') throw new OutputClosed();
        if (code !== 'EAGAIN') throw new OutputFailed(code ?? String(error));
        Atomics.wait(pause, 0, 0, 1);
        continue;
      }
      while (rest.length > 0 && written >= rest[0].length) {
        written -= rest[0].length;
        rest = rest.slice(1);
      }
      if (written > 0) rest = [rest[0].subarray(written), ...rest.slice(1)];
    }
  };
  return {
    write(data: string | Uint8Array): boolean {
      writeFully([typeof data === 'string' ? Buffer.from(data) : data], ([first]) => writeSync(fd, first));
      return true;
    },
    writeAll(pieces: Uint8Array[]): void {
      writeFully(pieces, (rest) => writevSync(fd, rest));
    },
  };
}

/**
 * An output whose failures are ignored: standard error, where a reader that has gone or a full disk must not stop
 * the answers written on standard output (nor change the exit code they earn).
 */
export function forgiving(output: Output): Output {
  return {
    write(data) {
      try {
        return output.write(data);
      } catch {
        return false;
      }
    },
  };
}
