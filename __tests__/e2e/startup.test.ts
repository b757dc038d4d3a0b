import { run } from './run';

// V8 compiles the functions it optimizes on a background thread, and Node waits for those compilations before the
// process can exit: one triggered by a one-shot answer only delays it (7 ms for string-width's loop under
// cli-table3, see src/render/textWidth.ts). --trace-opt makes V8 print each decision to optimize.
const OPTIMIZATION = /^\[(marking|compiling method|OSR)/;

describe('a one-shot answer gets no function optimized', () => {
  test.each([
    ['httpdiff', ['202', '303']],
    ['httpdiff', ['301', '302', '303', '307', '308', '--lang', 'fr']],
    ['httpdiff', ['400', '401', '403', '404', '409', '422', '429']],
    ['httpexplain', ['404']],
    ['httpexplain', ['418', '451', '499', '--lang', 'fr']],
    ['httpexplain', ['--list']],
  ] as const)('%s %s, on a terminal', (bin, args) => {
    const { stdout, status } = run(bin, [...args], { env: { FORCE_COLOR: '1' }, nodeFlags: ['--trace-opt'] });
    expect(status).toBe(0);
    expect(stdout.split('\n').filter((line) => OPTIMIZATION.test(line))).toEqual([]);
  });
});
