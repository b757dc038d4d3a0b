import { fstatSync } from 'node:fs';
import { EXIT } from '../errors';
import { COMMANDS, type CommandName } from './commands';
import type { Io } from './context';
import { forgiving, syncOutput } from './output';
import { pagedOutput, type PagedOutput } from './pager';
import { runProgram } from './program';

/** Whether a file descriptor is a terminal. node:tty costs about 7 ms to load: pipes and files never need it. */
function isTerminal(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice() && (require('node:tty') as typeof import('node:tty')).isatty(fd);
  } catch {
    return false;
  }
}

/** Entry point of the bins: runs a command on the real process and sets its exit code. */
export function main(name: CommandName): void {
  // On a terminal, process.stdout knows the width and colours; elsewhere plain synchronous writes start faster
  // (see output.ts). A terminal that goes away mid-answer ends the command quietly.
  let stdout: Io['stdout'];
  let paged: PagedOutput | undefined;
  if (isTerminal(1)) {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? EXIT.ok : EXIT.output));
    stdout = paged = pagedOutput(process.stdout, process.env);
  } else {
    stdout = syncOutput(1);
  }
  const io: Io = {
    argv: process.argv.slice(2),
    env: process.env,
    // process.stdin is created on first access, which costs 12 ms: only batch mode needs it.
    get stdin() {
      return process.stdin;
    },
    stdinIsDirectory: () => {
      try {
        return fstatSync(0).isDirectory();
      } catch {
        return false;
      }
    },
    stdout,
    // Standard error failing must not stop the answers on standard output.
    stderr: forgiving(syncOutput(2)),
    streamOutput: () => paged?.stream(),
    finishOutput: (page) => paged?.finish(page) ?? Promise.resolve(),
  };
  void runProgram(COMMANDS[name], io).then((code) => {
    process.exitCode = code;
  });
}
