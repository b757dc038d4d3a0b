import { KnowledgeBase } from '../../src/data/knowledgeBase';
import { NotFoundError, UsageError } from '../../src/errors';
import { resolveQuery, splitQueries } from '../../src/resolve/resolve';

const kb = new KnowledgeBase();
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
    ['HTTP/1.1 404 Not Found', 404],
    ['HTTP/2 200', 200],
    ['http/1.0 503 Service Unavailable', 503],
    ['see other', 303],
    ['See Other', 303],
    ['SEE_OTHER', 303],
    ['payload too large', 413],
    ['Request Entity Too Large', 413],
    ['unprocessable entity', 422],
    ['moved temporarily', 302],
    ["I'm a teapot", 418],
    ['teapot', 418],
    ['client closed request', 499],
    ['enhance your calm', 420],
    ['not foud', 404],
    ['299', 299],
    ['499', 499],
  ])('%j → %d', (query, code) => expect(codeOf(query)).toBe(code));

  test('a class', () => expect(resolve('4xx')).toMatchObject({ kind: 'class', class: '4xx' }));
  test('a word in several names gives candidates', () => {
    const resolution = resolve('timeout');
    expect(resolution.kind).toBe('candidates');
    if (resolution.kind === 'candidates') expect(resolution.codes).toEqual(expect.arrayContaining([408, 504]));
  });

  test.each(['0', '99', '600', '1e3', '0x1F4', '404.0', '-1', '1000', '12'])('%j is a usage error', (query) => {
    expect(() => resolve(query)).toThrow(UsageError);
  });
  test('empty is a usage error', () => expect(() => resolve('  ')).toThrow(UsageError));
  test.each(['constructor', 'toString', 'hasOwnProperty', 'zzzzzz', 'x'.repeat(100_000)])('%j is not found', (query) => {
    expect(() => resolve(query)).toThrow(NotFoundError);
  });
  test('__proto__ is only words to search ("proto" is in "Switching Protocols"), never an object key', () => {
    expect(resolve('__proto__')).toEqual({ kind: 'candidates', codes: [101, 464], query: '__proto__' });
  });
});
