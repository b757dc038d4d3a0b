import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeBase } from '../../src/data/knowledgeBase';

const kb = new KnowledgeBase();
const localesDir = join(kb.dataDir, 'locales');
const others = kb.languages().filter((lang) => lang !== 'en');
const filesOf = (dir: string, prefix = ''): string[] =>
  readdirSync(join(localesDir, 'en', prefix)).flatMap((name) =>
    name.endsWith('.json') ? [join(prefix, name)] : filesOf(dir, join(prefix, name)),
  );
const englishFiles = filesOf(join(localesDir, 'en'));
const read = (lang: string, file: string) => JSON.parse(readFileSync(join(localesDir, lang, file), 'utf8'));

/** Every string of a tree, with its path. */
function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (Array.isArray(node)) return node.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([key, value]) => strings(value, path ? `${path}.${key}` : key));
  return [];
}

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
/** Texts short enough, or made of names and codes only, may read the same in both languages. */
const mayBeIdentical = (text: string) => text.length <= 12 || /^[\w\s./:()§-]*$/.test(text) && !/\b(the|is|and|of)\b/i.test(text);

test('English has texts for every registered code, every vendor meaning and every curated comparison', () => {
  const en = kb.locale('en');
  for (const code of kb.registeredCodes()) expect(en.codeTexts(code)).toBeDefined();
  for (const code of kb.knownCodes()) for (const meaning of kb.vendorMeanings(code)) expect(en.vendorTexts(code, meaning.id)).toBeDefined();
  for (const key of kb.pairs.keys()) expect(en.pairTexts(key)).toBeDefined();
});

test('French is shipped', () => expect(others).toContain('fr'));

describe.each(kb.languages())('plural forms of %s', (lang) => {
  // Counts said in texts are whole numbers below 1000: codes compared, header fields.
  test('plural.json chooses the form CLDR gives every count from 0 to 999 (Intl.PluralRules)', () => {
    const takesOne = new Set(kb.locale(lang).plural.one);
    const rules = new Intl.PluralRules(lang);
    const differing = Array.from({ length: 1000 }, (_, count) => count).filter(
      (count) => (takesOne.has(count) ? 'one' : 'other') !== rules.select(count),
    );
    expect(differing).toEqual([]);
  });
});

describe.each(others)('language %s', (lang) => {
  test.each(englishFiles)('%s has every English key, non-empty, with the same placeholders', (file) => {
    const translated = new Map(strings(read(lang, file)));
    const missing: string[] = [];
    for (const [path, english] of strings(read('en', file))) {
      const text = translated.get(path);
      if (!text || !text.trim()) missing.push(path);
      else expect([path, placeholders(text)]).toEqual([path, placeholders(english)]);
    }
    expect(missing).toEqual([]);
  });

  test.each(englishFiles)('%s is translated, not copied from English', (file) => {
    const english = new Map(strings(read('en', file)));
    const untranslated = strings(read(lang, file))
      .filter(([path, text]) => english.get(path) === text && !mayBeIdentical(text))
      .map(([path]) => path);
    expect(untranslated).toEqual([]);
  });
});

describe('French typography', () => {
  const frenchStrings = englishFiles.flatMap((file) => strings(read('fr', file)).map(([path, text]) => [`${file}:${path}`, text]));
  test('a non-breaking space stands before « : ; ! ? » and after «, never a plain one', () => {
    const faults = frenchStrings.filter(([, text]) =>
      / [:;!?»]/.test(text) || /«(?![\u00a0\u202f])/.test(text) || /[^\s\u00a0\u202f/:{][;!?»](\s|$)/.test(text) || /[^\s\u00a0\u202f/:{]:(\s|$)/.test(text),
    );
    expect(faults).toEqual([]);
  });

  test('quotes are guillemets, not straight double quotes', () => {
    expect(frenchStrings.filter(([, text]) => text.includes('"'))).toEqual([]);
  });
});
