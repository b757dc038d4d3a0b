import type { KnowledgeBase } from '../kb/knowledgeBase';
import { normalizeName } from '../kb/names';
import { CLASS_KEYS, type ClassKey, type NameMatch } from '../kb/types';
import { NotFoundError, UsageError } from '../errors';

/** How a query was matched to a code. */
export type Via = 'number' | 'status-line' | 'name' | 'search';

/** What a query names: one code (registered, vendor or unassigned), a whole class, or several candidates. */
export type Resolution =
  | { kind: 'code'; code: number; query: string; via: Via }
  | { kind: 'class'; class: ClassKey; query: string }
  | { kind: 'candidates'; codes: number[]; query: string };

const STATUS_LINE = /^HTTP\/\d(?:\.\d)?\s+(\d{3})(?:\s.*)?$/i;
const CLASS = /^([1-5])xx$/i;
const DIGITS = /^\d+$/;
const NUMBER_LIKE = /^[+-]?(\d|\.\d)/;
/** Longer than any reason phrase or alias by far: such input is not worth a fuzzy search. */
const MAX_NAME_LENGTH = 100;

/**
 * Whether a command-line argument stands alone as a query (a number, class, status line, or a name the user
 * quoted, which holds a space) or is one word of a name typed without quotes.
 */
function standsAlone(word: string): boolean {
  const text = word.normalize('NFKC').trim();
  return text === '' || /\s/.test(text) || NUMBER_LIKE.test(text) || CLASS.test(text) || /^HTTP\//i.test(text);
}

/** Command-line words → queries: `303 see other 404` is three queries, `payload too large` one, `"see other" accepted` two. */
export function splitQueries(words: readonly string[]): string[] {
  const queries: string[] = [];
  let name: string[] = [];
  const flushName = () => {
    if (name.length > 0) queries.push(name.join(' '));
    name = [];
  };
  for (const word of words) {
    if (standsAlone(word)) {
      flushName();
      queries.push(word);
    } else {
      name.push(word);
    }
  }
  flushName();
  return queries;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Looks names up in the index the build prepared (dist/kb/names.json). */
export class NameIndex {
  constructor(private readonly kb: KnowledgeBase) {}

  /** The code an exact name leads to: the best kind of match wins (a registered phrase over a vendor's). */
  exact(name: string): NameMatch | undefined {
    const matches = Object.hasOwn(this.kb.names.names, name) ? this.kb.names.names[name] : undefined;
    return matches?.[0];
  }

  /** Codes whose names contain every word of the query, else those within a typo or two of it. */
  search(name: string): number[] {
    const words = name.split(' ');
    const found = new Set<number>();
    const entries = Object.entries(this.kb.names.names);
    for (const [known, matches] of entries) {
      if (words.every((word) => known.includes(word))) for (const [code] of matches) found.add(code);
    }
    if (found.size === 0) {
      const tolerance = Math.min(2, Math.floor(name.length / 4));
      for (const [known, matches] of entries) {
        if (levenshtein(name, known) <= tolerance) for (const [code] of matches) found.add(code);
      }
    }
    return [...found].sort((a, b) => a - b);
  }
}

/** Header fields that `curl -sI` prints after the status line ("Content-Type: text/html"). */
const HEADER_FIELD = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+:\s/;

/** Whether a line of input is a header field, which a reader of `curl -sI` output skips. */
export function isHeaderField(line: string): boolean {
  return HEADER_FIELD.test(line);
}

/** Turns one query typed by a user into what it names. Throws UsageError or NotFoundError. */
export function resolveQuery(kb: KnowledgeBase, query: string, names = new NameIndex(kb)): Resolution {
  // Format characters (zero-width spaces, bidi marks) are invisible: a query pasted with them means the same.
  const text = query.normalize('NFKC').replace(/\p{Cf}/gu, '').trim();
  if (text === '') throw new UsageError('emptyQuery');

  const statusLine = STATUS_LINE.exec(text);
  const digits = statusLine ? statusLine[1] : DIGITS.test(text) ? text : undefined;
  if (digits !== undefined) {
    const code = Number(digits);
    if (digits.length !== 3 || code < 100 || code > 599) throw new UsageError('notACode', { input: query });
    return { kind: 'code', code, query, via: statusLine ? 'status-line' : 'number' };
  }
  const cls = CLASS.exec(text);
  if (cls) return { kind: 'class', class: CLASS_KEYS[Number(cls[1]) - 1], query };
  if (NUMBER_LIKE.test(text) || /^HTTP\//i.test(text)) throw new UsageError('notACode', { input: query });

  const name = normalizeName(text);
  if (name === '' || name.length > MAX_NAME_LENGTH) throw new NotFoundError('notFound', { input: query });
  const exact = names.exact(name);
  if (exact !== undefined) return { kind: 'code', code: exact[0], query, via: 'name' };
  const candidates = names.search(name);
  if (candidates.length === 0) throw new NotFoundError('notFound', { input: query });
  if (candidates.length === 1) return { kind: 'code', code: candidates[0], query, via: 'search' };
  return { kind: 'candidates', codes: candidates, query };
}

/** A query that must name a single code, as a comparison needs: a class or several candidates is an error. */
export function resolveCode(kb: KnowledgeBase, query: string, names?: NameIndex): number {
  const resolution = resolveQuery(kb, query, names);
  if (resolution.kind === 'code') return resolution.code;
  if (resolution.kind === 'class') throw new UsageError('classNotAllowed', { input: query });
  throw new NotFoundError('ambiguous', { input: query, candidates: resolution.codes.join(', ') });
}
