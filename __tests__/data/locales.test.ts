import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeBase } from '../../src/kb/knowledgeBase';
import type { MessageTree } from '../../src/kb/types';
import { compileKnowledgeBase } from '../../src/kb/compile';

/** The languages shipped as complete: every text translated. A language on its way may ship in part (see CONTRIBUTING.md). */
const COMPLETE = ['en', 'fr'];

const dataDir = join(__dirname, '../../data');
const localesDir = join(dataDir, 'locales');
const kb = new KnowledgeBase();
const report = compileKnowledgeBase({ sourceDir: dataDir, outDir: mkdtempSync(join(tmpdir(), 'httpdiff-locales-')) });

const sourceFiles = (lang: string, prefix = ''): string[] =>
  readdirSync(join(localesDir, lang, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(lang, join(prefix, entry.name)) : entry.name.endsWith('.json') ? [join(prefix, entry.name)] : [],
  );
const read = (lang: string, file: string) => JSON.parse(readFileSync(join(localesDir, lang, file), 'utf8'));

/** Every string of a tree, with its path. */
function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (Array.isArray(node)) return node.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([key, value]) => strings(value, path ? `${path}.${key}` : key));
  return [];
}

/** Every node of plural forms in a tree of messages. */
function pluralNodes(tree: MessageTree, path = ''): [string, MessageTree][] {
  return Object.entries(tree).flatMap(([key, node]) => {
    if (typeof node === 'string') return [];
    const where = path ? `${path}.${key}` : key;
    return 'other' in node ? [[where, node] as [string, MessageTree]] : pluralNodes(node, where);
  });
}

/** Texts short enough, made of names and codes only, or of placeholders and signs, may read the same in both languages. */
const mayBeIdentical = (text: string) =>
  text.length <= 12 || (/^[\w\s./:()§,-]*$/.test(text) && !/\b(the|is|and|of|a|to)\b/i.test(text)) || text.replace(/\{\w+\}/g, '').trim().length <= 3;

describe.each(COMPLETE)('%s, a language shipped complete', (lang) => {
  test('has every text and every message: the build takes none from English', () => {
    expect(report.languages.find((language) => language.tag === lang)?.missing).toEqual([]);
  });

  test('has, in every message with plural forms, the form its CLDR rule gives each count from 0 to 999', () => {
    const rule = kb.locale(lang).plural;
    const categories = new Set(Array.from({ length: 1000 }, (_, count) => rule(count)));
    const lacking = pluralNodes(read(lang, 'messages.json')).flatMap(([path, node]) => [...categories].filter((category) => !(category in node)).map((category) => `${path}.${category}`));
    expect(lacking).toEqual([]);
  });
});

describe.each(COMPLETE.filter((lang) => lang !== 'en'))('%s', (lang) => {
  test.each(sourceFiles('en'))('%s is translated, not copied from English', (file) => {
    const english = new Map(strings(read('en', file)));
    const copied = strings(read(lang, file))
      .filter(([path, text]) => english.get(path) === text && !mayBeIdentical(text))
      .map(([path]) => path);
    expect(copied).toEqual([]);
  });
});

describe('French typography', () => {
  // Header lines and attributes are code, written as they are: `Cache-Control: no-store`, `rel="blocked-by"`.
  const withoutCode = (text: string) => text.replace(/\b[A-Z][A-Za-z0-9-]*: \S+/g, '').replace(/[\w-]+="[^"]*"/g, '');
  const frenchStrings = sourceFiles('fr').flatMap((file) => strings(read('fr', file)).map(([path, text]) => [`${file}:${path}`, withoutCode(text)]));
  test('a non-breaking space stands before « : ; ! ? » and after «, never a plain one', () => {
    const faults = frenchStrings.filter(
      ([, text]) =>
        / [:;!?»]/.test(text) || /«(?![\u00a0\u202f])/.test(text) || /[^\s\u00a0\u202f/:{`][;!?»](\s|$)/.test(text) || /[^\s\u00a0\u202f/:{`]:(\s|$)/.test(text),
    );
    expect(faults).toEqual([]);
  });

  test('quotes are guillemets, not straight double quotes', () => {
    expect(frenchStrings.filter(([, text]) => text.includes('"'))).toEqual([]);
  });

  test('no English left in vendor names', () => {
    const vendors = strings(read('fr', 'vendors.json')).filter(([path]) => path.endsWith('.vendor'));
    expect(vendors.filter(([, name]) => /\b(Some|former|joke|deprecated|attributed|Controls|extensions|hosting)\b/.test(name))).toEqual([]);
  });
});
