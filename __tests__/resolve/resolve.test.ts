import { NotFoundError, UsageError } from '../../src/errors';
import { resolveQuery, splitQueries } from '../../src/resolve/resolve';
import { compileFixture } from '../fixtures/compileFixture';

const { kb } = compileFixture();
const resolve = (query: string) => resolveQuery(kb, query);
const codeOf = (query: string) => {
  const resolution = resolve(query);
  if (resolution.kind !== 'code') throw new Error(`${query} resolved to ${resolution.kind}`);
  return resolution.code;
};

describe('splitQueries', () => {
  test.each([
    [
      ['303', '404', '500'],
      ['303', '404', '500'],
    ],
    [['payload', 'too', 'large'], ['payload too large']],
    [
      ['303', 'see', 'other', '404'],
      ['303', 'see other', '404'],
    ],
    [
      ['4xx', 'teapot'],
      ['4xx', 'teapot'],
    ],
    [['HTTP/1.1 404 Not Found'], ['HTTP/1.1 404 Not Found']],
  ])('%j → %j', (words, queries) => expect(splitQueries(words)).toEqual(queries));
});

describe('resolveQuery', () => {
  test.each([
    ['303', 303],
    [' 404 ', 404],
    ['４０４', 404],
    ['\u200b303', 303],
    ['3\u200d03', 303],
    ['HTTP/1.1 404 Not Found', 404],
    ['HTTP/2 200', 200],
    ['http/1.0 503 Service Unavailable', 503],
    ['see other', 303],
    ['See Other', 303],
    ['SEE_OTHER', 303],
    ['see-other', 303],
    ['moved temporarily', 302],
    ['client closed request', 499],
    ['introuvable', 404],
    ['Introuvable', 404],
    ['not foud', 404],
    ['299', 299],
    ['499', 499],
  ])('%j → %d', (query, code) => expect(codeOf(query)).toBe(code));

  test.each([
    ['303', { via: 'number', exact: true }],
    ['HTTP/2 303', { via: 'status-line', exact: true }],
    ['303 See Other', { via: 'code-and-phrase', exact: true }],
    ['303 Voir ailleurs', { via: 'code-and-phrase', exact: true }],
    ['303 whatever', { via: 'code-and-phrase', exact: false }],
    ['see other', { via: 'reason', exact: true }],
    ['moved temporarily', { via: 'alias', exact: true }],
    ['http.StatusSeeOther', { via: 'constant', exact: true, ecosystems: ['go'] }],
    ['StatusSeeOther', { via: 'constant', exact: true, ecosystems: ['go'] }],
    ['introuvable', { via: 'localized', exact: true, lang: 'fr' }],
    ['client closed request', { via: 'vendor', exact: true, vendor: 'nginx' }],
    ['not foud', { via: 'typo', exact: false }],
  ])('%j: how it was found is said', (query, match) => {
    expect(resolve(query)).toMatchObject({ kind: 'code', match: { query, ...match } });
  });

  test('a class, by its pattern or its name in any language', () => {
    expect(resolve('4xx')).toMatchObject({ kind: 'class', class: '4xx' });
    expect(resolve('client error')).toMatchObject({ kind: 'class', class: '4xx' });
    expect(resolve('Erreur du serveur')).toMatchObject({ kind: 'class', class: '5xx' });
  });

  test('words found in the texts of several codes give candidates, best first', () => {
    const resolution = resolve('gateway');
    expect(resolution).toMatchObject({ kind: 'candidates' });
    if (resolution.kind === 'candidates') expect(resolution.codes.slice(0, 2).sort()).toEqual([502, 504]);
  });

  test('a vendor’s name that registered codes also speak of is not chosen in silence: candidates', () => {
    // "Token Required" is Esri's 499; the fixture's registered codes do not speak of tokens and requirements together.
    expect(resolve('token required')).toMatchObject({ kind: 'code', code: 499, match: { via: 'vendor', vendor: 'esri' } });
  });

  test('a phrase that names another code than the number is an error', () => {
    expect(() => resolve('404 See Other')).toThrow(
      expect.objectContaining({ key: 'phraseMismatch', params: expect.objectContaining({ code: 404, other: [303] }) }),
    );
  });

  test.each(['a', 'zz'])('%j, shorter than any word worth searching, is refused with a hint', (query) => {
    expect(() => resolve(query)).toThrow(expect.objectContaining({ key: 'queryTooShort' }));
  });

  test.each(['0', '99', '600', '1e3', '0x1F4', '404.0', '-1', '1000', '12', 'HTTP/1.1 999', '999 Not Found'])(
    '%j is a usage error',
    (query) => {
      expect(() => resolve(query)).toThrow(UsageError);
    },
  );
  test.each(['  ', '\u200b'])('%j, empty, is a usage error', (query) => expect(() => resolve(query)).toThrow(UsageError));
  test.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'zzzzzz', 'x'.repeat(100_000)])('%j is not found', (query) => {
    expect(() => resolve(query)).toThrow(NotFoundError);
  });
});
