import { Messages } from '../../src/i18n/messages';

type Category = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
const english = (count: number): Category => (count === 1 ? 'one' : 'other');
const french = (count: number): Category => (count === 0 || count === 1 ? 'one' : 'other');
/** Slavic-like: four forms, as Russian has. */
const russian = (count: number): Category => {
  const last = count % 10;
  const lastTwo = count % 100;
  if (last === 1 && lastTwo !== 11) return 'one';
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return 'few';
  return 'many';
};

const grammar = (contrast: string, joiner: string, two: string, last: string) => ({
  contrastTwo: contrast,
  clauseJoiner: joiner,
  sentenceEnd: '.',
  listSeparator: ', ',
  listTwo: two,
  listLast: last,
});
const en = new Messages(
  'en',
  {
    c: { one: '{codes} is cacheable', other: '{codes} are cacheable' },
    n: { one: '{n} code', other: '{n} codes' },
    grammar: grammar('{0}, whereas {1}', '; ', ' and ', ', and '),
    hello: 'hello {name} {unknown}',
    fallback: 'from English',
  },
  () => english,
  new Set(['fallback']),
);
const fr = new Messages(
  'fr',
  {
    c: { one: 'le code {codes} est', other: 'les codes {codes} sont' },
    n: { one: '{n} code', other: '{n} codes' },
    grammar: grammar('{0}, alors que {1}', '\u202f; ', ' et ', ' et '),
  },
  () => french,
);
const ru = new Messages('ru', { n: { one: '{n} код', few: '{n} кода', many: '{n} кодов', other: '{n} кода' } }, () => russian);

test('fills placeholders and leaves unknown ones visible', () => expect(en.text('hello', { name: 'x' })).toBe('hello x {unknown}'));

test('plural forms follow the language rule', () => {
  expect(en.plural('c', 1, { codes: '301' })).toBe('301 is cacheable');
  expect(en.plural('c', 2, { codes: en.list(['301', '308']) })).toBe('301 and 308 are cacheable');
  expect(fr.plural('c', 3, { codes: fr.list(['302', '303', '307']) })).toBe('les codes 302, 303 et 307 sont');
  // Zero is plural in English, singular in French.
  expect(en.plural('n', 0, { n: 0 })).toBe('0 codes');
  expect(fr.plural('n', 0, { n: 0 })).toBe('0 code');
});

test('a language with more forms gets each of them', () => {
  expect([1, 2, 5, 21, 22, 11].map((n) => ru.plural('n', n, { n }))).toEqual([
    '1 код',
    '2 кода',
    '5 кодов',
    '21 код',
    '22 кода',
    '11 кодов',
  ]);
});

test('a form the message lacks falls back to "other"', () => {
  expect(new Messages('ru', { n: { one: 'один', other: 'много' } }, () => russian).plural('n', 5)).toBe('много');
});

test('two clauses contrast, more are joined, the sentence is capitalized', () => {
  expect(fr.sentence(['le code 301 est', 'le code 302 non'])).toBe('Le code 301 est, alors que le code 302 non.');
  expect(en.sentence(['a', 'b', 'c'])).toBe('A; b; c.');
});

test('a missing message is a bug, not silence', () => expect(() => en.text('nope')).toThrow(/missing message/));

test('a sentence of three clauses or more can be cut after each clause; two stay one line', () => {
  const clauses = ['le code 301 est permanent', 'le code 302 non', 'le code 307 non plus'];
  expect(fr.sentenceLines(clauses)).toEqual(['Le code 301 est permanent\u202f;', 'le code 302 non\u202f;', 'le code 307 non plus.']);
  expect(fr.sentenceLines(clauses).join(' ')).toBe(fr.sentence(clauses));
  expect(en.sentenceLines(['a', 'b'])).toEqual([en.sentence(['a', 'b'])]);
});

test('messages taken from English are recorded while an answer is built, and only then', () => {
  expect(en.recordFallbacks(() => [en.text('hello'), en.text('fallback')])).toEqual({
    value: ['hello {name} {unknown}', 'from English'],
    fallbacks: ['fallback'],
  });
  expect(en.recordFallbacks(() => en.text('hello')).fallbacks).toEqual([]);
  // Nested recordings each see what they used; the outer one sees all.
  const outer = en.recordFallbacks(() => en.recordFallbacks(() => en.text('fallback')).fallbacks);
  expect(outer).toEqual({ value: ['fallback'], fallbacks: ['fallback'] });
});
