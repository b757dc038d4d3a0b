import { writeSync } from 'node:fs';

/** The part of a writable stream the commands use. */
export interface Output {
  write(text: string): boolean;
  isTTY?: boolean;
  columns?: number;
  getColorDepth?: () => number;
}

/** Thrown when the reader of our output has gone away (`| head`): the command then stops quietly. */
export class OutputClosed extends Error {}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Standard output or error written with fs.writeSync. A one-shot answer then does not pay for creating
 * process.stdout (about 6 ms, a fifth of our start-up budget), and a slow reader simply makes us wait, which is
 * the back-pressure a batch needs.
 */
export function syncOutput(fd: number): Output {
  return {
    write(text: string): boolean {
      let bytes = Buffer.from(text, 'utf8');
      while (bytes.length > 0) {
        try {
          bytes = bytes.subarray(writeSync(fd, bytes));
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EPIPE') throw new OutputClosed();
          if (code !== 'EAGAIN') throw error;
          Atomics.wait(pause, 0, 0, 1); // a non-blocking pipe is full: wait for the reader
        }
      }
      return true;
    },
  };
}
