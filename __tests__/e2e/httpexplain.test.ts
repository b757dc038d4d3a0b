import { ESCAPE, expectOneLineError, run } from './run';

describe('httpexplain, through the real bin', () => {
  test('explains one code, piped: no colour, exit 0', () => {
    const { stdout, stderr, status } = run('httpexplain', ['303']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^303 See Other {2}3xx Redirection\n/);
    expect(stdout).not.toMatch(ESCAPE);
  });

  test('FORCE_COLOR colours even when piped; NO_COLOR and --no-color win', () => {
    expect(run('httpexplain', ['404'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ESCAPE);
    expect(run('httpexplain', ['404'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(ESCAPE);
    expect(run('httpexplain', ['404', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ESCAPE);
  });

  test('--json: one object with the documented fields', () => {
    const { stdout, status } = run('httpexplain', ['303', '--json'], { env: { FORCE_COLOR: '1' } });
    expect(status).toBe(0);
    expect(stdout).not.toMatch(ESCAPE);
    const entry = JSON.parse(stdout);
    for (const field of [
      'code',
      'reason',
      'class',
      'className',
      'official',
      'status',
      'spec',
      'aliases',
      'description',
      'whenSeen',
      'howToResolve',
      'cacheableByDefault',
      'redirect',
      'responseHeaders',
      'requestHeaders',
      'bodyAllowed',
      'reachesClient',
      'related',
      'meanings',
      'constants',
      'untranslated',
      'lang',
      'confusedWith',
    ]) {
      expect(entry).toHaveProperty(field);
    }
    expect(entry).toMatchObject({
      code: 303,
      reason: 'See Other',
      class: '3xx',
      official: true,
      redirect: { permanent: false, methodPreserved: false },
      lang: 'en',
    });
  });

  test('several codes: an array with --json', () => {
    const entries = JSON.parse(run('httpexplain', ['303', '404', '500', '--json']).stdout);
    expect(entries.map((entry: { code: number }) => entry.code)).toEqual([303, 404, 500]);
  });

  test.each([
    [['see other'], 303],
    [['SEE_OTHER'], 303],
    [['payload', 'too', 'large'], 413],
    [['teapot'], 418],
    [['HTTP/1.1 404 Not Found'], 404],
  ])('%j resolves to %d', (args, code) => {
    const { stdout, status } = run('httpexplain', [...args, '--json']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).code).toBe(code);
  });

  test('a guess says so, above the answer', () => {
    expect(run('httpexplain', ['teapot']).stdout).toMatch(
      /^No code is named "teapot"; 418 is the only one whose descriptions speak of it\.\n418 /,
    );
    expect(run('httpexplain', ['not foud']).stdout).toMatch(/^No code is named exactly "not foud"; showing the closest match\.\n404 /);
  });

  test('several candidates are listed', () => {
    const { stdout, status } = run('httpexplain', ['timeout']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/408 {2}Request Timeout/);
    expect(stdout).toMatch(/504 {2}Gateway Timeout/);
  });

  test('a class, and --list', () => {
    expect(run('httpexplain', ['4xx']).stdout).toMatch(/^4xx Client Error/);
    const list = JSON.parse(run('httpexplain', ['--list', '--json']).stdout);
    expect(list.length).toBeGreaterThan(90);
    expect(list[0]).toEqual({ code: 100, reason: 'Continue', official: true, status: 'active', vendors: [] });
  });

  test('an unassigned code in range says so and exits 0', () => {
    const { stdout, status } = run('httpexplain', ['299']);
    expect(status).toBe(0);
    expect(stdout).toContain('299 is not a registered status code');
  });

  test('often confused with, in text and JSON', () => {
    expect(run('httpexplain', ['302']).stdout).toMatch(/Often confused with +.*303.*307.*\(compare: httpdiff 302 \d+\)/);
    expect(JSON.parse(run('httpexplain', ['302', '--json']).stdout).confusedWith).toEqual(expect.arrayContaining([301, 303, 307]));
  });

  test('French, from --lang and from LANG', () => {
    const byOption = run('httpexplain', ['404', '--lang', 'fr']).stdout;
    expect(byOption).toContain('Quand vous le voyez');
    expect(byOption).toContain('Comment résoudre');
    expect(byOption).toContain('Erreur du client');
    expect(run('httpexplain', ['404'], { env: { LANG: 'fr_FR.UTF-8' } }).stdout).toBe(byOption);
    expect(JSON.parse(run('httpexplain', ['404', '--json', '-l', 'fr']).stdout)).toMatchObject({
      lang: 'fr',
      reason: 'Not Found',
      className: 'Erreur du client',
    });
    expect(run('httpexplain', ['404'], { env: { LANG: 'de_DE.UTF-8' } }).stdout).toContain('When you see it');
  });

  describe('errors: one line on stderr, documented exit code, never a stack trace', () => {
    test.each([
      [['nosuchthing'], 1, /^httpexplain: no status code matches "nosuchthing"\n$/],
      [['600'], 2, /^httpexplain: "600" is not a status code/],
      [['404.0'], 2, /is not a status code/],
      [['--frobnicate'], 2, /^httpexplain: unknown option --frobnicate/],
      [['404', '--lang'], 2, /^httpexplain: option .*--lang.* needs a value/],
      [['404', '--lang', 'de'], 2, /^httpexplain: unknown language "de": available languages are en, .*fr.*\n$/],
      [['-1'], 2, /unknown option -1/],
      [[''], 2, /empty query/],
    ])('%j → exit %d', (args, code, message) => expectOneLineError(run('httpexplain', args), code, message));

    test('with --json the error is also an object on stdout', () => {
      const { stdout, status } = run('httpexplain', ['nosuchthing', '--json']);
      expect(status).toBe(1);
      expect(JSON.parse(stdout)).toEqual({ error: { code: 'notFound', message: 'no status code matches "nosuchthing"', exitCode: 1 } });
    });

    test('escape sequences typed by the user are shown escaped', () => {
      const { stderr } = run('httpexplain', ['\u001b[31mred\u0007']);
      expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(stderr).toContain('\\u001b[31mred\\u0007');
    });

    test('errors are in French too', () => {
      expect(run('httpexplain', ['nosuchthing', '--lang', 'fr']).stderr).toMatch(/^httpexplain: .*«\u00a0nosuchthing\u00a0»/);
    });
  });

  test('--help lists examples and exit codes; --version prints the version', () => {
    const help = run('httpexplain', ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toMatch(/Exit codes:\n {2}0 +success\n {2}1 +no such code/);
    expect(run('httpexplain', ['--help', '--lang', 'fr']).stdout).toContain('Codes de sortie');
    expect(run('httpexplain', ['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
