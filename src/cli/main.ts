import { fstatSync, statSync } from 'node:fs';
import { EXIT } from '../errors';
import type { Io } from './common';
import { httpdiff } from './httpdiff';
import { httpexplain } from './httpexplain';
import { OutputClosed, syncOutput } from './output';

const COMMANDS = { httpexplain, httpdiff };

/**
 * Whether a file descriptor is (probably) a terminal: a character device other than /dev/null. node:tty's
 * isatty would answer exactly, but loading that module costs about 7 ms, a third of our start-up budget.
 */
function isTerminal(fd: number): boolean {
  const stats = fstatSync(fd);
  if (!stats.isCharacterDevice()) return false;
  try {
    return stats.rdev !== statSync('/dev/null').rdev;
  } catch {
    return true;
  }
}

/** Entry point of the bins: runs a command on the real process and sets its exit code. */
export function main(name: keyof typeof COMMANDS): void {
  // On a terminal, process.stdout knows the width and colours; on pipes and files plain synchronous writes start
  // faster (see output.ts).
  const stdout = isTerminal(1) ? process.stdout : syncOutput(1);
  const io: Io = {
    argv: process.argv.slice(2),
    env: process.env,
    // process.stdin is created on first access, which costs 12 ms: only batch mode needs it.
    get stdin() {
      return process.stdin;
    },
    stdout,
    stderr: syncOutput(2),
  };
  COMMANDS[name](io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // Output piped into `head` and closed early: stop quietly, as Unix tools do.
      if (!(error instanceof OutputClosed)) throw error;
      process.exitCode = EXIT.ok;
    },
  );
}
