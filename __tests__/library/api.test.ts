import { compare, describeClass, explain, knownCodes, NotFoundError, resolve, UsageError } from '../../src/index';

// The library as programs use it (src/index.ts); the same module bundled in dist/ is tested through require and
// import in package.test.ts.

describe('explain', () => {
  test('a code, a name, a status line', () => {
    expect(explain(303).reason).toBe('See Other');
    expect(explain('payload too large').code).toBe(413);
    expect(explain('HTTP/1.1 404 Not Found').code).toBe(404);
  });
  test('in a language, checked as --lang is', () => {
    expect(explain(404, { lang: 'fr' }).lang).toBe('fr');
    expect(explain(404, { lang: 'fr_FR.UTF-8' }).lang).toBe('fr');
    expect(() => explain(404, { lang: 'xx' })).toThrow(UsageError);
  });
  test('English by default, whatever the environment says', () => {
    const saved = process.env.LANG;
    process.env.LANG = 'fr_FR.UTF-8';
    try {
      expect(explain(404).lang).toBe('en');
    } finally {
      process.env.LANG = saved;
    }
  });
});

describe('compare', () => {
  test('codes as arguments, as an array, with options last', () => {
    expect(compare(301, 308).codes).toEqual([301, 308]);
    expect(compare([301, 308]).codes).toEqual([301, 308]);
    expect(compare(302, 'see other', { lang: 'fr' })).toMatchObject({ codes: [302, 303], lang: 'fr' });
    expect(compare([302, 'see other'], { lang: 'fr' })).toMatchObject({ codes: [302, 303], lang: 'fr' });
  });
  test('arguments that are not codes are a TypeError that says which', () => {
    expect(() => compare(301, null as unknown as number)).toThrow(
      new TypeError('code 2 must be a status code (number) or a query (string), not null'),
    );
    expect(() => explain({} as unknown as number)).toThrow(TypeError);
  });
});

describe('errors', () => {
  test('expected errors have a readable English message, and keep their key, parameters and exit code', () => {
    expect(() => explain('bogus')).toThrow(NotFoundError);
    try {
      explain('bogus');
    } catch (error) {
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ message: 'no status code matches "bogus"', key: 'notFound', params: { input: 'bogus' }, exitCode: 1 });
    }
    expect(() => compare(404)).toThrow('give at least two codes to compare: 404 is often compared with 200');
    expect(() => compare([])).toThrow('give at least two different codes to compare');
    expect(() => compare(404, 404)).toThrow('404 was given more than once: compare different codes');
  });
});

test('resolve, describeClass and knownCodes', () => {
  expect(resolve('HTTP/2 200')).toMatchObject({ kind: 'code', code: 200, match: { via: 'status-line' } });
  expect(describeClass('4xx').codes.map((entry) => entry.code)).toContain(404);
  expect(() => describeClass('404')).toThrow(UsageError);
  expect(knownCodes()).toEqual([...knownCodes()].sort((a, b) => a - b));
  expect(knownCodes()).toEqual(expect.arrayContaining([100, 404, 499, 599]));
});
