import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError, compileKnowledgeBase } from '../../src/kb/compile';
import { compileFixture } from '../fixtures/compileFixture';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const writeJson = (path: string, value: unknown) => writeFileSync(path, JSON.stringify(value, null, 2) + '\n');
/** Edits one JSON file of a fixture's sources. */
const edit = (path: string, change: (value: any) => void) => (sourceDir: string) => {
  const file = join(sourceDir, path);
  const value = readJson(file);
  change(value);
  writeJson(file, value);
};

/** The problems the compiler reports for a fixture changed by `change`. */
function problemsOf(change: (sourceDir: string) => void): string[] {
  try {
    compileFixture(change);
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  return [];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

describe('compiling the fixture knowledge base', () => {
  const { kb, report } = compileFixture();

  test('a file per known code, holding its registration, its vendors and its comparisons', () => {
    expect(kb.list().map((entry) => entry.code)).toEqual([
      100, 200, 201, 202, 300, 301, 302, 303, 305, 306, 307, 308, 400, 401, 403, 404, 499, 500, 502, 503, 504,
    ]);
    const code = kb.code(302)!;
    expect(code.registration?.reason).toBe('Found');
    expect(code.comparisons).toEqual(['301-302-303-307-308', '302-303']);
    expect(code.confusedWith).toEqual([301, 303, 307, 308]);
    expect(kb.code(499)!.registration).toBeNull();
    expect(kb.code(499)!.meanings.map((meaning) => meaning.id)).toEqual(['nginx', 'esri']);
    expect(kb.code(299)).toBeUndefined();
  });

  test("each code lists its constants, with the ecosystem's shortest qualifier", () => {
    expect(kb.code(302)!.constants).toEqual([
      expect.objectContaining({ ecosystem: 'go', name: 'StatusFound', qualified: 'http.StatusFound' }),
    ]);
  });

  test('a comparison knows its codes and its grid', () => {
    expect(kb.comparison('301-302-303-307-308')).toMatchObject({
      codes: [301, 302, 303, 307, 308],
      grid: { rows: 'redirect', columns: 'redirectMethod' },
    });
    expect(kb.comparison('301-302')).toBeUndefined();
  });

  test('the name index leads every kind of name to its code, best match first', () => {
    const { names, constants } = kb.names;
    expect(names['see other']).toEqual([[303, 'reason']]);
    expect(names['moved temporarily'][0]).toEqual([302, 'alias']);
    expect(names['client closed request']).toEqual([[499, 'vendor', 'nginx']]);
    expect(names['introuvable']).toEqual([[404, 'localized', 'fr']]);
    expect(constants['statusseeother']).toEqual([[303, 'constant', 'go']]);
  });

  test('texts a language lacks come from English and are named, in the files and in the report', () => {
    const fr = kb.locale('fr');
    expect(fr.codeTexts(404).registration!.untranslated).toEqual(['description']);
    expect(fr.codeTexts(404).registration!.texts.description).toBe(kb.locale('en').codeTexts(404).registration!.texts.description);
    expect(fr.comparisonTexts('401-403').untranslated).toEqual(['guidance']);
    const french = report.languages.find((language) => language.tag === 'fr')!;
    expect(french.missing).toEqual(expect.arrayContaining(['codes/404: description', 'comparisons/401-403: guidance']));
    expect(french.texts.translated).toBe(french.texts.total - french.missing.length);
    expect(report.languages.find((language) => language.tag === 'en')!.missing).toEqual([]);
  });

  test("each language's plural rule comes from CLDR", () => {
    expect([0, 1, 2].map(kb.locale('en').plural)).toEqual(['other', 'one', 'other']);
    expect([0, 1, 2].map(kb.locale('fr').plural)).toEqual(['one', 'one', 'other']);
  });

  test('the output is the same, byte for byte, from the same sources', () => {
    const again = compileFixture();
    const files = filesUnder(kb.dir).map((file) => file.slice(kb.dir.length));
    expect(filesUnder(again.kb.dir).map((file) => file.slice(again.kb.dir.length))).toEqual(files);
    for (const file of files) expect(readFileSync(join(again.kb.dir, file), 'utf8')).toBe(readFileSync(join(kb.dir, file), 'utf8'));
  });
});

describe('a language added as a folder', () => {
  test('holding only messages.json, it has every text, in English, marked', () => {
    const { kb, report } = compileFixture((sourceDir) => {
      mkdirSync(join(sourceDir, 'locales', 'de'));
      writeJson(join(sourceDir, 'locales', 'de', 'messages.json'), { language: { name: 'Deutsch' } });
    });
    expect(kb.languages()).toEqual(['en', 'de', 'fr']);
    const de = kb.locale('de');
    expect(de.codeTexts(303).registration!.untranslated).toEqual([
      'summary',
      'description',
      'whenSeen',
      'howToResolve.client',
      'howToResolve.server',
      'advice',
    ]);
    expect(de.untranslatedMessages.has('headings.description')).toBe(true);
    expect(de.untranslatedMessages.has('language.name')).toBe(false);
    expect(report.languages.find((language) => language.tag === 'de')!.texts.translated).toBe(0);
  });

  test('with more plural forms than English (Russian: one, few, many, other), each count gets its form', () => {
    const { kb } = compileFixture((sourceDir) => {
      mkdirSync(join(sourceDir, 'locales', 'ru'));
      writeJson(join(sourceDir, 'locales', 'ru', 'messages.json'), {
        differences: {
          redirect: { permanent: { one: '{codes}: one', few: '{codes}: few', many: '{codes}: many', other: '{codes}: other' } },
        },
      });
    });
    expect([1, 2, 5, 21, 1.5].map(kb.locale('ru').plural)).toEqual(['one', 'few', 'many', 'one', 'other']);
  });
});

describe('the compiler refuses wrong sources, naming each problem', () => {
  test.each([
    [
      'a related code nobody knows',
      edit('codes/2xx.json', (codes) => codes['200'].related.push(299)),
      /200: related code 299 is not known/,
    ],
    [
      'a code in the file of another class',
      edit('codes/2xx.json', (codes) => (codes['399'] = codes['200'])),
      /codes\/2xx.json: 399 belongs in codes\/3xx.json/,
    ],
    ['a fact outside the schema', edit('codes/3xx.json', (codes) => (codes['303'].retry = 'maybe')), /codes\/3xx.json\/303\/retry/],
    [
      'a fact missing',
      edit('codes/3xx.json', (codes) => delete codes['303'].reachesClient),
      /codes\/3xx.json\/303: must have required property 'reachesClient'/,
    ],
    [
      'a comparison named out of order',
      (dir: string) => writeFileSync(join(dir, 'comparisons', '303-302.json'), readFileSync(join(dir, 'comparisons', '302-303.json'))),
      /comparisons\/303-302.json: the name must be two or more different codes, ascending/,
    ],
    [
      'a grid along a fact that has no named values',
      edit('comparisons/302-303.json', (c) => (c.grid = { rows: 'redirect', columns: 'related' })),
      /a grid's axis must be one of/,
    ],
    [
      'an English text missing',
      edit('locales/en/codes/4xx.json', (texts) => delete texts['404'].whenSeen),
      /locales\/en\/codes: 404 lacks texts/,
    ],
    [
      'an English comparison missing',
      (dir: string) => rmSync(join(dir, 'locales', 'en', 'comparisons', '302-303.json')),
      /locales\/en\/comparisons\/302-303.json is missing/,
    ],
    [
      'a translated message with other placeholders',
      edit('locales/fr/messages.json', (m) => (m.errors.notFound = 'aucun code pour {saisie}')),
      /errors.notFound must use the placeholders of English/,
    ],
    [
      'a message English does not have',
      edit('locales/fr/messages.json', (m) => (m.errors.typo = 'coquille')),
      /errors.typo is not an English message/,
    ],
    [
      'plural forms the language does not have',
      edit('locales/fr/messages.json', (m) => (m.differences.redirect.none.few = 'x {codes}')),
      /differences.redirect.none has forms one, other, few; fr has one, many, other/,
    ],
    [
      'a language CLDR does not know',
      (dir: string) => {
        mkdirSync(join(dir, 'locales', 'qq'));
        writeJson(join(dir, 'locales', 'qq', 'messages.json'), {});
      },
      /no CLDR plural rules for "qq"/,
    ],
  ])('%s', (_what, change, problem) => {
    expect(problemsOf(change)).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });
});

test('the shipped data compiles', () => {
  const outDir = join(__dirname, '../../dist-test-kb');
  try {
    const report = compileKnowledgeBase({ sourceDir: join(__dirname, '../../data'), outDir });
    expect(report.languages.map((language) => language.tag)).toEqual(expect.arrayContaining(['en', 'fr']));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
