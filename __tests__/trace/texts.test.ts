/**
 * The texts of the findings: compiled like the other texts (English complete, other languages falling back per
 * text and saying so, the placeholders of English), and one for every finding the rules can produce.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../../src/kb/compile';
import { KnowledgeBase } from '../../src/kb/knowledgeBase';
import { compileFixture } from '../fixtures/compileFixture';

const data = join(__dirname, '../../data');
const english = JSON.parse(readFileSync(join(data, 'locales/en/findings.json'), 'utf8'));

/** Compiles the fixture knowledge base with these findings texts. */
function withFindings(en: object, fr?: object) {
  return compileFixture((sourceDir) => {
    writeFileSync(join(sourceDir, 'locales/en/findings.json'), JSON.stringify(en));
    if (fr) writeFileSync(join(sourceDir, 'locales/fr/findings.json'), JSON.stringify(fr));
  });
}

test('a language lacking a text of a finding gets the English one, listed as untranslated', () => {
  const { kb, report } = withFindings(
    { 'redirect-loop': { title: 'Loop at hop {hop}', why: 'Why.', fix: 'Fix.' } },
    { 'redirect-loop': { title: 'Boucle à l’étape {hop}', why: 'Pourquoi.' } },
  );
  expect(kb.locale('fr').findingTexts()['redirect-loop']).toEqual({
    texts: { title: 'Boucle à l’étape {hop}', why: 'Pourquoi.', fix: 'Fix.' },
    untranslated: ['fix'],
  });
  expect(report.languages.find((language) => language.tag === 'fr')?.missing).toContain('findings redirect-loop: fix');
});

test('English must have every text of a finding; other languages the placeholders of English, and no finding of their own', () => {
  expect(() => withFindings({ 'redirect-loop': { title: 'Loop', why: 'Why.' } })).toThrow(DataError);
  expect(() => withFindings({ 'redirect-loop': { title: 'Loop', why: 'Why.' } })).toThrow(
    /locales\/en\/findings\.json: redirect-loop lacks texts/,
  );
  const en = { 'redirect-loop': { title: 'Loop at hop {hop}', why: 'Why.', fix: 'Fix.' } };
  expect(() => withFindings(en, { 'redirect-loop': { title: 'Boucle à l’étape {étape}' } })).toThrow(
    /redirect-loop\.title must use the placeholders of English/,
  );
  expect(() => withFindings(en, { 'unknown-thing': { title: 'Autre' } })).toThrow(/unknown-thing is not an English finding/);
});

test('a knowledge base without findings texts compiles (the fixture has none)', () => {
  const { kb } = compileFixture();
  expect(kb.locale('en').findingTexts()).toEqual({});
});

describe('every finding the rules can produce has its texts, in English and French', () => {
  const kb = new KnowledgeBase();
  // The keys of the rules, and one per header the facts require or recommend (those without texts of their own
  // take the general "missing-header").
  const ruleKeys = [
    'redirect-loop',
    'too-many-redirects',
    'https-downgrade',
    'redirect-chain',
    'temporary-before-permanent',
    'post-becomes-get',
    'invalid-location',
    'permanent-redirect-cached',
    'permanent-redirect-no-expiry',
    'vendor-code',
    'unknown-status',
    'credentials-withheld',
    'missing-header',
  ];
  test.each(['en', 'fr'])('%s', (lang) => {
    const texts = kb.locale(lang).findingTexts();
    for (const key of ruleKeys) expect([key, texts[key]?.untranslated]).toEqual([key, []]);
    expect(Object.keys(texts).sort()).toEqual(Object.keys(english).sort());
    // The texts a header has of its own name it through {header}, as the general one does.
    for (const [key, { texts: own }] of Object.entries(texts))
      if (key.startsWith('missing-') && key !== 'missing-location')
        expect([key, own.title]).toEqual([key, expect.stringContaining('{header}')]);
  });
});
