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

function levenshtein(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
      current.push(value);
      if (value < best) best = value;
    }
    // No cell of this row is within the limit: the distance will not come back under it.
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/**
 * Names within a typo or two of `name` ("not foud"): the cheap test of their lengths first, so that a line that
 * is no name at all (a log line) costs next to nothing.
 */
export function closeNames(name: string, names: Iterable<string>): string[] {
  const tolerance = Math.min(2, Math.floor(name.length / 4));
  if (tolerance === 0) return [];
  const close: string[] = [];
  for (const known of names) {
    if (Math.abs(known.length - name.length) > tolerance) continue;
    if (levenshtein(name, known, tolerance) <= tolerance) close.push(known);
  }
  return close;
}
