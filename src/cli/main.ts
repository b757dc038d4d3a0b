import { EXIT } from '../errors';
import type { Io } from './common';
import { httpdiff } from './httpdiff';
import { httpexplain } from './httpexplain';

const COMMANDS = { httpexplain, httpdiff };

/** Entry point of the bins: runs a command on the real process and sets its exit code. */
export function main(name: keyof typeof COMMANDS): void {
  // Output piped into `head` and closed early: stop quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  });
  const io: Io = { argv: process.argv.slice(2), env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  COMMANDS[name](io).then((code) => {
    process.exitCode = code;
  });
}
