import { KnowledgeBase } from '../../src/data/knowledgeBase';
import { compareCodes } from '../../src/domain/compare';
import { explainClass, explainCode } from '../../src/domain/explain';
import { UsageError } from '../../src/errors';

const kb = new KnowledgeBase();
const compare = (...codes: number[]) => compareCodes(kb, codes, 'en');
const difference = (codes: number[], key: string) => compare(...codes).differences.find((d) => d.key === key)?.text;
const row = (codes: number[], key: string) => compare(...codes).properties.find((p) => p.key === key)!;

describe('explainCode', () => {
  test('a registered code', () => {
    const entry = explainCode(kb, 303, 'en');
    expect(entry).toMatchObject({
      code: 303, reason: 'See Other', class: '3xx', className: 'Redirection', official: true, status: 'active',
      spec: { document: 'RFC 9110', section: '15.4.4' }, cacheableByDefault: false,
      redirect: { permanent: false, methodPreserved: false, method: 'becomes-get' }, headers: ['Location'], lang: 'en',
    });
    expect(entry.confusedWith).toEqual(expect.arrayContaining([202, 302, 307]));
  });
  test('a code with vendor meanings lists them, the official one first', () => {
    const entry = explainCode(kb, 451, 'en');
    expect(entry.reason).toBe('Unavailable For Legal Reasons');
    expect(entry.meanings.map((m) => m.vendor)).toEqual(expect.arrayContaining([expect.stringMatching(/Exchange/)]));
  });
  test('an unofficial code takes its most common meaning, the others as meanings', () => {
    const entry = explainCode(kb, 499, 'en');
    expect(entry).toMatchObject({ official: false, status: 'unofficial', vendor: 'nginx', reason: 'Client Closed Request', spec: null });
    expect(entry.meanings).toEqual([expect.objectContaining({ vendor: 'Esri ArcGIS', reason: 'Token Required' })]);
  });
  test('an unassigned code in range explains its class and falls back to x00, uncached', () => {
    const entry = explainCode(kb, 299, 'en');
    expect(entry).toMatchObject({ reason: null, official: false, status: 'unassigned', class: '2xx', cacheableByDefault: false, related: [200] });
    expect(entry.description).toContain('200 OK');
    expect(entry.sources).toContain('https://www.rfc-editor.org/rfc/rfc9110#section-15');
  });
  test('a class comes with the section that defines it', () => {
    expect(explainClass(kb, '3xx', 'fr')).toMatchObject({ class: '3xx', spec: { document: 'RFC 9110', section: '15.4' }, lang: 'fr' });
  });
});

describe('compareCodes: facts each difference states', () => {
  test('307 vs 303: method kept vs changed to GET', () => {
    expect(row([303, 307], 'method').raw).toEqual(['becomes-get', 'kept']);
    expect(difference([303, 307], 'method')).toBe('303 always sends the client on with GET, whereas 307 makes the client repeat the same method and body.');
  });
  test('301 vs 302: cacheable by default vs not; permanent vs temporary', () => {
    expect(row([301, 302], 'cacheable')).toMatchObject({ raw: [true, false], same: false });
    expect(difference([301, 302], 'cacheable')).toMatch(/^301 is cacheable by default, whereas 302 is cached only when/);
    expect(difference([301, 302], 'redirect')).toBe('301 is a permanent redirect, whereas 302 is a temporary redirect.');
    expect(difference([301, 302], 'method')).toBeUndefined();
  });
  test('401 vs 403: WWW-Authenticate and retry with credentials', () => {
    expect(difference([401, 403], 'headers')).toContain('WWW-Authenticate');
    expect(difference([401, 403], 'retry')).toMatch(/^401 can be retried with credentials/);
  });
  test('the 3xx family is grouped: permanent vs temporary, method kept vs changed', () => {
    const comparison = compare(301, 302, 303, 307, 308);
    const text = (key: string) => comparison.differences.find((d) => d.key === key)!.text;
    expect(text('redirect')).toBe('301 and 308 are permanent redirects, whereas 302, 303, and 307 are temporary redirects.');
    expect(text('method')).toBe('301 and 302 let clients turn a POST into a GET; 303 always sends the client on with GET; 307 and 308 make the client repeat the same method and body.');
    expect(comparison.guidance.source).toBe('curated');
    expect(comparison.guidance.rules).toHaveLength(5);
  });
  test('a difference is one sentence made of its clauses, one per group of codes', () => {
    const method = compare(301, 302, 303, 307, 308).differences.find((d) => d.key === 'method')!;
    expect(method.clauses).toEqual([
      '301 and 302 let clients turn a POST into a GET',
      '303 always sends the client on with GET',
      '307 and 308 make the client repeat the same method and body',
    ]);
    // The first clause starts with a digit, so capitalizing the sentence leaves it as it is.
    expect(method.text).toBe(`${method.clauses.join('; ')}.`);
  });
  test('only the properties that differ become differences; meaning always comes first', () => {
    const comparison = compare(500, 505);
    expect(comparison.differences[0].key).toBe('meaning');
    for (const { key } of comparison.differences.slice(1)) {
      expect(comparison.properties.find((p) => p.key === key)?.same).toBe(false);
    }
  });
  test('curated pairs give their relation as summary; others a derived one', () => {
    expect(compare(202, 303).summary).toBe(kb.locale('en').pairTexts('202-303')!.relation);
    expect(compare(202, 303).guidance.source).toBe('curated');
    expect(compare(100, 511).guidance.source).toBe('derived');
    expect(compare(500, 505).summary).toBe('Both are 5xx codes (Server Error).');
  });
  test('more codes than a curated pair: the curated pairs inside are listed', () => {
    const guidance = compare(500, 502, 504).guidance;
    expect(guidance.pairs?.map((pair) => pair.codes.join('-'))).toEqual(expect.arrayContaining(['500-502', '502-504']));
  });
  test('links name the spec sections', () => {
    expect(compare(202, 303).links[0]).toEqual({ label: 'RFC 9110 §15.3.3 (202 Accepted)', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3' });
  });
  test('the same code twice, or one code, is a usage error', () => {
    expect(() => compare(404, 404)).toThrow(UsageError);
    expect(() => compare(404)).toThrow(UsageError);
  });
});

describe('every pair of codes (property over the whole registry, the vendor codes and some unassigned ones)', () => {
  const codes = [...kb.knownCodes(), 150, 299, 399];
  const pairs = codes.flatMap((a, i) => codes.slice(i + 1).map((b) => [a, b] as const));
  test(`all ${pairs.length} pairs compare, each with at least one real difference, in English and French`, () => {
    for (const lang of ['en', 'fr']) {
      for (const [a, b] of pairs) {
        const comparison = compareCodes(kb, [a, b], lang);
        expect(comparison.differences.length).toBeGreaterThan(0);
        const [meaning, ...facts] = comparison.differences;
        // Every difference after the meaning states a property whose values really differ; and there is at least
        // one real difference: two meanings, or a property.
        const [first, second] = comparison.entries;
        expect(meaning.text).toContain(first.summary);
        for (const difference of facts) expect(comparison.properties.find((p) => p.key === difference.key)?.same).toBe(false);
        expect(first.summary !== second.summary || facts.length > 0).toBe(true);
        expect(comparison.guidance.text.length).toBeGreaterThan(0);
      }
    }
  });
});
