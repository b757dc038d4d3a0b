import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeBase } from '../../src/kb/knowledgeBase';
import type { MessageTree } from '../../src/kb/types';
import { compileKnowledgeBase } from '../../src/kb/compile';
import { COMPLETE, strings } from '../helpers/languages';


const dataDir = join(__dirname, '../../data');
const localesDir = join(dataDir, 'locales');
const kb = new KnowledgeBase();
const report = compileKnowledgeBase({ sourceDir: dataDir, outDir: mkdtempSync(join(tmpdir(), 'httpdiff-locales-')) });

const sourceFiles = (lang: string, prefix = ''): string[] =>
  readdirSync(join(localesDir, lang, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(lang, join(prefix, entry.name)) : entry.name.endsWith('.json') ? [join(prefix, entry.name)] : [],
  );
const read = (lang: string, file: string) => JSON.parse(readFileSync(join(localesDir, lang, file), 'utf8'));

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
  text.replace(/\{\w+\}/g, '').trim().length <= 12 || (/^[\w\s./:()§,-]*$/.test(text) && !/\b(the|is|and|of|a|to)\b/i.test(text));

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

// Header lines and attributes are code, written as they are in every language: `Cache-Control: no-store`,
// `rel="blocked-by"`, `curl -H 'Expect:'`; and so are URLs.
const withoutCode = (text: string) =>
  text
    .replace(/https?:\/\/\S+|\/[\w/]*\?\S*/g, 'code')
    .replace(/\b[A-Z][A-Za-z0-9-]*: \S+/g, 'code')
    .replace(/[\w-]+="[^"]*"/g, 'code')
    .replace(/'[^'\s]*'/g, 'code');
/** Every text of a language, without its code, each named by its file and path. */
/** Settings of a language's grammar that are no prose: a pattern, a set of signs. */
const NOT_PROSE = new Set(['messages.json:grammar.andBefore', 'messages.json:grammar.spacelessNextTo']);
const textsOf = (lang: string): [string, string][] =>
  sourceFiles(lang)
    .flatMap((file) => strings(read(lang, file)).map(([path, text]): [string, string] => [`${file}:${path}`, withoutCode(text)]))
    .filter(([where]) => !NOT_PROSE.has(where));
const faults = (lang: string, fault: RegExp | ((text: string) => boolean)) =>
  textsOf(lang).filter(([, text]) => (typeof fault === 'function' ? fault(text) : fault.test(text)));

describe('French typography', () => {
  test('a non-breaking space stands before « : ; ! ? » and after «, never a plain one', () => {
    expect(
      faults(
        'fr',
        (text) =>
          / [:;!?»]/.test(text) || /«(?![\u00a0\u202f])/.test(text) || /[^\s\u00a0\u202f/:{`][;!?»](\s|$)/.test(text) || /[^\s\u00a0\u202f/:{`]:(\s|$)/.test(text),
      ),
    ).toEqual([]);
  });

  test('quotes are guillemets, not straight double quotes', () => expect(faults('fr', /"/)).toEqual([]));

  test('no English left in vendor names', () => {
    const vendors = strings(read('fr', 'vendors.json')).filter(([path]) => path.endsWith('.vendor'));
    expect(vendors.filter(([, name]) => /\b(Some|former|joke|deprecated|attributed|Controls|extensions|hosting)\b/.test(name))).toEqual([]);
  });
});

describe.each(['es', 'pt-BR'])('%s typography', (lang) => {
  test('curly quotes, not straight double quotes', () => expect(faults(lang, /"/)).toEqual([]));
  test('no space before : ; ! ?', () => expect(faults(lang, / [:;!?](\s|$)/)).toEqual([]));
});

describe('Spanish typography', () => {
  test('every question and exclamation opens with ¿ or ¡', () => {
    const count = (text: string, sign: string) => text.split(sign).length - 1;
    expect(faults('es', (text) => count(text, '?') !== count(text, '¿') || count(text, '!') !== count(text, '¡'))).toEqual([]);
  });
  test('no sentence begins with a figure', () => expect(faults('es', /(^|\.\s)[0-9]/)).toEqual([]));
});

describe('Brazilian Portuguese', () => {
  test('no word of European Portuguese', () =>
    expect(faults('pt-BR', /(?<!\p{L})(ficheiros?|ecrã|utilizador(es)?|registos?|aceder|equipas?|facto|telemóvel)(?!\p{L})/iu)).toEqual([]));
});

const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}';
describe.each(['ja', 'zh-CN'])('%s typography', (lang) => {
  test('full-width punctuation after Chinese characters and kana, never ASCII , . ; ? !', () =>
    expect(faults(lang, new RegExp(`[${CJK}][,.;?!](\\s|$)`, 'u'))).toEqual([]));
  test('full-width brackets around an aside in the language', () =>
    expect(faults(lang, new RegExp(`\\([^()]*[${CJK}][^()]*\\)`, 'u'))).toEqual([]));
  test('a space between Latin letters or figures and the language’s characters', () =>
    expect(faults(lang, new RegExp(`[${CJK}][A-Za-z0-9]|[A-Za-z0-9][${CJK}]`, 'u'))).toEqual([]));
  test('no full-width Latin letters or figures, no half-width katakana', () =>
    expect(faults(lang, /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff61-\uff9f]/u)).toEqual([]));
  test('no straight double quotes', () => expect(faults(lang, /"/)).toEqual([]));
});

describe('Simplified Chinese', () => {
  test('“” quotes, never 「」', () => expect(faults('zh-CN', /[「」]/)).toEqual([]));
  test('none of the terms the glossary rules out', () =>
    expect(faults('zh-CN', /首部|(?<!标)头部|应答(?!复)|回应|接口|认证|凭证|状态代码|响应码|先决条件|源站/)).toEqual([]));
});
