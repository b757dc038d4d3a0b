import type { KnowledgeBase } from '../kb/knowledgeBase';
import { searchTerms } from '../kb/names';
import type { CompiledSearch } from '../kb/types';

/** At most this many candidates are listed: past them, the query is too vague to be worth a list. */
export const MAX_CANDIDATES = 12;
/**
 * The least weight a code's texts must give the query's words for the code to be about them (see the weights in
 * src/kb/compile.ts): a word in a name, or in several of its texts; not a word said once in passing.
 */
const MIN_WEIGHT = 3;

/** Codes ranked by how well they match a query's words, best first. */
export interface SearchResult {
  codes: number[];
  /** how many codes matched in all, before the list was cut */
  total: number;
}

/**
 * The keyword search: codes whose names or texts (in any language) hold every word of the query, ranked by the
 * weight of those words (a word in a name counts most) and by how rare each word is. Reads dist/kb/search.json,
 * the first time a query needs it.
 */
export class KeywordSearch {
  private index?: CompiledSearch;

  constructor(private readonly kb: KnowledgeBase) {}

  search(query: string): SearchResult {
    this.index ??= this.kb.search;
    const { terms } = this.index;
    const known = this.kb.list().length;
    const words = [...new Set(searchTerms(query))];
    if (words.length === 0) return { codes: [], total: 0 };
    // For each code holding every word so far: its score (weights by rarity) and its plain weight.
    let scores: Map<number, [score: number, weight: number]> | undefined;
    for (const word of words) {
      const postings = Object.hasOwn(terms, word) ? terms[word] : [];
      // Words are rarer, and so worth more, the fewer codes hold them.
      const rarity = Math.log(1 + known / Math.max(1, postings.length));
      const next = new Map<number, [number, number]>();
      for (const [code, weight] of postings) {
        const [score, total] = scores?.get(code) ?? [0, 0];
        if (scores === undefined || scores.has(code)) next.set(code, [score + weight * rarity, total + weight]);
      }
      scores = next;
      if (scores.size === 0) break;
    }
    const ranked = [...scores!]
      .filter(([, [, weight]]) => weight >= MIN_WEIGHT)
      .sort((a, b) => b[1][0] - a[1][0] || a[0] - b[0])
      .map(([code]) => code);
    return { codes: ranked.slice(0, MAX_CANDIDATES), total: ranked.length };
  }
}

/** Two rows of the edit-distance table, reused from one comparison to the next: a batch compares thousands of names. */
let rows = [new Int32Array(128), new Int32Array(128)];

/** The edit distance between two names, or `limit + 1` as soon as it is sure to exceed `limit`. */
function levenshtein(a: string, b: string, limit: number): number {
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (letter === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
      current[j] = value;
      if (value < best) best = value;
    }
    // No cell of this row is within the limit: the distance will not come back under it.
    if (best > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** Names grouped by length: a typo changes the length by at most its number of edits, so few groups are read. */
export type NamesByLength = Map<number, string[]>;

export function byLength(names: Iterable<string>): NamesByLength {
  const groups: NamesByLength = new Map();
  for (const name of names) groups.set(name.length, [...(groups.get(name.length) ?? []), name]);
  return groups;
}

/** Letter counts, reused: how many of one name's letters the other lacks. */
const letterCounts = new Int16Array(128);

/**
 * How many letters of `a` are missing from `b` (counting repeats; letters folded onto 128 slots): each edit adds at
 * most one, so a larger count rules out a typo at a cost linear in the lengths.
 */
function missingLetters(a: string, b: string): number {
  for (let i = 0; i < b.length; i++) letterCounts[b.charCodeAt(i) & 127]++;
  let missing = 0;
  for (let i = 0; i < a.length; i++) if (letterCounts[a.charCodeAt(i) & 127]-- <= 0) missing++;
  letterCounts.fill(0);
  return missing;
}

/**
 * Names within a typo or two of `name` ("not foud"), read only among names of a close length, and compared only
 * when they share enough of its letters: a line that is no name at all (a log line) costs next to nothing.
 */
export function closeNames(name: string, names: NamesByLength): string[] {
  const tolerance = Math.min(2, Math.floor(name.length / 4));
  if (tolerance === 0) return [];
  const close: string[] = [];
  for (let length = name.length - tolerance; length <= name.length + tolerance; length++) {
    for (const known of names.get(length) ?? []) {
      // Each edit changes at most two of the first and last letters: more differences than that cannot be a typo.
      if ((known[0] !== name[0] ? 1 : 0) + (known[known.length - 1] !== name[name.length - 1] ? 1 : 0) > tolerance) continue;
      if (missingLetters(name, known) > tolerance) continue;
      if (levenshtein(name, known, tolerance) <= tolerance) close.push(known);
    }
  }
  return close;
}
