import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';

import { isOneColumnEach, textWidth } from '../../src/render/textWidth';

/** Every string in the JSON files under `dir`, but for the folders named in `skip`. */
function dataStrings(dir: string, skip: readonly string[]): string[] {
  const walk = (node: unknown): string[] =>
    typeof node === 'string' ? [node] : node && typeof node === 'object' ? Object.values(node).flatMap(walk) : [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return skip.includes(item.name) ? [] : dataStrings(path, skip);
    return item.name.endsWith('.json') ? walk(JSON.parse(readFileSync(path, 'utf8'))) : [];
  });
}

const oneColumnCharacters = Array.from({ length: 0x3000 }, (_, code) => String.fromCharCode(code)).filter(isOneColumnEach);

test('each character counted as one column is one column for string-width too', () => {
  expect(oneColumnCharacters.length).toBeGreaterThan(700);
  expect(oneColumnCharacters.filter((character) => stringWidth(character) !== 1)).toEqual([]);
});

test('others are not counted as one column: controls, combining marks, wide characters, emoji', () => {
  for (const text of ['\u001b[1mbold', 'tab\there', 'e\u0301', '日本', '\u00a9\ufe0f', '\u{1f600}', 'a\u200bb', '\u2028']) {
    expect(isOneColumnEach(text)).toBe(false);
  }
});

test("textWidth gives string-width's widths, on any text", () => {
  const oneColumnText = fc.string({ unit: fc.constantFrom(...oneColumnCharacters) });
  const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
  fc.assert(
    fc.property(fc.oneof(oneColumnText, anyText), (text) => textWidth(text) === stringWidth(text)),
    { numRuns: 2000 },
  );
});

test('every text of the knowledge base in a Latin script is measured without string-width', () => {
  // Everything but the schemas and the copies of outside sources, which are never printed.
  // Languages written in wide characters (Japanese, Chinese) are measured by string-width, as they must be.
  const texts = dataStrings(join(__dirname, '../../data'), ['schema', 'sources', 'ja', 'zh-CN']);
  expect(texts.length).toBeGreaterThan(1000);
  expect(texts.filter((text) => !isOneColumnEach(text))).toEqual([]);
});
