import { KnowledgeBase } from '../../src/data/knowledgeBase';
import { compareCodes } from '../../src/domain/compare';
import { explainClass, explainCode } from '../../src/domain/explain';
import { messagesFor } from '../../src/i18n/messages';
import { renderClass, renderComparison, renderExplanation, type ColorLevel } from '../../src/render/terminal';
import { sanitizeInput, toJson } from '../../src/render/sanitize';

const kb = new KnowledgeBase();
const ESCAPE = /\u001b\[/;
const options = (colorLevel: ColorLevel, width = 80, decorated = false) => ({ m: messagesFor(kb, 'en'), width, colorLevel, decorated });
const longestLine = (text: string) => Math.max(...text.replace(/\u001b\[[0-9;]*m/g, '').split('\n').map((line) => line.length));

describe('explanations', () => {
  test('colour off: no escape codes, all the sections', () => {
    const text = renderExplanation(explainCode(kb, 303, 'en'), options(0));
    expect(text).not.toMatch(ESCAPE);
    for (const heading of ['303 See Other', '3xx Redirection', 'Description', 'When you see it', 'How to resolve', 'Client side', 'Server side', 'Location', 'Often confused with']) {
      expect(text).toContain(heading);
    }
    expect(text).toMatch(/compare: httpdiff 303 \d{3}/);
  });
  test('colour on: escape codes', () => {
    expect(renderExplanation(explainCode(kb, 404, 'en'), options(1))).toMatch(ESCAPE);
  });
  test.each([40, 60, 100])('wrapped to %d columns', (width) => {
    const text = renderExplanation(explainCode(kb, 404, 'en'), options(0, width));
    expect(longestLine(text.replace(/https:\S+/g, ''))).toBeLessThanOrEqual(width);
  });
  test('other meanings of a code are shown', () => {
    expect(renderExplanation(explainCode(kb, 499, 'en'), options(0))).toMatch(/Esri ArcGIS: 499 Token Required/);
  });
  test('a class lists its codes', () => {
    const text = renderClass(explainClass(kb, '4xx', 'en'), options(0));
    expect(text).toMatch(/^4xx Client Error\nRFC 9110 §15\.5\n/);
    expect(text).toMatch(/404 {2}Not Found/);
    expect(text).toMatch(/499 {2}Client Closed Request \(unofficial\)/);
  });
});

describe('comparisons', () => {
  const comparison = compareCodes(kb, [202, 303], 'en');
  test('colour off: title, table, numbered differences, guidance, links', () => {
    const text = renderComparison(comparison, { ...options(0), brief: false });
    expect(text).not.toMatch(ESCAPE);
    expect(text.startsWith('HTTP 202 Accepted vs 303 See Other\n')).toBe(true);
    expect(text).toMatch(/^  Redirect +not a redirect +temporary$/m);
    // what both share is folded under the table, once
    expect(text).toMatch(/^In common\n(?: {2}.+\n)* {2}Status +active\n/m);
    expect(text).not.toMatch(/^ Status /m);
    expect(text).not.toMatch(/[│┌└]/);
    expect(text).toMatch(/Key differences\n {2}1\. 202 Accepted/);
    expect(text).toContain('When to use which');
    expect(text).toContain('Rule of thumb');
    expect(text).toContain('Learn more');
    expect(longestLine(text.replace(/https:\S+/g, ''))).toBeLessThanOrEqual(80);
  });
  test('--brief: only the table and the key differences', () => {
    const text = renderComparison(comparison, { ...options(0), brief: true });
    expect(text).toContain('Key differences');
    expect(text).not.toContain('When to use which');
    expect(text).not.toContain('Description');
  });
  test('colour on: escape codes in the table', () => {
    expect(renderComparison(comparison, { ...options(3), brief: true })).toMatch(ESCAPE);
  });
  test.each([40, 60, 80])('five codes fit %d columns (stacked when a column per code would not)', (width) => {
    const family = compareCodes(kb, [301, 302, 303, 307, 308], 'en');
    const text = renderComparison(family, { ...options(0, width, true), brief: true });
    expect(longestLine(text)).toBeLessThanOrEqual(width);
    expect(text).toMatch(width < 70 ? /^Redirect\n {2}301: permanent$/m : /┌/);
  });
  test.each([['en', 80], ['fr', 100]] as const)('in the table, no word is cut when the words fit side by side (%s, %d columns)', (lang, width) => {
    const family = compareCodes(kb, [301, 302, 303, 307, 308], lang);
    const text = renderComparison(family, { m: messagesFor(kb, lang), width, colorLevel: 0, decorated: true, brief: true });
    const tableLines = text.split('\n').filter((line) => line.startsWith('│'));
    expect(tableLines.length).toBeGreaterThan(0);
    const cells = tableLines.flatMap((line) => line.split('│').map((cell) => cell.trim()));
    const words = new Set(cells.flatMap((cell) => cell.split(' ')));
    for (const row of family.properties.filter((property) => !property.same)) {
      for (const word of [row.label, ...row.values].flatMap((value) => value.split(' '))) expect(words).toContain(word);
    }
  });
  test('a key difference of three clauses or more puts each clause on a line of its own', () => {
    const family = compareCodes(kb, [301, 302, 303, 307, 308], 'en');
    const text = renderComparison(family, { ...options(0), brief: true });
    expect(text).toContain('  3. 301 and 302 let clients turn a POST into a GET;\n     303 always sends the client on with GET;\n     307 and 308');
  });
  test('decorated (a terminal): box-drawing borders, a rule under the header only', () => {
    const text = renderComparison(comparison, { ...options(0, 80, true), brief: true });
    expect(text).toMatch(/│ Redirect +│ not a redirect +│ temporary +│/);
    expect(text.match(/├/g)).toHaveLength(1);
  });
});

describe('safe output', () => {
  test('control characters and escape sequences typed by the user are shown escaped', () => {
    expect(sanitizeInput('a\u001b[31mred\u0007')).toBe('a\\u001b[31mred\\u0007');
    expect(sanitizeInput('\u202eevil')).toBe('\\u202eevil');
    expect(sanitizeInput('x'.repeat(1000))).toHaveLength(61);
  });
  test('JSON escapes C1 controls too, and stays valid JSON', () => {
    const text = toJson({ query: '\u009b31m' });
    expect(text).toBe('{"query":"\\u009b31m"}');
    expect(JSON.parse(text)).toEqual({ query: '\u009b31m' });
  });
});
