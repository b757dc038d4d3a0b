import { expectOneLineError, run, jsonLines } from './run';

const json = (...args: string[]) => JSON.parse(run('httpexplain', [...args, '--json']).stdout);

describe('constants resolve, written the way code writes them, and the answer says through which ecosystem', () => {
  test.each([
    ['HttpStatusCode.RedirectMethod', 303, ['dotnet']],
    ['RedirectKeepVerb', 307, ['dotnet']],
    ['http.StatusTeapot', 418, ['go']],
    ['StatusCode::PAYLOAD_TOO_LARGE', 413, ['rust-http']],
    ['HTTP_422_UNPROCESSABLE_ENTITY', 422, ['drf']],
    [':unprocessable_entity', 422, ['plug', 'rack']],
    ['Response::HTTP_PERMANENTLY_REDIRECT', 308, ['symfony']],
    ['HTTPStatus.CONTENT_TOO_LARGE', 413, ['python']],
    ['SC_MOVED_TEMPORARILY', 302, ['jakarta-servlet']],
    ['HttpURLConnection.HTTP_MOVED_TEMP', 302, ['java-httpurlconnection']],
  ])('%s → %d', (query, code, ecosystems) => {
    expect(json(query)).toMatchObject({ code, match: { query, via: 'constant', exact: true, ecosystems } });
    expect(run('httpexplain', [query]).stdout.split('\n')[0]).toMatch(new RegExp(`: the name of ${code} in `));
    expect(run('httpexplain', [query, '--lang', 'fr']).stdout.split('\n')[0]).toMatch(new RegExp(`\u00a0: le nom du code ${code} en `));
  });
});

describe('lookup never guesses in silence', () => {
  test('"redirect" lists candidates, registered ones among them, instead of choosing Exchange\'s 451', () => {
    const answer = json('redirect');
    expect(answer.candidates.map((entry: { code: number }) => entry.code)).toEqual(expect.arrayContaining([301, 302, 307, 308, 451]));
    expect(run('httpexplain', ['redirect']).stdout).toMatch(/^Several codes match "redirect"/);
  });

  test('a vendor’s name is said to be one', () => {
    expect(json('Token Required')).toMatchObject({ code: 499, match: { via: 'vendor', vendor: 'esri', exact: true } });
    expect(run('httpexplain', ['Token Required']).stdout).toMatch(
      /^"Token Required" is not an IANA name: it is what Esri ArcGIS calls 499\.\n/,
    );
  });

  test('a fuzzy match carries exact: false in the JSON', () => {
    expect(json('teapot').match).toEqual({ query: 'teapot', via: 'keywords', exact: false });
    expect(json('not foud').match).toEqual({ query: 'not foud', via: 'typo', exact: false });
  });

  test('"404 Not Found" resolves, in arguments and in batch lines; a phrase of another code is an error', () => {
    expect(json('404 Not Found')).toMatchObject({ code: 404, match: { via: 'code-and-phrase', exact: true } });
    const batch = run('httpexplain', ['--json'], { input: '404 Not Found\n410 Gone\n' });
    expect(jsonLines(batch.stdout).map((answer) => answer.code)).toEqual([404, 410]);
    expectOneLineError(
      run('httpexplain', ['404 Gone']),
      2,
      /^httpexplain: "404 Gone" does not add up: 404 is not "Gone", which names 410\n$/,
    );
  });

  test.each([['a'], ['ab']])('%s: one- and two-letter queries are refused with a hint', (query) => {
    expectOneLineError(
      run('httpexplain', [query]),
      2,
      /too short to search for: give at least 3 letters, a code such as 404 or a class such as 4xx/,
    );
  });
});

describe('the names the tool prints in each language, and keywords, are searchable', () => {
  test.each([
    ['introuvable', 404],
    ['Introuvable', 404],
    ['théière', 418],
    ['Trop de requêtes', 429],
  ])('%s → %d', (query, code) => expect(json(query).code).toBe(code));

  test.each([
    ['client error', '4xx'],
    ['Erreur du client', '4xx'],
    ['redirection', '3xx'],
  ])('the class name %s → %s', (query, cls) => expect(json(query)).toMatchObject({ class: cls, codes: expect.any(Array) }));

  test.each([
    ['rate limit', [429, 420, 529]],
    ['cloudflare', [520, 521, 522, 523, 524, 525, 526]],
    ['nginx', [444, 494, 495, 496, 497, 499]],
    ['websocket', [101, 426]],
  ])('keywords %s find the codes they are about, ranked', (query, codes) => {
    const found = json(query).candidates.map((entry: { code: number }) => entry.code);
    expect(found).toEqual(expect.arrayContaining(codes));
  });
});

describe('several queries behave like batch mode', () => {
  test('each good one answered, each bad one reported on its own line, exit 1', () => {
    const { stdout, stderr, status } = run('httpexplain', ['404', 'bogus', '500']);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^404 Not Found/);
    expect(stdout).toMatch(/\n500 Internal Server Error/);
    expect(stderr).toBe('httpexplain: no status code matches "bogus"\n');
  });
  test('--json: each answer and each error, in order', () => {
    const { stdout, status } = run('httpexplain', ['404', 'bogus', '500', '--json']);
    expect(status).toBe(1);
    expect(JSON.parse(stdout).map((item: { code?: number; error?: { code: string } }) => item.code ?? item.error?.code)).toEqual([
      404,
      'notFound',
      500,
    ]);
  });
});

describe('--list filters', () => {
  const codes = (...args: string[]) => json('--list', ...args).map((entry: { code: number }) => entry.code);
  test('by class, by vendor, by status', () => {
    expect(codes('4xx').every((code: number) => code >= 400 && code < 500)).toBe(true);
    expect(codes('cloudflare')).toEqual(expect.arrayContaining([520, 521, 522, 523, 524, 525, 526, 527, 530]));
    expect(codes('unofficial')).toEqual(expect.arrayContaining([444, 499, 520]));
    expect(codes('unofficial')).not.toContain(404);
    expect(codes('deprecated')).toEqual([305]);
    expect(run('httpexplain', ['--list', '4xx']).stdout.split('\n')[0]).toBe('Known status codes: 4xx');
  });
  test('an unknown filter is a usage error that lists the filters', () => {
    expectOneLineError(
      run('httpexplain', ['--list', 'bogus']),
      2,
      /--list does not know "bogus": give a class \(1xx to 5xx\), a status \(.+\) or a vendor \(.*cloudflare.*\)/,
    );
  });
});

describe('In code: the constants of the ecosystems the user follows', () => {
  test('a few by default; --ecosystems and HTTPDIFF_ECOSYSTEMS choose; the old names are marked', () => {
    const section = (text: string) => text.slice(text.indexOf('\nIn code\n'), text.indexOf('\n\n', text.indexOf('\nIn code\n') + 1));
    const byDefault = section(run('httpexplain', ['413']).stdout);
    expect(byDefault).toMatch(/Python +HTTPStatus\.CONTENT_TOO_LARGE \(since 3\.13\)/);
    expect(byDefault).toMatch(/Go +http\.StatusRequestEntityTooLarge \(former IANA name\)/);
    const chosen = section(run('httpexplain', ['413', '--ecosystems', 'rust-http,rack']).stdout);
    expect(chosen).toMatch(/Rust +StatusCode::PAYLOAD_TOO_LARGE/);
    expect(chosen).toMatch(/Ruby +:content_too_large \(since 3\.1\.0\), :payload_too_large \(deprecated in\s+3\.1\.0\)/);
    expect(chosen).not.toMatch(/Python/);
    expect(section(run('httpexplain', ['413'], { env: { HTTPDIFF_ECOSYSTEMS: 'dotnet' } }).stdout)).toMatch(/^\nIn code\n {2}\.NET /);
    expect(run('httpexplain', ['413', '--ecosystems', 'none']).stdout).not.toContain('In code');
  });
  test('an ecosystem without a constant says so', () => {
    expect(run('httpexplain', ['418', '--ecosystems', 'dotnet']).stdout).toMatch(/\.NET +no constant/);
  });
  test('--json gives every ecosystem', () => {
    const constants = json('303').constants;
    expect(new Set(constants.map((constant: { ecosystem: string }) => constant.ecosystem)).size).toBeGreaterThanOrEqual(14);
    expect(constants).toEqual(
      expect.arrayContaining([expect.objectContaining({ ecosystem: 'dotnet', name: 'RedirectMethod', kind: 'alias' })]),
    );
  });
  test('an unknown ecosystem is a usage error', () => {
    expectOneLineError(run('httpexplain', ['404', '--ecosystems', 'cobol']), 2, /unknown ecosystem "cobol": choose among .*python/);
  });
});
