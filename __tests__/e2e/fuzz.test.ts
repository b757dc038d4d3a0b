import fc from 'fast-check';
import { PassThrough, Readable } from 'node:stream';
import { COMMANDS } from '../../src/cli/commands';
import type { Io } from '../../src/cli/context';
import { runProgram } from '../../src/cli/program';
import { run, STACK_TRACE, jsonLines } from './run';

const DOCUMENTED_EXIT_CODES = [0, 1, 2];
/** Raw controls and format characters that must never reach the terminal from what the user typed (newline and tab are layout). */
const RAW_CONTROL = /(?![\n\t])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** Runs a command in this process, through the same entry the bins use, with in-memory streams. */
async function runInProcess(command: keyof typeof COMMANDS, argv: string[], input: string) {
  const collect = () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
  };
  const stdout = collect();
  const stderr = collect();
  const stdin = Object.assign(Readable.from([input]), { isTTY: false });
  const io: Io = { argv, env: {}, stdin, stdout: stdout.stream, stderr: stderr.stream };
  const status = await runProgram(COMMANDS[command], io);
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

const codeLike = fc.oneof(
  fc.integer({ min: -1000, max: 1200 }).map(String),
  fc.constantFrom(
    '404',
    '４０４',
    ' 404 ',
    '404.0',
    '1e3',
    '0x1F4',
    '4xx',
    '9xx',
    'HTTP/1.1 404 Not Found',
    'HTTP/2 200',
    '__proto__',
    'constructor',
    'toString',
    'see other',
    'teapot',
    '-',
    '--',
    '--json',
    '--lang',
    '-l',
    'fr',
    '--brief',
    '--list',
    '--no-color',
    'completion',
    'bash',
  ),
);
const anyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const argument = fc.oneof(
  { weight: 3, arbitrary: codeLike },
  { weight: 2, arbitrary: anyText },
  { weight: 1, arbitrary: fc.constantFrom('\u001b[31m', '\u0007', '\u009b2J', '\u202e', '\u0000') },
);

function checkOutcome(argv: string[], { status, stdout, stderr }: { status: number | null; stdout: string; stderr: string }) {
  expect(DOCUMENTED_EXIT_CODES).toContain(status);
  expect(stderr).not.toMatch(STACK_TRACE);
  expect(stderr).not.toMatch(RAW_CONTROL);
  // One line per error: a single one for arguments, one per failing line when standard input is read.
  for (const line of stderr.trim().split('\n').filter(Boolean)) expect(line).toMatch(/^(httpexplain|httpdiff): /);
  // --help and --version print text even with --json, also inside a cluster of short options ("-V ", "-lVh").
  // After "--" every argument is a query, not an option.
  const options = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  const isHelp = options.some((arg) => /^(--help|--version)$|^-[^-]*[hV]/.test(arg));
  if (options.includes('--json') && !isHelp && !options.includes('completion') && stdout !== '') {
    for (const line of stdout.includes('\n{') ? stdout.trim().split('\n') : [stdout]) expect(() => JSON.parse(line)).not.toThrow();
  }
  if (!argv.includes('completion')) expect(stdout).not.toMatch(RAW_CONTROL);
}

describe('random arguments and standard input never crash a command', () => {
  test.each(['httpexplain', 'httpdiff'] as const)('%s, thousands of runs in process', async (command) => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(argument, { maxLength: 5 }),
        fc.array(anyText, { maxLength: 5 }),
        fc.boolean(),
        async (args, lines, json) => {
          const argv = json ? [...args, '--json'] : args;
          checkOutcome(argv, await runInProcess(command, argv, lines.join('\n')));
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('a sample through the real bins', () => {
    fc.assert(
      // The system cannot pass a NUL byte in an argument, so those stay in the in-process runs.
      fc.property(
        fc.constantFrom('httpexplain' as const, 'httpdiff' as const),
        fc.array(
          argument.filter((arg) => !arg.includes('\u0000')),
          { minLength: 1, maxLength: 3 },
        ),
        fc.boolean(),
        (bin, args, json) => {
          const argv = json ? [...args, '--json'] : args;
          checkOutcome(argv, run(bin, argv, { input: '404\nnot a code\n' }));
        },
      ),
      { numRuns: 15 },
    );
  });

  test('a 100,000-character argument and invalid UTF-8 are handled', () => {
    checkOutcome(['x'], run('httpexplain', ['x'.repeat(100_000)]));
    const invalid = run('httpexplain', ['-', '--json'], {
      input: Buffer.from([0xff, 0xfe, 0x34, 0x30, 0x34, 0x0a, 0x34, 0x30, 0x34, 0x0a]),
    });
    expect(invalid.status).toBe(1);
    expect(jsonLines(invalid.stdout)[1].code).toBe(404);
  });
});
