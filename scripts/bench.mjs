#!/usr/bin/env node
// Benchmarks the bins as a user runs them: each command is spawned as a whole new process (startup included),
// timed from the outside, and compared with `node -e 0` measured in the same run. Prints a table with the
// targets of the "Speed" issue and writes every figure to bench/results.json.
//
//   node scripts/bench.mjs [--runs N] [--warmup N] [--quick] [--batch-runs N] [--mem time|hook]
//
// How the figures are taken (the same way for the baseline, the cases, the batch and its I/O floor):
// - Wall time: process.hrtime.bigint() just before and just after a child_process.spawnSync, so it covers
//   process creation, Node startup, the work and exit. stdout goes to a pipe that is read and thrown away
//   (a file descriptor on /dev/null for the batch, whose output is large), stdin is /dev/null (the batch
//   file for the batch).
// - Peak memory: the child's own maximum resident set size (getrusage ru_maxrss, what `time` calls max RSS).
//   spawnSync does not return a child's rusage and the parent's process.resourceUsage() only covers the
//   parent, so there are two ways to get it:
//     * `time`: when /usr/bin/time exists, the command runs under `/usr/bin/time -f %M -o FILE`; GNU time
//       reads the rusage the kernel returns from wait4() for its child (the node process) and writes it in KB.
//     * `hook`: otherwise, node runs with `--require HOOK`, a three-line preload that, on the process's
//       'exit' event, writes process.resourceUsage().maxRSS (the same ru_maxrss, in KB, read by the process
//       itself at its very end) to a file. Every command measured here is a node process, so this applies to all.
//   Either wrapper adds a small constant cost (exec of `time`, or loading the preload) to every command,
//   the baseline included, so the ratios stay fair (on the reference machine both were within run-to-run noise,
//   and both read the same figure: 39.3 MB for `node -e 0`).
// - Rounds alternate (baseline, case A, case B, ..., baseline, case A, ...) after warm-up rounds, so slow drift
//   of a noisy machine (CPU frequency, other load) hits the baseline and the cases alike. Reported values are
//   medians; a ratio is median(case) / median(baseline).
//
// Exit code: 0 even when a target is missed (this is a report), 1 when a measured command itself fails.

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildLargePackage } from './bench-large-kb.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- options

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string' },
    warmup: { type: 'string' },
    'batch-runs': { type: 'string' },
    quick: { type: 'boolean', default: false },
    mem: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  console.log(`Usage: node scripts/bench.mjs [options]
  --runs N        measured runs per command (default 30, 5 with --quick)
  --warmup N      warm-up rounds, not measured (default 3, 1 with --quick)
  --batch-runs N  measured runs of each batch command (default 5, 2 with --quick)
  --quick         fast smoke run: 5 runs, batch of 20,000 / 2,000 lines instead of 200,000 / 20,000
  --mem time|hook how to read peak memory (default: time if /usr/bin/time exists, else hook)`);
  process.exit(0);
}
const positiveInt = (name, value, fallback) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < (name === 'warmup' ? 0 : 1)) {
    console.error(`bench: --${name} expects a whole number${name === 'warmup' ? '' : ' of at least 1'}, got "${value}"`);
    process.exit(2);
  }
  return n;
};
const quick = opts.quick;
const RUNS = positiveInt('runs', opts.runs, quick ? 5 : 30);
const WARMUP = positiveInt('warmup', opts.warmup, quick ? 1 : 3);
const BATCH_RUNS = positiveInt('batch-runs', opts['batch-runs'], quick ? 2 : 5);
const BATCH_LINES = quick ? 20_000 : 200_000;
const SMALL_BATCH_LINES = BATCH_LINES / 10;

const TIME_BIN = '/usr/bin/time';
const memMethod = opts.mem ?? (existsSync(TIME_BIN) ? 'time' : 'hook');
if (memMethod !== 'time' && memMethod !== 'hook') {
  console.error(`bench: --mem expects "time" or "hook", got "${opts.mem}"`);
  process.exit(2);
}
if (memMethod === 'time' && !existsSync(TIME_BIN)) {
  console.error(`bench: --mem time needs ${TIME_BIN}, which does not exist`);
  process.exit(2);
}

// ---------------------------------------------------------------- measuring one process

const tmp = mkdtempSync(path.join(os.tmpdir(), 'httpdiff-bench-'));
const memFile = path.join(tmp, 'maxrss');
const hookFile = path.join(tmp, 'maxrss-hook.cjs');
writeFileSync(
  hookFile,
  `process.on('exit', () => {
  require('fs').writeFileSync(process.env.HTTPDIFF_BENCH_MAXRSS, String(process.resourceUsage().maxRSS));
});\n`,
);

// Environment shared by every command: no inherited colour settings, so only the cases that ask for
// FORCE_COLOR=1 get it.
const baseEnv = { ...process.env };
delete baseEnv.FORCE_COLOR;
delete baseEnv.NO_COLOR;
delete baseEnv.NODE_OPTIONS;

/**
 * Runs `node ...nodeArgs` once. stdin/stdout are 'ignore' / 'pipe' or file descriptors.
 * Returns { ms, rssKb, ok, detail }.
 */
function runOnce({ nodeArgs, env = {}, stdin = 'ignore', stdout = 'pipe', exitCodes = [0] }) {
  rmSync(memFile, { force: true });
  const childEnv = { ...baseEnv, ...env };
  let file;
  let args;
  if (memMethod === 'time') {
    file = TIME_BIN;
    args = ['-f', '%M', '-o', memFile, process.execPath, ...nodeArgs];
  } else {
    file = process.execPath;
    args = ['--require', hookFile, ...nodeArgs];
    childEnv.HTTPDIFF_BENCH_MAXRSS = memFile;
  }
  const start = process.hrtime.bigint();
  const result = spawnSync(file, args, {
    cwd: root,
    env: childEnv,
    stdio: [stdin, stdout, 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;

  let rssKb = null;
  try {
    // GNU time may write "Command exited with non-zero status N" before the figure: take the last number.
    const numbers = readFileSync(memFile, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^\d+$/.test(l));
    if (numbers.length) rssKb = Number(numbers[numbers.length - 1]);
  } catch {
    // no figure: reported as missing below
  }

  const stderr = result.stderr ? result.stderr.toString('utf8').trim() : '';
  if (result.error || !exitCodes.includes(result.status) || result.signal) {
    const why = result.error ? result.error.message : result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`;
    // A Node crash ends with its stack and version: show the error line (and where it was thrown) instead.
    const lines = stderr
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const errorAt = lines.findIndex((l) => /^([A-Z]\w*)?Error\b|^\w+Error:/.test(l));
    const shown =
      errorAt >= 0
        ? [
            lines[errorAt],
            ...lines
              .slice(errorAt + 1)
              .filter((l) => l.startsWith('at '))
              .slice(0, 1),
          ]
        : lines.slice(-3);
    return { ms, rssKb, ok: false, detail: `${why}${shown.length ? `: ${shown.join(' | ')}` : ''}`, stderr: stderr.slice(0, 4000) };
  }
  if (rssKb === null) return { ms, rssKb, ok: false, detail: `no peak-memory figure from the ${memMethod} method` };
  return { ms, rssKb, ok: true };
}

// ---------------------------------------------------------------- statistics

const quantile = (values, q) => {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return null;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
};
const median = (values) => quantile(values, 0.5);
const round = (x, digits = 2) => (x === null || x === undefined || Number.isNaN(x) ? null : Number(x.toFixed(digits)));
const mb = (kb) => (kb === null ? null : kb / 1024);

function summarize(samples) {
  const ms = samples.map((s) => s.ms);
  const rss = samples.map((s) => s.rssKb);
  return {
    medianMs: median(ms),
    minMs: ms.length ? Math.min(...ms) : null,
    p25Ms: quantile(ms, 0.25),
    p75Ms: quantile(ms, 0.75),
    peakRssKb: median(rss), // median over runs of each run's peak
    maxPeakRssKb: rss.length ? Math.max(...rss) : null,
  };
}

// Progress goes to stderr, redrawn in place on a terminal, only the phase lines otherwise.
const progress = (text) => {
  if (process.stderr.isTTY) process.stderr.write(text);
  else if (!text.startsWith('\r')) process.stderr.write(text.replace(/^\n/, ''));
};

// ---------------------------------------------------------------- lookups

const BASELINE = { id: 'baseline', command: 'node -e 0', nodeArgs: ['-e', '0'] };
const MEMORY_TARGET = 1.3;
const lookupCases = [
  {
    id: 'httpexplain-terminal',
    command: 'FORCE_COLOR=1 node bin/httpexplain.js 404',
    nodeArgs: ['bin/httpexplain.js', '404'],
    env: { FORCE_COLOR: '1' },
    target: 1.25,
  },
  {
    id: 'httpexplain-json',
    command: 'node bin/httpexplain.js 404 --json',
    nodeArgs: ['bin/httpexplain.js', '404', '--json'],
    target: 1.15,
  },
  {
    id: 'httpdiff-terminal',
    command: 'FORCE_COLOR=1 node bin/httpdiff.js 202 303',
    nodeArgs: ['bin/httpdiff.js', '202', '303'],
    env: { FORCE_COLOR: '1' },
    target: 1.3,
  },
  {
    id: 'httpdiff-json',
    command: 'node bin/httpdiff.js 202 303 --json',
    nodeArgs: ['bin/httpdiff.js', '202', '303', '--json'],
    target: 1.2,
  },
  {
    id: 'httpdiff-five-terminal',
    command: 'FORCE_COLOR=1 node bin/httpdiff.js 301 302 303 307 308',
    nodeArgs: ['bin/httpdiff.js', '301', '302', '303', '307', '308'],
    env: { FORCE_COLOR: '1' },
    target: null, // no time target in the issue; reported for information, memory target still applies
  },
];

const failures = []; // { id, command, detail }

// The same lookups against a knowledge base ten times larger (scripts/bench-large-kb.mjs): their ratios must stay
// within LARGE_KB_MARGIN of the normal build's.
const LARGE_KB_MARGIN = 0.02;
const largePackage = await buildLargePackage(root, path.join(tmp, 'large'));
const largeCases = lookupCases
  .filter((c) => c.target !== null)
  .map((c) => ({
    id: `${c.id}-large`,
    of: c.id,
    command: `${c.command} (knowledge base ×10: ${largePackage.comparisons} comparisons, ${largePackage.languages} languages)`,
    nodeArgs: [path.join(largePackage.bin, path.basename(c.nodeArgs[0])), ...c.nodeArgs.slice(1)],
    env: c.env,
  }));

/**
 * Alternating rounds over `commands` (the first one is the reference): warm-up rounds first, then measured ones.
 * A command that fails is recorded and dropped from the following rounds.
 */
function alternate(commands, warmup, runs, label) {
  const samples = new Map(commands.map((c) => [c.id, []]));
  const failed = new Set();
  for (let round = 0; round < warmup + runs; round++) {
    progress(`\r${label}: ${round < warmup ? `warm-up ${round + 1}/${warmup}` : `run ${round - warmup + 1}/${runs}`}   `);
    for (const c of commands) {
      if (failed.has(c.id)) continue;
      const r = runOnce(c.spawn ? c.spawn() : c);
      if (c.afterRun) c.afterRun();
      if (!r.ok) {
        failed.add(c.id);
        failures.push({ id: c.id, command: c.command, detail: r.detail, stderr: r.stderr });
        progress(`${process.stderr.isTTY ? '\n' : ''}  FAILED ${c.command}: ${r.detail}\n`);
        continue;
      }
      if (round >= warmup) samples.get(c.id).push(r);
    }
    if (failed.has(commands[0].id)) break; // nothing to compare with
  }
  if (process.stderr.isTTY) progress('\n');
  return { samples, failed };
}

const machine = {
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  cpuCount: os.cpus().length,
  totalMemoryMb: Math.round(os.totalmem() / 1024 / 1024),
  node: process.version,
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
};

progress(
  `httpdiff bench: ${RUNS} runs after ${WARMUP} warm-up round${WARMUP === 1 ? '' : 's'}, peak memory via ${memMethod === 'time' ? '/usr/bin/time -f %M' : 'preload hook'}\n`,
);
const lookup = alternate([BASELINE, ...lookupCases, ...largeCases], WARMUP, RUNS, 'lookups');

const base = summarize(lookup.samples.get(BASELINE.id));
const baselineOk = !lookup.failed.has(BASELINE.id);
const caseResults = lookupCases.map((c) => {
  const failure = failures.find((f) => f.id === c.id);
  const s = summarize(lookup.samples.get(c.id));
  const ok = !failure && baselineOk && s.medianMs !== null;
  const ratio = ok ? s.medianMs / base.medianMs : null;
  const memoryRatio = ok ? s.peakRssKb / base.peakRssKb : null;
  const timePass = c.target === null ? null : ok ? ratio <= c.target : false;
  const memoryPass = ok ? memoryRatio <= MEMORY_TARGET : false;
  return {
    id: c.id,
    command: c.command,
    runs: lookup.samples.get(c.id).length,
    medianMs: round(s.medianMs),
    minMs: round(s.minMs),
    p25Ms: round(s.p25Ms),
    p75Ms: round(s.p75Ms),
    ratio: round(ratio, 3),
    peakRssMb: round(mb(s.peakRssKb)),
    maxPeakRssMb: round(mb(s.maxPeakRssKb)),
    memoryRatio: round(memoryRatio, 3),
    target: c.target,
    pass: timePass,
    memoryTarget: MEMORY_TARGET,
    memoryPass,
    ...(failure ? { error: failure.detail } : {}),
  };
});

const largeResults = largeCases.map((c) => {
  const normal = caseResults.find((result) => result.id === c.of);
  const s = summarize(lookup.samples.get(c.id));
  const ratio = baselineOk && s.medianMs !== null && !failures.some((f) => f.id === c.id) ? s.medianMs / base.medianMs : null;
  const difference = ratio === null || normal.ratio === null ? null : ratio - normal.ratio;
  return {
    id: c.id,
    command: c.command,
    medianMs: round(s.medianMs),
    ratio: round(ratio, 3),
    normalRatio: normal.ratio,
    difference: round(difference, 3),
    margin: LARGE_KB_MARGIN,
    pass: difference !== null && difference <= LARGE_KB_MARGIN,
  };
});

// ---------------------------------------------------------------- batch

// Deterministic mix of queries: bare codes, status lines (HTTP/1.0, 1.1 and 2) and a few names.
const REASONS = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};
const CODES = Object.keys(REASONS);
const NAMES = ['not found', 'bad gateway', 'too many requests', 'service unavailable', 'moved permanently'];

function generateLines(count) {
  let seed = 0x5eed1234;
  const random = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const lines = new Array(count);
  for (let i = 0; i < count; i++) {
    const r = random();
    const code = pick(CODES);
    if (r < 0.5) lines[i] = code;
    else if (r < 0.7) lines[i] = `HTTP/1.1 ${code} ${REASONS[code]}`;
    else if (r < 0.82) lines[i] = `HTTP/2 ${code}`;
    else if (r < 0.9) lines[i] = `HTTP/1.0 ${code} ${REASONS[code]}`;
    else lines[i] = pick(NAMES);
  }
  return lines.join('\n') + '\n';
}

/**
 * Lines as a log holds them, 90 % of which name no code: words, sentences, log lines, each different, so that no
 * answer comes from the cache; the other 10 % are codes.
 */
function generateUnknownLines(count) {
  const words = ['bogus', 'lorem', 'ipsum', 'kitten', 'quantum', 'sandwich', 'nebula', 'harbor'];
  const lines = new Array(count);
  for (let i = 0; i < count; i++) {
    const kind = i % 10;
    if (kind === 0) lines[i] = CODES[i % CODES.length];
    else if (kind < 4) lines[i] = `${words[i % words.length]}${i}`;
    else if (kind < 7) lines[i] = `this is not a code at all, line ${i}`;
    else
      lines[i] =
        `10.0.${i % 256}.${i % 200} - - [30/Nov/2026:04:10:${String(i % 60).padStart(2, '0')} +0000] "GET /item/${i} HTTP/1.1" 200 ${i % 9000}`;
  }
  return lines.join('\n') + '\n';
}

const bigFile = path.join(tmp, `queries-${BATCH_LINES}.txt`);
const unknownFile = path.join(tmp, `unknown-${BATCH_LINES}.txt`);
const smallUnknownFile = path.join(tmp, `unknown-${SMALL_BATCH_LINES}.txt`);
writeFileSync(unknownFile, generateUnknownLines(BATCH_LINES));
writeFileSync(smallUnknownFile, generateUnknownLines(SMALL_BATCH_LINES));
const smallFile = path.join(tmp, `queries-${SMALL_BATCH_LINES}.txt`);
writeFileSync(bigFile, generateLines(BATCH_LINES));
writeFileSync(smallFile, generateLines(SMALL_BATCH_LINES)); // same mix, first tenth of the same sequence

// The I/O floor: what any Node program pays to read those lines with readline and write them back.
const FLOOR_SCRIPT =
  "const rl=require('readline').createInterface({input:process.stdin,crlfDelay:Infinity});" +
  "rl.on('line',(l)=>{process.stdout.write(l+'\\n');});";

const devNull = openSync('/dev/null', 'w');
// Each run needs its own descriptor on the input file (a shared one would already be at end of file).
const withInput = (file, nodeArgs, exitCodes = [0]) => {
  let fd = null;
  return {
    spawn: () => {
      fd = openSync(file, 'r');
      return { nodeArgs, stdin: fd, stdout: devNull, exitCodes };
    },
    afterRun: () => {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
};
const batchCommands = [
  {
    id: 'floor',
    command: `node -e '<readline echo>' < ${BATCH_LINES} lines > /dev/null`,
    ...withInput(bigFile, ['-e', FLOOR_SCRIPT]),
  },
  {
    id: 'batch',
    command: `node bin/httpexplain.js - --json < ${BATCH_LINES} lines > /dev/null`,
    ...withInput(bigFile, ['bin/httpexplain.js', '-', '--json']),
  },
  {
    id: 'batch-small',
    command: `node bin/httpexplain.js - --json < ${SMALL_BATCH_LINES} lines > /dev/null`,
    ...withInput(smallFile, ['bin/httpexplain.js', '-', '--json']),
  },
  {
    id: 'floor-unknown',
    command: `node -e '<readline echo>' < ${BATCH_LINES} log-like lines > /dev/null`,
    ...withInput(unknownFile, ['-e', FLOOR_SCRIPT]),
  },
  {
    id: 'batch-unknown',
    command: `node bin/httpexplain.js - --json < ${BATCH_LINES} lines, 90 % no code, 2> /dev/null > /dev/null`,
    ...withInput(unknownFile, ['bin/httpexplain.js', '-', '--json'], [1]),
  },
  {
    id: 'batch-unknown-small',
    command: `node bin/httpexplain.js - --json < ${SMALL_BATCH_LINES} lines, 90 % no code`,
    ...withInput(smallUnknownFile, ['bin/httpexplain.js', '-', '--json'], [1]),
  },
];
progress(
  `batch: ${BATCH_LINES.toLocaleString('en-US')} and ${SMALL_BATCH_LINES.toLocaleString('en-US')} lines, ${BATCH_RUNS} runs after 1 warm-up round\n`,
);
const batchRun = alternate(batchCommands, 1, BATCH_RUNS, 'batch');
closeSync(devNull);

const bs = Object.fromEntries(batchCommands.map((c) => [c.id, summarize(batchRun.samples.get(c.id))]));
const has = (id) => !batchRun.failed.has(id) && bs[id].medianMs !== null;
const BATCH_TARGET = 3;
const FLAT_TARGET = 1.2;
const batchRatio = has('batch') && has('floor') ? bs.batch.medianMs / bs.floor.medianMs : null;
const flatRatio = has('batch') && has('batch-small') ? bs.batch.peakRssKb / bs['batch-small'].peakRssKb : null;
const perSecond = (id, lines) => (has(id) ? lines / (bs[id].medianMs / 1000) : null);
// Lines that name no code exit 1 (some lines failed): a figure, not a failure of the bench.
const unknownRatio = has('batch-unknown') && has('floor-unknown') ? bs['batch-unknown'].medianMs / bs['floor-unknown'].medianMs : null;
const unknownFlat =
  has('batch-unknown') && has('batch-unknown-small') ? bs['batch-unknown'].peakRssKb / bs['batch-unknown-small'].peakRssKb : null;
const unknownBatch = {
  command: batchCommands.find((c) => c.id === 'batch-unknown').command,
  medianMs: round(bs['batch-unknown'].medianMs),
  linesPerSecond: round(perSecond('batch-unknown', BATCH_LINES), 0),
  floorMs: round(bs['floor-unknown'].medianMs),
  ratio: round(unknownRatio, 3),
  target: BATCH_TARGET,
  pass: unknownRatio !== null && unknownRatio <= BATCH_TARGET,
  memoryFlatRatio: round(unknownFlat, 3),
  memoryFlatTarget: FLAT_TARGET,
  memoryFlatPass: unknownFlat !== null && unknownFlat <= FLAT_TARGET,
};
const batch = {
  lines: BATCH_LINES,
  smallLines: SMALL_BATCH_LINES,
  runs: BATCH_RUNS,
  command: batchCommands[1].command,
  medianMs: round(bs.batch.medianMs),
  linesPerSecond: round(perSecond('batch', BATCH_LINES), 0),
  peakRssMb: round(mb(bs.batch.peakRssKb)),
  floor: {
    command: batchCommands[0].command,
    script: FLOOR_SCRIPT,
    medianMs: round(bs.floor.medianMs),
    linesPerSecond: round(perSecond('floor', BATCH_LINES), 0),
    peakRssMb: round(mb(bs.floor.peakRssKb)),
  },
  ratio: round(batchRatio, 3),
  target: BATCH_TARGET,
  pass: batchRatio === null ? false : batchRatio <= BATCH_TARGET,
  small: {
    command: batchCommands[2].command,
    medianMs: round(bs['batch-small'].medianMs),
    linesPerSecond: round(perSecond('batch-small', SMALL_BATCH_LINES), 0),
    peakRssMb: round(mb(bs['batch-small'].peakRssKb)),
  },
  memoryFlatRatio: round(flatRatio, 3),
  memoryFlatTarget: FLAT_TARGET,
  memoryFlatPass: flatRatio === null ? false : flatRatio <= FLAT_TARGET,
  ...(failures.some((f) => f.id.startsWith('batch') || f.id === 'floor')
    ? { errors: failures.filter((f) => f.id.startsWith('batch') || f.id === 'floor') }
    : {}),
};

// ---------------------------------------------------------------- trace of a URL

/**
 * `httpexplain URL` on a five-hop chain (four redirects, then 200) served on 127.0.0.1 by a child process (the bench
 * itself blocks in spawnSync while it measures), against `node -e 0` and `curl -sIL` on the same chain, alternating
 * rounds as above. Returns the figures; the server is stopped whatever happens.
 */
async function benchTrace() {
  const { spawn } = await import('node:child_process');
  const serverScript =
    "const s = require('http').createServer((req, res) => { const i = Number(req.url.slice(1)) || 0;" +
    " if (i < 4) res.writeHead(307, { Location: '/' + (i + 1) }); else res.writeHead(200, { 'Content-Type': 'text/plain' });" +
    " res.end('ok'); }).listen(0, '127.0.0.1', () => process.stdout.write(String(s.address().port) + '\\n'));" +
    " process.stdin.on('end', () => process.exit(0)); process.stdin.resume();";
  const server = spawn(process.execPath, ['-e', serverScript], { stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    const port = await new Promise((resolve, reject) => {
      server.stdout.once('data', (data) => resolve(Number(String(data).trim())));
      server.once('error', reject);
      server.once('exit', (code) => reject(new Error(`the chain's server exited (${code})`)));
    });
    const url = `http://127.0.0.1:${port}/0`;
    const curl = spawnSync('curl', ['--version'], { stdio: 'ignore' }).status === 0;
    const commands = [
      { id: 'baseline', command: 'node -e 0', file: process.execPath, args: ['-e', '0'] },
      {
        id: 'httpexplain',
        command: `node bin/httpexplain.js ${url} --json`,
        file: process.execPath,
        args: ['bin/httpexplain.js', url, '--json'],
      },
      ...(curl ? [{ id: 'curl', command: `curl -sIL ${url}`, file: 'curl', args: ['-sIL', url] }] : []),
    ];
    const times = new Map(commands.map((c) => [c.id, []]));
    for (let r = 0; r < WARMUP + RUNS; r++) {
      progress(`\rtrace: ${r < WARMUP ? `warm-up ${r + 1}/${WARMUP}` : `run ${r - WARMUP + 1}/${RUNS}`}   `);
      for (const c of commands) {
        const start = process.hrtime.bigint();
        const result = spawnSync(c.file, c.args, { cwd: root, env: baseEnv, stdio: ['ignore', 'pipe', 'pipe'] });
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        // httpexplain's JSON must show the whole chain: five hops, a final 200, no error.
        const answer = c.id === 'httpexplain' && result.status === 0 ? JSON.parse(result.stdout.toString('utf8')) : null;
        const ok =
          result.status === 0 &&
          (c.id !== 'httpexplain' || (answer.hops.length === 5 && answer.final?.code === 200 && answer.error === null));
        if (!ok) {
          failures.push({
            id: `trace-${c.id}`,
            command: c.command,
            detail: `exit code ${result.status}: ${String(result.stderr).trim().slice(0, 300)}`,
          });
          return { url, error: `${c.command} failed` };
        }
        if (r >= WARMUP) times.get(c.id).push(ms);
      }
    }
    if (process.stderr.isTTY) progress('\n');
    const medianOf = (id) => (times.has(id) ? median(times.get(id)) : null);
    const traceMs = medianOf('httpexplain');
    return {
      chain: '4 redirects (307), then 200: five hops on 127.0.0.1',
      runs: RUNS,
      command: commands[1].command.replace(url, 'URL'),
      medianMs: round(traceMs),
      baselineMs: round(medianOf('baseline')),
      curlMs: round(medianOf('curl')),
      ratioToNode: round(traceMs / medianOf('baseline'), 3),
      ratioToCurl: curl ? round(traceMs / medianOf('curl'), 3) : null,
    };
  } finally {
    server.stdin.end();
    server.kill();
  }
}

const trace = await benchTrace();

rmSync(tmp, { recursive: true, force: true });

// ---------------------------------------------------------------- report

const fmt = (x, digits = 1) => (x === null || x === undefined ? '—' : x.toFixed(digits));
const verdict = (pass) => (pass === null ? '' : pass ? 'PASS' : 'FAIL');

function table(headers, rows, rightAligned) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells
      .map((c, i) => (rightAligned[i] ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const out = [];
out.push(`httpdiff bench — ${new Date().toISOString()}`);
out.push(`${machine.cpuModel} × ${machine.cpuCount}, ${machine.totalMemoryMb} MB, Node ${machine.node}, ${machine.platform}`);
out.push(
  `${RUNS} alternating runs per command after ${WARMUP} warm-up round${WARMUP === 1 ? '' : 's'}; wall time = median, peak memory = median max RSS (${memMethod === 'time' ? '/usr/bin/time -f %M' : 'preload hook, process.resourceUsage().maxRSS'})`,
);
out.push('');
out.push(
  table(
    ['command', 'median ms', 'p25–p75 ms', '× node', 'target', '', 'peak MB', '× node', 'target', ''],
    [
      [
        BASELINE.command,
        fmt(base.medianMs),
        `${fmt(base.p25Ms)}–${fmt(base.p75Ms)}`,
        '1.00',
        '',
        '',
        fmt(mb(base.peakRssKb)),
        '1.00',
        '',
        '',
      ],
      ...caseResults.map((c) =>
        c.error
          ? [c.command, 'ERROR', '', '', c.target === null ? '' : `≤ ${c.target}`, 'FAIL', '', '', `≤ ${MEMORY_TARGET}`, 'FAIL']
          : [
              c.command,
              fmt(c.medianMs),
              `${fmt(c.p25Ms)}–${fmt(c.p75Ms)}`,
              fmt(c.ratio, 2),
              c.target === null ? '—' : `≤ ${c.target}`,
              verdict(c.pass),
              fmt(c.peakRssMb),
              fmt(c.memoryRatio, 2),
              `≤ ${MEMORY_TARGET}`,
              verdict(c.memoryPass),
            ],
      ),
    ],
    [false, true, true, true, false, false, true, true, false, false],
  ),
);
out.push('');
out.push(
  table(
    ['knowledge base ×10', 'median ms', '× node', 'normal', 'difference', 'margin', ''],
    largeResults.map((c) => [
      c.id,
      fmt(c.medianMs),
      fmt(c.ratio, 3),
      fmt(c.normalRatio, 3),
      fmt(c.difference, 3),
      `≤ ${c.margin}`,
      verdict(c.pass),
    ]),
    [false, true, true, true, true, false, false],
  ),
);
out.push('');
out.push(
  table(
    ['batch (httpexplain - --json)', 'median ms', 'lines/s', 'peak MB'],
    [
      [
        `I/O floor, ${BATCH_LINES.toLocaleString('en-US')} lines (readline echo)`,
        fmt(batch.floor.medianMs),
        fmt(batch.floor.linesPerSecond, 0),
        fmt(batch.floor.peakRssMb),
      ],
      [
        `httpexplain, ${BATCH_LINES.toLocaleString('en-US')} lines`,
        fmt(batch.medianMs),
        fmt(batch.linesPerSecond, 0),
        fmt(batch.peakRssMb),
      ],
      [
        `httpexplain, ${SMALL_BATCH_LINES.toLocaleString('en-US')} lines`,
        fmt(batch.small.medianMs),
        fmt(batch.small.linesPerSecond, 0),
        fmt(batch.small.peakRssMb),
      ],
      [`I/O floor, ${BATCH_LINES.toLocaleString('en-US')} log-like lines`, fmt(unknownBatch.floorMs), '', ''],
      [
        `httpexplain, ${BATCH_LINES.toLocaleString('en-US')} lines, 90 % no code`,
        fmt(unknownBatch.medianMs),
        fmt(unknownBatch.linesPerSecond, 0),
        fmt(mb(bs['batch-unknown'].peakRssKb)),
      ],
    ],
    [false, true, true, true],
  ),
);
out.push('');
out.push(
  table(
    ['batch check', 'ratio', 'target', ''],
    [
      ['time / I/O floor', fmt(batch.ratio, 2), `≤ ${BATCH_TARGET}`, verdict(batch.pass)],
      [
        `peak RSS ${BATCH_LINES / 1000}k / ${SMALL_BATCH_LINES / 1000}k lines`,
        fmt(batch.memoryFlatRatio, 2),
        `≤ ${FLAT_TARGET}`,
        verdict(batch.memoryFlatPass),
      ],
      ['90 % no code: time / I/O floor', fmt(unknownBatch.ratio, 2), `≤ ${BATCH_TARGET}`, verdict(unknownBatch.pass)],
      [
        `90 % no code: peak RSS ${BATCH_LINES / 1000}k / ${SMALL_BATCH_LINES / 1000}k`,
        fmt(unknownBatch.memoryFlatRatio, 2),
        `≤ ${FLAT_TARGET}`,
        verdict(unknownBatch.memoryFlatPass),
      ],
    ],
    [false, true, false, false],
  ),
);

const checks = [
  ...caseResults.filter((c) => c.target !== null).map((c) => ({ name: `${c.id} time`, value: c.ratio, limit: c.target, pass: c.pass })),
  ...caseResults.map((c) => ({ name: `${c.id} peak memory`, value: c.memoryRatio, limit: MEMORY_TARGET, pass: c.memoryPass })),
  ...largeResults.map((c) => ({ name: `${c.id}: ratio minus the normal build's`, value: c.difference, limit: c.margin, pass: c.pass })),
  { name: 'batch / I/O floor', value: batch.ratio, limit: BATCH_TARGET, pass: batch.pass },
  { name: 'batch memory flat', value: batch.memoryFlatRatio, limit: FLAT_TARGET, pass: batch.memoryFlatPass },
  { name: 'batch of lines naming no code / I/O floor', value: unknownBatch.ratio, limit: BATCH_TARGET, pass: unknownBatch.pass },
  {
    name: 'batch of lines naming no code, memory flat',
    value: unknownBatch.memoryFlatRatio,
    limit: FLAT_TARGET,
    pass: unknownBatch.memoryFlatPass,
  },
];
const passed = checks.filter((c) => c.pass).length;
out.push('');
out.push('');
out.push(
  trace.error
    ? `trace: ${trace.error}`
    : table(
        [`trace (${trace.chain})`, 'median ms', '× node -e 0', '× curl -sIL'],
        [
          ['node -e 0', fmt(trace.baselineMs), '1.00', ''],
          ['httpexplain URL --json', fmt(trace.medianMs), fmt(trace.ratioToNode, 2), fmt(trace.ratioToCurl, 2)],
          ['curl -sIL URL', fmt(trace.curlMs), trace.curlMs === null ? '—' : fmt(trace.curlMs / trace.baselineMs, 2), '1.00'],
        ],
        [false, true, true, true],
      ),
);
out.push(`${passed}/${checks.length} targets met${failures.length ? `; ${failures.length} command(s) FAILED to run` : ''}`);
for (const f of failures) out.push(`  failed: ${f.command}: ${f.detail}`);

const results = {
  date: new Date().toISOString(),
  machine,
  method: {
    wallTime: 'process.hrtime.bigint() around child_process.spawnSync of the whole process',
    memory:
      memMethod === 'time'
        ? '/usr/bin/time -f %M (ru_maxrss of the child from wait4), KB'
        : 'preload (--require) writing process.resourceUsage().maxRSS on exit, KB',
    order: 'alternating rounds: baseline, then each case, repeated',
    statistic: 'median over runs; ratio = median(case) / median(baseline)',
  },
  runs: RUNS,
  warmup: WARMUP,
  quick,
  baseline: {
    command: BASELINE.command,
    medianMs: round(base.medianMs),
    minMs: round(base.minMs),
    p25Ms: round(base.p25Ms),
    p75Ms: round(base.p75Ms),
    peakRssMb: round(mb(base.peakRssKb)),
    maxPeakRssMb: round(mb(base.maxPeakRssKb)),
  },
  cases: caseResults,
  largeKnowledgeBase: largeResults,
  batch,
  unknownBatch,
  trace,
  checks,
  allPass: passed === checks.length,
  failures,
};
mkdirSync(path.join(root, 'bench'), { recursive: true });
const resultsFile = path.join(root, 'bench', 'results.json');
writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
out.push(`figures written to ${path.relative(process.cwd(), resultsFile) || resultsFile}`);

console.log(out.join('\n'));
process.exitCode = failures.length ? 1 : 0;
