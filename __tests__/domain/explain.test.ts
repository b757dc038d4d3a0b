import { explainCandidates, explainClass, explainCode } from '../../src/domain/explain';
import { compileFixture } from '../fixtures/compileFixture';

const { kb } = compileFixture();
const englishTexts = (code: number) => kb.locale('en').codeTexts(code).registration!.texts;

describe('explainCode', () => {
  test('a registered code: its registration, its texts, its behaviour facts, its comparisons and constants', () => {
    const entry = explainCode(kb, 303, 'en');
    expect(entry).toMatchObject({
      code: 303,
      reason: 'See Other',
      class: '3xx',
      official: true,
      vendor: null,
      status: 'active',
      spec: { document: 'RFC 9110', section: '15.4.4' },
      summary: englishTexts(303).summary,
      advice: englishTexts(303).advice,
      redirect: { permanent: false, methodPreserved: false, method: 'becomes-get' },
      responseHeaders: [{ name: 'Location', requirement: 'should' }],
      confusedWith: [301, 302, 307, 308],
      constants: [expect.objectContaining({ ecosystem: 'go', name: 'StatusSeeOther' })],
      untranslated: [],
      lang: 'en',
    });
  });

  test('fields come in the documented order: identity, texts, behaviour facts as declared, the rest', () => {
    const match = { query: '303', via: 'number' as const, exact: true };
    expect(Object.keys(explainCode(kb, 303, 'en', match))).toEqual([
      'code',
      'reason',
      'localizedReason',
      'class',
      'className',
      'official',
      'vendor',
      'status',
      'spec',
      'aliases',
      'summary',
      'description',
      'whenSeen',
      'howToResolve',
      'advice',
      'redirect',
      'retry',
      'fault',
      'cacheableByDefault',
      'responseHeaders',
      'requestHeaders',
      'bodyAllowed',
      'reachesClient',
      'related',
      'confusedWith',
      'constants',
      'meanings',
      'sources',
      'match',
      'untranslated',
      'lang',
    ]);
  });

  test('a registered code lists its constant in every ecosystem, or says it has none', () => {
    expect(explainCode(kb, 303, 'en').constants.map((constant) => [constant.ecosystem, constant.name])).toEqual([['go', 'StatusSeeOther']]);
    expect(explainCode(kb, 499, 'en').constants).toEqual([]);
  });

  test("an unofficial code takes its most widespread meaning, and lists the others with their vendor's name", () => {
    const entry = explainCode(kb, 499, 'en');
    expect(entry).toMatchObject({
      official: false,
      status: 'unofficial',
      vendor: 'nginx',
      reason: 'Client Closed Request',
      spec: null,
      reachesClient: false,
    });
    expect(entry.meanings).toEqual([expect.objectContaining({ vendor: 'Esri ArcGIS', reason: 'Token Required' })]);
  });

  test('an unassigned code in range is explained through its class: treated as x00, never cacheable', () => {
    const entry = explainCode(kb, 299, 'en');
    expect(entry).toMatchObject({
      reason: null,
      official: false,
      status: 'unassigned',
      class: '2xx',
      cacheableByDefault: false,
      related: [200],
      constants: [],
      advice: null,
    });
    expect(entry.description).toContain('200 OK');
    expect(entry.sources).toEqual(kb.unrecognizedCodes.sources);
  });

  test('in another language: its texts, with the translated reason phrase beside the registered one', () => {
    const entry = explainCode(kb, 303, 'fr');
    expect(entry.reason).toBe('See Other');
    expect(entry.localizedReason).toBe(kb.locale('fr').codeTexts(303).registration!.texts.reason);
    expect(entry.summary).not.toBe(englishTexts(303).summary);
    expect(entry.untranslated).toEqual([]);
  });

  test('a text the language lacks is given in English and named in `untranslated`', () => {
    const entry = explainCode(kb, 404, 'fr');
    expect(entry.description).toBe(englishTexts(404).description);
    expect(entry.untranslated).toEqual(['description']);
  });
});

test('a class comes with the section that defines it and its known codes', () => {
  expect(explainClass(kb, '3xx', 'en')).toMatchObject({
    class: '3xx',
    spec: { document: 'RFC 9110', section: '15.4' },
    codes: [300, 301, 302, 303, 305, 306, 307, 308].map((code) => expect.objectContaining({ code })),
  });
});

test('candidates are listed as lists show codes', () => {
  expect(explainCandidates(kb, 'x', [302, 499], 'en', 5)).toMatchObject({
    candidates: [
      { code: 302, reason: 'Found', official: true, status: 'active', vendors: [] },
      { code: 499, reason: 'Client Closed Request', official: false, status: 'unofficial', vendors: ['nginx', 'esri'] },
    ],
    total: 5,
  });
});
