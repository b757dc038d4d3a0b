import { compareCodes } from '../../src/domain/compare';
import { UsageError } from '../../src/errors';
import { compileFixture } from '../fixtures/compileFixture';

const { kb } = compileFixture();
const compare = (...codes: number[]) => compareCodes(kb, codes, 'en');
const difference = (codes: number[], key: string) => compare(...codes).differences.find((d) => d.key === key);
const row = (codes: number[], key: string) => compare(...codes).properties.find((p) => p.key === key)!;

describe('properties: a row per dimension, with each code’s fact', () => {
  test('the rows of every comparison, in table order', () => {
    expect(compare(301, 302).properties.map((p) => p.key)).toEqual([
      'class', 'reason', 'spec', 'status', 'redirect', 'redirectMethod', 'retry', 'fault', 'cacheableByDefault',
      'responseHeaders', 'requestHeaders', 'bodyAllowed', 'reachesClient', 'origin',
    ]);
  });

  test('raw facts, and whether the codes share them', () => {
    expect(row([303, 307], 'redirectMethod')).toMatchObject({ raw: ['becomes-get', 'kept'], same: false });
    expect(row([301, 302], 'cacheableByDefault')).toMatchObject({ raw: [true, false], same: false });
    expect(row([301, 302], 'redirectMethod')).toMatchObject({ raw: ['post-may-become-get', 'post-may-become-get'], same: true });
  });
});

describe('key differences', () => {
  test('the meaning first, then each dimension that differs, in the order of their rank', () => {
    const { differences, properties } = compare(404, 503);
    expect(differences.map((d) => d.key)).toEqual(['meaning', 'retry', 'fault', 'cacheableByDefault', 'responseHeaders', 'class']);
    for (const { key } of differences.slice(1)) expect(properties.find((p) => p.key === key)?.same).toBe(false);
  });

  test('a method difference speaks only of redirects', () => {
    expect(difference([301, 302], 'redirectMethod')).toBeUndefined();
    expect(difference([303, 307], 'redirectMethod')?.clauses).toHaveLength(2);
    expect(difference([200, 303], 'redirectMethod')).toBeUndefined();
  });

  test('codes sharing a value are said in one clause; a difference is the sentence of its clauses', () => {
    const method = difference([301, 302, 303, 307, 308], 'redirectMethod')!;
    expect(method.clauses).toHaveLength(3);
    expect(method.clauses[0]).toMatch(/^301 and 302 /);
    expect(method.clauses[2]).toMatch(/^307 and 308 /);
    expect(method.text).toBe(`${method.clauses.join('; ')}.`);
  });

  test('required response headers and request headers are told apart', () => {
    const headers = difference([401, 403], 'responseHeaders')!;
    expect(headers.clauses[0]).toMatch(/401 .*WWW-Authenticate/);
    expect(headers.clauses[0]).not.toMatch(/Authorization/);
    expect(difference([401, 403], 'requestHeaders')!.clauses[0]).toMatch(/401 .*Authorization/);
  });

  test('a code that only a log holds is contrasted with one the client receives', () => {
    expect(difference([499, 504], 'reachesClient')?.clauses).toHaveLength(2);
  });

  test('unassigned codes of one class mean the same, and are said together', () => {
    const meaning = compare(298, 299).differences[0];
    expect(meaning.clauses).toHaveLength(1);
  });
});

describe('guidance', () => {
  test('a curated comparison gives its texts, and its relation as the summary', () => {
    const comparison = compare(303, 302);
    const texts = kb.locale('en').comparisonTexts('302-303').texts;
    expect(comparison.summary).toBe(texts.relation);
    expect(comparison.guidance).toMatchObject({ source: 'curated', text: texts.guidance, rules: texts.rules, ruleOfThumb: texts.ruleOfThumb });
  });

  test('more codes than a curated comparison: the curated ones among them are listed', () => {
    const { guidance } = compare(302, 303, 500);
    expect(guidance.pairs?.map((pair) => pair.codes)).toEqual([[302, 303]]);
  });

  test('no curated comparison: derived guidance', () => {
    expect(compare(200, 500).guidance.source).toBe('derived');
  });

  test('in another language, a curated text it lacks is given in English and named', () => {
    const comparison = compareCodes(kb, [401, 403], 'fr');
    expect(comparison.guidance.text).toBe(kb.locale('en').comparisonTexts('401-403').texts.guidance);
    expect(comparison.untranslated).toEqual(['guidance.text']);
    expect(compareCodes(kb, [302, 303], 'fr').untranslated).toEqual([]);
  });
});

test('links: each code’s defining section, then the comparison’s sources', () => {
  const { links } = compare(302, 303);
  expect(links[0]).toEqual({ label: 'RFC 9110 §15.4.3 (302 Found)', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3' });
  expect(links.map((link) => link.url)).toEqual(expect.arrayContaining(kb.comparison('302-303')!.sources));
});

test('the same code twice, or a single code, is a usage error', () => {
  expect(() => compare(404, 404)).toThrow(UsageError);
  expect(() => compare(404)).toThrow(UsageError);
});
