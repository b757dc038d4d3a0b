import type { Registration } from './types';
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * "Unprocessable_Entity", "I’m a teapot", "see-other", "Théière" → "unprocessable entity", "im a teapot",
 * "see other", "theiere": the form in which names are indexed at build time and looked up at run time, so that both
 * agree. Accents are dropped from Latin letters only (a user may not type them); other scripts keep their marks.
 */
export function normalizeName(text: string): string {
  // Plain ASCII has nothing to decompose: a batch of log lines skips the two Unicode normalizations.
  const folded = PRINTABLE_ASCII.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFKD')
        .toLowerCase()
        .replace(/([a-z])[\u0300-\u036f]+/g, '$1')
        .normalize('NFKC');
  return folded
    .replace(/['\u2019`]/g, '')
    .replace(/[\s_\-.,:;!?()"\u00ab\u00bb\u201c\u201d\u201e]+/g, ' ')
    .trim();
}

/** Endings dropped from a word, longest first, so that its forms meet: "redirects", "redirection", "redirected". */
const ENDINGS = ['ations', 'ation', 'ions', 'ion', 'ings', 'ing', 'ies', 'ed', 'es', 's'];

/** A word without its ending, if what remains is long enough to still mean something. */
function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) return word.slice(0, -ending.length) + (ending === 'ies' ? 'y' : '');
  }
  return word;
}

/**
 * The words a keyword search indexes and looks for: normalized, three letters or more, each reduced to its stem so
 * that "limits" finds "limitation" and "redirect" finds "redirections" (a light stemming, the same for every
 * language we ship: it only has to make the index and the query agree).
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of normalizeName(text).split(' ')) {
    // Chinese and Japanese put no spaces between words: their runs are indexed as pairs of characters, which a
    // query's pairs then find wherever they stand ("超时" in "网关超时"). The Latin parts stay words.
    if (WIDE_SCRIPT.test(word)) {
      for (const part of word.split(WIDE_RUN)) {
        if (WIDE_SCRIPT.test(part)) for (let i = 0; i + 1 < part.length; i++) terms.push(part.slice(i, i + 2));
        else if (part.length >= 3) terms.push(stem(part));
      }
    } else if (word.length >= 3) {
      terms.push(stem(word));
    }
  }
  return terms;
}

/** Han characters, kana and the long-vowel mark: the scripts written without spaces between words. */
const WIDE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u;
const WIDE_RUN = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]+)/u;

/** A code's names besides its reason phrase: IANA's former ones, then the others ("I'm a teapot"). */
export function namesOf(registration: Pick<Registration, 'aliases' | 'formerReasons'>): string[] {
  return [...(registration.formerReasons ?? []), ...registration.aliases];
}
