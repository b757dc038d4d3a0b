import { ESCAPE, expectOneLineError, run } from './run';

describe('httpdiff, through the real bin', () => {
  test('202 vs 303 on a pipe: the sections in order, no colour', () => {
    const { stdout, stderr, status } = run('httpdiff', ['202', '303']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(ESCAPE);
    const order = [
      'HTTP 202 Accepted vs 303 See Other',
      '202 says the request was accepted',
      'Redirect',
      'In common',
      'Key differences',
      'When to use which',
      'Rule of thumb',
      'Description',
      'Learn more',
    ];
    const positions = order.map((text) => stdout.indexOf(text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('borders only on a terminal or with colour forced', () => {
    expect(run('httpdiff', ['401', '403', '--brief']).stdout).not.toMatch(/[│┌└]/);
    expect(run('httpdiff', ['401', '403', '--brief'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/┌/);
  });

  test('--json: the documented shape, no colour ever', () => {
    const { stdout, status } = run('httpdiff', ['202', '303', '--json'], { env: { FORCE_COLOR: '1' } });
    expect(status).toBe(0);
    expect(stdout).not.toMatch(ESCAPE);
    const comparison = JSON.parse(stdout);
    expect(comparison.codes).toEqual([202, 303]);
    expect(comparison.lang).toBe('en');
    expect(comparison.entries.map((entry: { code: number }) => entry.code)).toEqual([202, 303]);
    expect(comparison.properties[0]).toEqual({
      key: 'class',
      label: 'Class',
      values: ['2xx Successful', '3xx Redirection'],
      raw: ['2xx', '3xx'],
      same: false,
    });
    expect(comparison.differences[0].key).toBe('meaning');
    expect(comparison.guidance).toMatchObject({ source: 'curated', rules: expect.any(Array) });
    expect(comparison.links[0]).toEqual({
      label: 'RFC 9110 §15.3.3 (202 Accepted)',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3',
    });
  });

  test('the 3xx family: a grid, permanent or temporary × what becomes of the method', () => {
    const { stdout } = run('httpdiff', ['301', '302', '303', '307', '308', '--brief']);
    expect(stdout).toMatch(
      /^Redirect × Method on redirect\n +method and body kept +POST may become GET +changed to GET\n {2}permanent +308 +301\n {2}temporary +307 +302 +303\n/m,
    );
    expect(stdout).not.toMatch(/^ {2}Redirect +permanent/m);
    expect(stdout).toMatch(/^In common\n {2}Class +3xx Redirection$/m);
    expect(stdout).toContain('301 and 308 are permanent redirects');
    expect(stdout).toMatch(/^Rule of thumb\n {2}Permanent: 301 or 308/m);
    expect(stdout).not.toContain('When to use which');
    const json = JSON.parse(run('httpdiff', ['301', '302', '303', '307', '308', '--json']).stdout);
    expect(json.grid.cells).toEqual([
      [[308], [301], []],
      [[307], [302], [303]],
    ]);
  });

  test('a family serves the codes inside it, with its grid', () => {
    const json = JSON.parse(run('httpdiff', ['302', '307', '308', '--json']).stdout);
    expect(json.guidance).toMatchObject({ source: 'curated', family: '301-302-303-307-308' });
    expect(json.grid.cells).toEqual([
      [[308], []],
      [[307], [302]],
    ]);
  });

  test('names and vendor codes work as in httpexplain', () => {
    expect(JSON.parse(run('httpdiff', ['see other', 'accepted', '--json']).stdout).codes).toEqual([303, 202]);
    expect(JSON.parse(run('httpdiff', ['499', '504', '--json']).stdout).entries[0]).toMatchObject({ official: false, vendor: 'nginx' });
  });

  test('French throughout', () => {
    const { stdout } = run('httpdiff', ['202', '303', '--lang', 'fr']);
    for (const heading of [
      'Description',
      'Quand vous le voyez',
      'Comment résoudre',
      'Différences clés',
      'Quand utiliser lequel',
      'En savoir plus',
    ]) {
      expect(stdout).toContain(heading);
    }
    expect(stdout).toContain('See Other (Autre ressource à consulter)');
  });

  test.each([
    [
      ['404'],
      2,
      /^httpdiff: give at least two codes to compare: 404 is often compared with .*410.* \(for instance: httpdiff 404 \d{3}\)\n$/,
    ],
    [['299'], 2, /give at least two different codes/],
    [['404', '404'], 2, /404 was given more than once/],
    [['4xx', '404'], 2, /is a whole class/],
    [['timeout', '404'], 1, /"timeout" matches several codes/],
    [['404', 'nosuchthing'], 1, /no status code matches "nosuchthing"/],
    [['404', '700'], 2, /"700" is not a status code/],
  ])('%j → exit %d, one line', (args, code, message) => expectOneLineError(run('httpdiff', args), code, message));
});
