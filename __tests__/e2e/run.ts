import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface Result {
  stdout: string;
  stderr: string;
  status: number | null;
}

const binDir = join(__dirname, '../../bin');
/**
 * A neutral environment: English under a UTF-8 locale (C.UTF-8 names no language), no colour forced either way, no
 * width, as on a fresh machine's pipe.
 */
const baseEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(LANG|LANGUAGE|LC_.*|NO_COLOR|FORCE_COLOR|COLUMNS)$/.test(key)),
);

/** Runs a real bin as a process, with `nodeFlags` given to node itself. */
export function run(
  bin: 'httpexplain' | 'httpdiff',
  args: string[],
  options: { input?: string | Buffer; env?: Record<string, string>; nodeFlags?: string[] } = {},
): Result {
  const result = spawnSync(process.execPath, [...(options.nodeFlags ?? []), join(binDir, `${bin}.js`), ...args], {
    input: options.input ?? '',
    env: { ...baseEnv, LANG: 'C.UTF-8', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

export const ESCAPE = /\u001b/;
export const STACK_TRACE = /\n\s+at .+\(.+:\d+:\d+\)/;

/** An expected error: the documented exit code, one line on stderr, no stack trace, nothing on stdout. */
export function expectOneLineError({ stdout, stderr, status }: Result, exitCode: number, message: RegExp): void {
  expect(status).toBe(exitCode);
  expect(stderr).toMatch(message);
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(STACK_TRACE);
  expect(stdout).toBe('');
}

/** The objects of a JSON-lines output (a batch with --json), one a line. */
export function jsonLines(stdout: string): Record<string, any>[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, any>);
}
