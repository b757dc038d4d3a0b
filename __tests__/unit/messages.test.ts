import { Messages } from '../../src/i18n/messages';

const en = new Messages('en', {
  c: { one: '{codes} is cacheable', other: '{codes} are cacheable' },
  n: { one: '{n} code', other: '{n} codes' },
  grammar: { contrastTwo: '{0}, whereas {1}', clauseJoiner: '; ', sentenceEnd: '.', listSeparator: ', ', listTwo: ' and ', listLast: ', and ' },
  hello: 'hello {name} {unknown}',
}, { one: [1] });
const fr = new Messages('fr', {
  c: { one: 'le code {codes} est', other: 'les codes {codes} sont' },
  n: { one: '{n} code', other: '{n} codes' },
  grammar: { contrastTwo: '{0}, alors que {1}', clauseJoiner: '\u202f; ', sentenceEnd: '.', listSeparator: ', ', listTwo: ' et ', listLast: ' et ' },
}, { one: [0, 1] });

test('fills placeholders and leaves unknown ones visible', () => expect(en.text('hello', { name: 'x' })).toBe('hello x {unknown}'));
test('plural forms follow the language rules', () => {
  expect(en.plural('c', 1, { codes: '301' })).toBe('301 is cacheable');
  expect(en.plural('c', 2, { codes: en.list(['301', '308']) })).toBe('301 and 308 are cacheable');
  expect(fr.plural('c', 3, { codes: fr.list(['302', '303', '307']) })).toBe('les codes 302, 303 et 307 sont');
  // Zero is plural in English, singular in French.
  expect(en.plural('n', 0, { n: 0 })).toBe('0 codes');
  expect(fr.plural('n', 0, { n: 0 })).toBe('0 code');
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
