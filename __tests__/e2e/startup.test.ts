import { spawnSync } from 'node:child_process';
import { run } from './run';

// V8 compiles the functions it optimizes with TurboFan on a background thread, and Node waits for those
// compilations before the process can exit: one triggered by a one-shot answer only delays it (7 ms for
// string-width's loop under cli-table3, see src/render/textWidth.ts). --trace-opt makes V8 print each decision.
const TURBOFAN = /^\[(marking|compiling method) .*TURBOFAN/;
const turbofanDecisions = (trace: string) => trace.split('\n').filter((line) => TURBOFAN.test(line));

test('the trace is read right: a hot loop is seen being optimized', () => {
  const hotLoop = 'function next(x) { return (x * 2 + 1) % 1000 } let x = 0; for (let i = 0; i < 1e5; i++) x = next(x)';
  const { stdout } = spawnSync(process.execPath, ['--trace-opt', '-e', hotLoop], { encoding: 'utf8' });
  expect(turbofanDecisions(stdout).length).toBeGreaterThan(0);
});

describe('a one-shot answer gets no function optimized', () => {
  // On a pipe the width is 80: these comparisons draw a table (┌), the seven codes stack their properties instead.
  test.each([
    ['httpdiff 202 303', true],
    ['httpdiff 301 302 303 307 308', true],
    ['httpdiff 401 403 --lang fr', true],
    ['httpdiff 400 401 403 404 409 422 429', false],
    ['httpexplain 404', false],
    ['httpexplain 418 451 499 --lang fr', false],
    ['httpexplain --list', false],
  ])('%s, on a terminal', (commandLine, drawsTable) => {
    const [bin, ...args] = commandLine.split(' ') as ['httpdiff' | 'httpexplain', ...string[]];
    const { stdout, status } = run(bin, args, { env: { FORCE_COLOR: '1' }, nodeFlags: ['--trace-opt'] });
    expect(status).toBe(0);
    expect(stdout.includes('┌')).toBe(drawsTable);
    expect(turbofanDecisions(stdout)).toEqual([]);
  });
});
