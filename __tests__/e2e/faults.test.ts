import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { COMMANDS } from '../../src/cli/commands';
import type { Io } from '../../src/cli/context';
import { OutputClosed, OutputFailed } from '../../src/cli/output';
import { runProgram } from '../../src/cli/program';
import { run, STACK_TRACE, jsonLines } from './run';

const bin = (name: string) => join(__dirname, '../../bin', `${name}.js`);
// bash reads ~/.bashrc when its standard input is a socket, as Node's pipes are: an empty home keeps it out.
const home = mkdtempSync(join(tmpdir(), 'httpdiff-home-'));

/** Runs a shell command line with the bins on hand, as $EXPLAIN and $DIFF. */
function shell(script: string, input = '') {
  const result = spawnSync('bash', ['-c', script], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      PATH: process.env.PATH,
      HOME: home,
      EXPLAIN: `${process.execPath} ${bin('httpexplain')}`,
      DIFF: `${process.execPath} ${bin('httpdiff')}`,
    },
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}
const oneLine = (stderr: string) => expect(stderr.trim().split('\n')).toHaveLength(1);

describe('standard output that cannot be written (a full disk): exit 74, one line, no stack trace', () => {
  test.each([
    ['$EXPLAIN 404', 'text answer'],
    ['$EXPLAIN 404 --json', 'JSON answer'],
    ['$EXPLAIN bogus --json', 'JSON error'],
    ['$DIFF 303 303 --json', 'JSON usage error'],
    ['$EXPLAIN --bogus-option --json', "commander's error as JSON"],
    ['$EXPLAIN --list', 'a list'],
    ['printf "404\\n500\\n" | $EXPLAIN --json', 'a batch'],
  ])('%s (%s)', (command) => {
    const { stderr, status } = shell(`${command} > /dev/full`);
    expect(status).toBe(74);
    expect(stderr).toMatch(/: the output could not be written \(ENOSPC\)\n/);
    expect(stderr).not.toMatch(STACK_TRACE);
  });

  test('a read-only descriptor as standard output', () => {
    const { stderr, status } = shell('$EXPLAIN 404 1</dev/null');
    expect(status).toBe(74);
    oneLine(stderr);
  });
});

describe('standard error that cannot be written never costs standard output its answers', () => {
  test('the JSON error still reaches standard output, with its exit code', () => {
    const { stdout, status } = shell('$EXPLAIN bogus --json 2>/dev/full');
    expect(status).toBe(1);
    expect(JSON.parse(stdout).error.code).toBe('notFound');
  });
  test('a batch whose standard error is full answers every good line, and still exits 1 for the bad ones', () => {
    const input = Array.from({ length: 2000 }, (_, i) => (i % 2 ? '404' : `bogus${i}`)).join('\n') + '\n';
    const { stdout, status } = shell('$EXPLAIN --json 2>/dev/full', input);
    expect(status).toBe(1);
    expect(
      stdout
        .trim()
        .split('\n')
        .filter((line) => JSON.parse(line).code === 404),
    ).toHaveLength(1000);
  });
  test('a batch whose standard error reader goes away mid-run answers every good line', () => {
    const input = Array.from({ length: 2000 }, (_, i) => (i % 2 ? '404' : `bogus${i}`)).join('\n') + '\n';
    const { stdout, status } = shell('$EXPLAIN --json 2> >(head -c 100 > /dev/null) | grep -c "\\"code\\":404"', input);
    expect(status).toBe(0);
    expect(stdout.trim()).toBe('1000');
  });
});

describe('a reader that goes away ends the command quietly', () => {
  test.each([
    ['$EXPLAIN --list | head -1', ''],
    ['$DIFF 301 302 303 307 308 | head -1', ''],
    ['$EXPLAIN --json | head -1', '404\n'.repeat(100_000)],
  ])('%s', (command, input) => {
    const { stdout, stderr } = shell(`${command}; echo "exit \${PIPESTATUS[0]}"`, input);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/\nexit 0\n$/);
  });
});

describe('in process: each stream failing at each point of a run', () => {
  /** An output that fails on its `failAt`-th write, as a full disk (OutputFailed) or a reader gone (OutputClosed). */
  function failingOutput(failAt: number, failure: () => Error) {
    let writes = 0;
    const written: string[] = [];
    return {
      output: {
        write(data: string | Uint8Array) {
          if (++writes >= failAt) throw failure();
          written.push(typeof data === 'string' ? data : Buffer.from(data).toString());
          return true;
        },
      },
      text: () => written.join(''),
    };
  }
  const io = (argv: string[], stdout: Io['stdout'], stderr: Io['stderr'], input = ''): Io => ({
    argv,
    env: {},
    stdin: Object.assign(Readable.from([input]), { isTTY: false }),
    stdout,
    stderr,
  });
  const cases: [string, string[], string][] = [
    ['one answer', ['404'], ''],
    ['one error, JSON', ['bogus', '--json'], ''],
    ['several queries', ['404', 'bogus', '500', '--json'], ''],
    ['a batch', ['-', '--json'], '404\nbogus\n500\n'],
  ];
  test.each(cases)(
    '%s: standard output failing at any write gives 74, gone gives the exit code of what was said',
    async (_what, argv, input) => {
      for (let failAt = 1; failAt <= 3; failAt++) {
        const full = await runProgram(
          COMMANDS.httpexplain,
          io(argv, failingOutput(failAt, () => new OutputFailed('ENOSPC')).output, new PassThrough(), input),
        );
        expect([0, 1, 74]).toContain(full);
        const gone = await runProgram(
          COMMANDS.httpexplain,
          io(argv, failingOutput(failAt, () => new OutputClosed()).output, new PassThrough(), input),
        );
        expect([0, 1]).toContain(gone);
      }
    },
  );
  test.each(cases)('%s: standard error failing changes nothing on standard output', async (_what, argv, input) => {
    const reference = failingOutput(Infinity, () => new Error());
    const expected = await runProgram(COMMANDS.httpexplain, io(argv, reference.output, new PassThrough(), input));
    // stderr as main.ts makes it: its failures are swallowed.
    const { forgiving } = await import('../../src/cli/output');
    const stdout = failingOutput(Infinity, () => new Error());
    const status = await runProgram(
      COMMANDS.httpexplain,
      io(argv, stdout.output, forgiving(failingOutput(1, () => new OutputFailed('ENOSPC')).output), input),
    );
    expect(status).toBe(expected);
    expect(stdout.text()).toBe(reference.text());
  });
});

describe('every Unicode format character, control and separator typed by the user is shown escaped', () => {
  const unsafe = Array.from({ length: 0x110000 }, (_, code) => code)
    .filter((code) => code < 0xd800 || code > 0xdfff)
    .map((code) => String.fromCodePoint(code))
    .filter((char) => /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(char) && char !== '\n' && char !== '\r');
  test(`all ${unsafe.length} of them, in arguments and in batch lines, on both streams`, async () => {
    const collect = () => {
      const chunks: string[] = [];
      return {
        output: {
          write: (data: string | Uint8Array) => (chunks.push(typeof data === 'string' ? data : Buffer.from(data).toString()), true),
        },
        text: () => chunks.join(''),
      };
    };
    const raw = /(?![\n\t])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
    const stdout = collect();
    const stderr = collect();
    const queries = unsafe.map((char) => `bo${char}gus`);
    await runProgram(COMMANDS.httpexplain, {
      argv: [...queries.slice(0, 200), '--json'],
      env: {},
      stdin: Readable.from(['']),
      stdout: stdout.output,
      stderr: stderr.output,
    });
    await runProgram(COMMANDS.httpexplain, {
      argv: ['-', '--json'],
      env: {},
      stdin: Object.assign(Readable.from([queries.join('\n')]), { isTTY: false }),
      stdout: stdout.output,
      stderr: stderr.output,
    });
    await runProgram(COMMANDS.httpdiff, {
      argv: [queries[0], '404'],
      env: {},
      stdin: Readable.from(['']),
      stdout: stdout.output,
      stderr: stderr.output,
    });
    expect(stdout.text()).not.toMatch(raw);
    expect(stderr.text()).not.toMatch(raw);
    expect(stderr.text()).toContain('bo\\u061cgus');
  });
  test('a zero-width character pasted into a code does not stop it matching', () => {
    expect(JSON.parse(run('httpexplain', ['\u200b303\ufeff', '--json']).stdout).code).toBe(303);
  });
});

describe('odd input', () => {
  test('a directory on standard input says so', () => {
    const { stderr, status } = shell('$EXPLAIN < /');
    expect(status).toBe(2);
    expect(stderr).toBe('httpexplain: standard input is a directory, not a list of queries: give a code, or pipe one query per line\n');
  });
  test('lines separated by a lone CR, or CRLF, are lines', () => {
    const { stdout } = shell('printf "404\\r500\\r\\n201" | $EXPLAIN --json');
    expect(jsonLines(stdout).map((answer) => answer.code)).toEqual([404, 500, 201]);
  });
  test('a line of megabytes with no newline is refused early, at a bounded cost', () => {
    const { stdout, status } = shell('head -c 3000000 /dev/zero | tr "\\0" x | $EXPLAIN --json; printf "404\\n" | $EXPLAIN --json');
    expect(status).toBe(0);
    const [refusal, answer] = jsonLines(stdout);
    expect(refusal.error).toMatchObject({ code: 'line', line: 1 });
    expect(answer.code).toBe(404);
  });
});
