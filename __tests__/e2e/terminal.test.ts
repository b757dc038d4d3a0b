import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESCAPE, run } from './run';

const longestLine = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));

describe('width: COLUMNS on a pipe, tables at the full width, running text at a readable measure', () => {
  test('COLUMNS narrows and widens the output of a pipe', () => {
    expect(longestLine(run('httpexplain', ['404'], { env: { COLUMNS: '40' } }).stdout.replace(/https:\S+/g, ''))).toBeLessThanOrEqual(40);
    const wide = run('httpdiff', ['200', '301', '404', '418', '503', '520'], { env: { COLUMNS: '200' } }).stdout;
    expect(wide).toMatch(/ Cacheable by default /);
    const [prose] = wide.split('\n\n');
    expect(longestLine(prose)).toBeLessThanOrEqual(100);
  });
  test('a COLUMNS too small to mean anything is ignored', () => {
    expect(longestLine(run('httpexplain', ['404'], { env: { COLUMNS: '3' } }).stdout.replace(/https:\S+/g, ''))).toBeLessThanOrEqual(80);
  });
  test.each([40, 80])('help is wrapped to %d columns without cutting a word', (columns) => {
    const help = run('httpexplain', ['--help'], { env: { COLUMNS: String(columns) } }).stdout;
    expect(longestLine(help.replace(/https:\S+|^ {2}(httpexplain|curl) .*$/gm, ''))).toBeLessThanOrEqual(columns);
    for (const word of ['queries', 'ecosystems', 'constants', 'standard']) expect(help).toMatch(new RegExp(`\\b${word}\\b`));
    expect(help).not.toMatch(/^\s*\.\s*$/m);
  });
});

describe('colour', () => {
  test.each([
    [['--color=always'], {}, true],
    [['--color', 'always'], { NO_COLOR: '1' }, true],
    [['--color=never'], { FORCE_COLOR: '1' }, false],
    [['--no-color'], { FORCE_COLOR: '1' }, false],
    [[], { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
    [[], { FORCE_COLOR: '1' }, true],
    [['--color=auto'], {}, false],
  ])('%j with %j: colour %s', (args, env, coloured) => {
    expect(ESCAPE.test(run('httpexplain', ['404', ...args], { env: env }).stdout)).toBe(coloured);
  });
  test('a wrong --color is a usage error naming the choices', () => {
    const { stderr, status } = run('httpexplain', ['404', '--color=sometimes']);
    expect(status).toBe(2);
    expect(stderr).toBe('httpexplain: --color takes auto, always, never, not "sometimes"\n');
  });
});

describe('commander’s suggestions', () => {
  test('a misspelt option says what was meant', () => {
    expect(run('httpexplain', ['404', '--jsn']).stderr).toBe('httpexplain: unknown option --jsn; did you mean --json? (see --help)\n');
  });
});

describe('locale: LANGUAGE first, as gettext; ASCII under the C locale and TERM=dumb', () => {
  test('LANGUAGE wins over LANG, but not under the C locale', () => {
    expect(JSON.parse(run('httpexplain', ['404', '--json'], { env: { LANGUAGE: 'fr', LANG: 'en_US.UTF-8' } }).stdout).lang).toBe('fr');
    expect(JSON.parse(run('httpexplain', ['404', '--json'], { env: { LANGUAGE: 'fr', LANG: 'C' } }).stdout).lang).toBe('en');
  });
  test.each([[{ LANG: 'C' }], [{ LANG: 'POSIX' }], [{ TERM: 'dumb' }]])('%j: nothing but ASCII', (env) => {
    const { stdout } = run('httpdiff', ['301', '302', '303', '307', '308'], {
      env: { ...env, FORCE_COLOR: '0' },
    });
    expect(stdout).toMatch(/RFC 9110 sec\. 15\.4\.2/);
    expect(stdout).toMatch(/^[\x00-\x7f]*$/);
  });
});

describe('one-line answers', () => {
  test('--short: code, reason and what it means, one line each', () => {
    const { stdout } = run('httpexplain', ['-s', '404', '499']);
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^404 Not Found tells the client .+\.$/),
      expect.stringMatching(/^499 Client Closed Request records .+\.$/),
    ]);
  });
  test('the default when reading standard input; --no-short for whole explanations', () => {
    const lines = run('httpexplain', [], { input: '404\n503\nbogus\n201\n' }).stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^201 Created /);
    expect(run('httpexplain', ['--no-short'], { input: '404\n' }).stdout).toMatch(/\nDescription\n/);
  });
  test('whole explanations of several codes are set apart by a rule', () => {
    expect(run('httpexplain', ['404', '500']).stdout).toMatch(/\n\n─{20,}\n\n500 Internal Server Error/);
  });
});

describe('man pages, made from the same declarations as --help', () => {
  const pages = ['httpexplain', 'httpdiff'].map((name) => join(__dirname, '../../dist/man', `${name}.1`));
  test('both exist, list every option and exit code, and are listed in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));
    expect(pkg.man).toEqual(['./dist/man/httpexplain.1', './dist/man/httpdiff.1']);
    for (const page of pages) expect(existsSync(page)).toBe(true);
    const explain = readFileSync(pages[0], 'utf8');
    for (const option of ['\\-\\-json', '\\-\\-lang', '\\-\\-color', '\\-\\-short', '\\-\\-ecosystems', '\\-\\-max\\-redirs'])
      expect(explain).toContain(option);
    expect(explain).toMatch(/^\.SH EXIT STATUS\n(\.TP\n\.B \d+\n.+\n)+/m);
  });
  const man = spawnSync('man', ['--version']);
  (man.status === 0 ? test : test.skip)('man reads them', () => {
    const result = spawnSync('man', ['-l', pages[1]], {
      encoding: 'utf8',
      env: { ...process.env, MANWIDTH: '80', MANPAGER: 'cat', PAGER: 'cat' },
    });
    expect(result.stdout).toMatch(/httpdiff - Compare HTTP status codes side by side/);
  });
});

describe('the pager, on a terminal only', () => {
  const bin = (name: string) => `${process.execPath} ${join(__dirname, '../../bin', `${name}.js`)}`;
  /** Runs a command line on a pseudo-terminal of `rows` rows (script(1)), with a pager that marks what it shows. */
  const onTerminal = (commandLine: string, rows: number, env = "PAGER='sed s/^/PAGED:/'") =>
    spawnSync('script', ['-qec', `stty rows ${rows} cols 80; env LANG=C.UTF-8 ${env} ${commandLine}`, '/dev/null'], { encoding: 'utf8' })
      .stdout;
  const hasScript = spawnSync('script', ['--version']).status === 0;
  (hasScript ? test : test.skip)('an answer taller than the screen is paged; one that fits, --no-pager and a pipe are not', () => {
    expect(onTerminal(`${bin('httpdiff')} 301 302`, 20)).toMatch(/^PAGED:/m);
    expect(onTerminal(`${bin('httpdiff')} 301 302 --no-pager`, 20)).not.toMatch(/PAGED:/);
    expect(onTerminal(`${bin('httpexplain')} 404 -s`, 20)).not.toMatch(/PAGED:/);
    expect(onTerminal(`${bin('httpdiff')} 301 302 | cat`, 20)).not.toMatch(/PAGED:/);
    expect(onTerminal(`${bin('httpdiff')} 301 302`, 20, 'PAGER=cat')).toMatch(/HTTP 301 Moved Permanently/);
  });
});
