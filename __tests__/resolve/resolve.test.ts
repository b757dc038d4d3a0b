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
    [['303', '404', '500'], ['303', '404', '500']],
    [['payload', 'too', 'large'], ['payload too large']],
    [['303', 'see', 'other', '404'], ['303', 'see other', '404']],
    [['4xx', 'teapot'], ['4xx', 'teapot']],
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

  test('how a code was found', () => {
    expect(resolve('303')).toMatchObject({ via: 'number' });
    expect(resolve('HTTP/2 303')).toMatchObject({ via: 'status-line' });
    expect(resolve('see other')).toMatchObject({ via: 'name' });
    expect(resolve('not foud')).toMatchObject({ via: 'search' });
  });

  test('a class', () => expect(resolve('4xx')).toMatchObject({ kind: 'class', class: '4xx' }));

  test('a word of several names gives candidates', () => {
    expect(resolve('gateway')).toMatchObject({ kind: 'candidates', codes: [502, 504] });
  });

  test.each(['0', '99', '600', '1e3', '0x1F4', '404.0', '-1', '1000', '12', 'HTTP/1.1 999'])('%j is a usage error', (query) => {
    expect(() => resolve(query)).toThrow(UsageError);
  });
  test.each(['  ', '\u200b'])('%j, empty, is a usage error', (query) => expect(() => resolve(query)).toThrow(UsageError));
  test.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'zzzzzz', 'x'.repeat(100_000)])('%j is not found', (query) => {
    expect(() => resolve(query)).toThrow(NotFoundError);
  });
});
