import type { KnowledgeBase } from '../kb/knowledgeBase';
import { normalizeName } from '../kb/names';
import { CLASS_KEYS, type ClassKey, type NameMatch, type NameVia } from '../kb/types';
import { NotFoundError, UsageError } from '../errors';
import { byLength, closeNames, KeywordSearch, type NamesByLength } from './search';

/** How a query was understood; `exact` is false when it was a guess (a keyword search, a typo forgiven). */
export interface Match {
  query: string;
  via: 'number' | 'status-line' | 'code-and-phrase' | NameVia | 'class-name' | 'keywords' | 'typo';
  exact: boolean;
  /** the ecosystems whose constant the query is (via "constant") */
  ecosystems?: string[];
  /** the vendor whose name for the code the query is (via "vendor") */
  vendor?: string;
  /** the language whose name the query is (via "localized" or "class-name") */
  lang?: string;
}

/** What a query names: one code (registered, vendor or unassigned), a whole class, or several candidates. */
export type Resolution =
  | { kind: 'code'; code: number; query: string; match: Match }
  | { kind: 'class'; class: ClassKey; query: string; match: Match }
  | {
      kind: 'candidates';
      codes: number[];
      total: number;
      query: string;
      /** codes among them that the query names through a vendor's meaning: code → the vendor's id */
      vendors?: Record<number, string>;
    };

const STATUS_LINE = /^HTTP\/\d(?:\.\d)?\s+(\d{3})(?:\s.*)?$/i;
/** "404 Not Found", as browsers and logs print it. */
const CODE_AND_PHRASE = /^(\d{3})\s+(\S.*)$/;
const CLASS = /^([1-5])xx$/i;
const DIGITS = /^\d+$/;
const NUMBER_LIKE = /^[+-]?(\d|\.\d)/;
/** Written as code writes a constant: with a qualifier, underscores, colons, or in camelCase. */
const CODE_LIKE = /[_:.]|[a-z][A-Z]/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Longer than any reason phrase or alias by far: such input is not worth a search. */
const MAX_NAME_LENGTH = 100;
/** Shorter than any word worth searching for. */
const MIN_SEARCH_LENGTH = 3;

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

/** Header fields that `curl -sI` prints after the status line ("Content-Type: text/html"). */
const HEADER_FIELD = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+:\s/;

/** Whether a line of input is a header field, which a reader of `curl -sI` output skips. */
export function isHeaderField(line: string): boolean {
  return HEADER_FIELD.test(line);
}

/** Looks names up in the indexes the build prepared (dist/kb/names.json and search.json), read on first need. */
export class NameIndex {
  readonly keywords: KeywordSearch;
  private namesByLength?: NamesByLength;

  constructor(private readonly kb: KnowledgeBase) {
    this.keywords = new KeywordSearch(kb);
  }

  /** What an exact name leads to, best kind of match first. */
  exact(name: string): NameMatch[] {
    const { names } = this.kb.names;
    return Object.hasOwn(names, name) ? names[name] : [];
  }

  /**
   * A constant as code writes it, with or without a qualifier: "http.StatusTeapot", "SC_FOUND", ":not_found". A
   * qualifier narrows it to the ecosystems that write it so ("StatusCode::PAYLOAD_TOO_LARGE" is Rust's), its exact
   * case first (Python's "HTTPStatus." is not Spring's "HttpStatus.").
   */
  constant(text: string): NameMatch[] {
    const { constants, qualifiers } = this.kb.names;
    const lookUp = (name: string) => {
      const key = name.toLowerCase();
      return Object.hasOwn(constants, key) ? constants[key] : [];
    };
    const lower = text.toLowerCase();
    for (const prefixed of [(q: string) => text.startsWith(q), (q: string) => lower.startsWith(q.toLowerCase())]) {
      for (const [qualifier, ecosystems] of qualifiers) {
        if (!prefixed(qualifier)) continue;
        const matches = lookUp(text.slice(qualifier.length)).filter(([, , ecosystem]) => ecosystems.includes(ecosystem!));
        if (matches.length > 0) return matches;
      }
    }
    return lookUp(text);
  }

  className(name: string): ClassKey | undefined {
    const { classes } = this.kb.names;
    return Object.hasOwn(classes, name) ? classes[name] : undefined;
  }

  /** Names within a typo or two of the query, and the codes they name. */
  typo(name: string): number[] {
    const { names } = this.kb.names;
    this.namesByLength ??= byLength(Object.keys(names));
    return [...new Set(closeNames(name, this.namesByLength).flatMap((known) => names[known].map(([code]) => code)))].sort((a, b) => a - b);
  }
}

const VIA_ORDER: NameVia[] = ['reason', 'alias', 'constant', 'localized', 'vendor'];

/** The match of the best kind among several: the codes it leads to, and how. */
function best(matches: NameMatch[]): { codes: number[]; via: NameVia; details: string[] } | undefined {
  if (matches.length === 0) return undefined;
  const via = VIA_ORDER.find((kind) => matches.some((match) => match[1] === kind))!;
  const top = matches.filter((match) => match[1] === via);
  return {
    codes: [...new Set(top.map(([code]) => code))],
    via,
    details: [...new Set(top.flatMap(([, , detail]) => (detail ? [detail] : [])))],
  };
}

function matchOf(query: string, via: NameVia, details: string[]): Match {
  const match: Match = { query, via, exact: true };
  if (via === 'constant') match.ecosystems = details;
  if (via === 'vendor') match.vendor = details[0];
  if (via === 'localized') match.lang = details[0];
  return match;
}

/** A number of three digits from 100 to 599, or a usage error. */
function codeNumber(digits: string, query: string): number {
  const code = Number(digits);
  if (digits.length !== 3 || code < 100 || code > 599) throw new UsageError('notACode', { input: query });
  return code;
}

/** Turns one query typed by a user into what it names. Throws UsageError or NotFoundError. */
export function resolveQuery(kb: KnowledgeBase, query: string, names = new NameIndex(kb)): Resolution {
  // Format characters (zero-width spaces, bidi marks) are invisible: a query pasted with them means the same.
  const text = (PRINTABLE_ASCII.test(query) ? query : query.normalize('NFKC').replace(/\p{Cf}/gu, '')).trim();
  if (text === '') throw new UsageError('emptyQuery');

  const statusLine = STATUS_LINE.exec(text);
  if (statusLine) return { kind: 'code', code: codeNumber(statusLine[1], query), query, match: { query, via: 'status-line', exact: true } };
  if (DIGITS.test(text)) return { kind: 'code', code: codeNumber(text, query), query, match: { query, via: 'number', exact: true } };
  const codeAndPhrase = CODE_AND_PHRASE.exec(text);
  if (codeAndPhrase) return resolveCodeAndPhrase(query, codeNumber(codeAndPhrase[1], query), codeAndPhrase[2], names);
  const cls = CLASS.exec(text);
  if (cls) return { kind: 'class', class: CLASS_KEYS[Number(cls[1]) - 1], query, match: { query, via: 'class-name', exact: true } };
  const name = normalizeName(text);
  if ((NUMBER_LIKE.test(text) || /^HTTP\//i.test(text)) && names.exact(name).length === 0)
    throw new UsageError('notACode', { input: query });
  if (name === '' || name.length > MAX_NAME_LENGTH) throw new NotFoundError('notFound', { input: query });

  // A name: a constant as code writes it ("SC_FOUND", "http.StatusTeapot") or an exact name, the registered ones
  // first. A vendor's name, or a constant that is a plain word (.NET's "Redirect"), is only a weak match.
  const codeLike = CODE_LIKE.test(text);
  // A constant is one word: a line with spaces is never one (Node's phrases are reason phrases, indexed as names).
  const constants = /\s/.test(text) ? [] : names.constant(text);
  const exact = codeLike ? (best(constants) ?? best(names.exact(name))) : best([...names.exact(name), ...constants]);
  const weak = exact !== undefined && (exact.via === 'vendor' || (exact.via === 'constant' && !codeLike));
  if (exact && !weak) {
    if (exact.codes.length > 1) return { kind: 'candidates', codes: exact.codes, total: exact.codes.length, query };
    return { kind: 'code', code: exact.codes[0], query, match: matchOf(query, exact.via, exact.details) };
  }
  const namedClass = names.className(name);
  if (namedClass) return { kind: 'class', class: namedClass, query, match: { query, via: 'class-name', exact: true } };
  // Two Chinese or Japanese characters make a word; two Latin letters do not.
  const shortest = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name) ? 2 : MIN_SEARCH_LENGTH;
  if (name.length < shortest && !exact) throw new UsageError('queryTooShort', { input: query, min: MIN_SEARCH_LENGTH });

  const found = names.keywords.search(name);
  if (exact) {
    // A weak name for a code ("Redirect": Exchange's 451, .NET's 302) never hides the registered codes whose names
    // and texts say the same: then the user chooses.
    const others = found.codes.filter((code) => !exact.codes.includes(code) && kb.list().find((entry) => entry.code === code)?.official);
    if (others.length === 0 && exact.codes.length === 1)
      return { kind: 'code', code: exact.codes[0], query, match: matchOf(query, exact.via, exact.details) };
    // Ranked as the search ranks them, the vendor's code among them, shown with the vendor's meaning.
    const codes = [...found.codes, ...exact.codes.filter((code) => !found.codes.includes(code))];
    const vendors = Object.fromEntries(names.exact(name).flatMap(([code, via, vendor]) => (via === 'vendor' ? [[code, vendor!]] : [])));
    return { kind: 'candidates', codes, total: Math.max(codes.length, found.total), query, vendors };
  }
  if (found.codes.length === 1) return { kind: 'code', code: found.codes[0], query, match: { query, via: 'keywords', exact: false } };
  if (found.codes.length > 1) return { kind: 'candidates', codes: found.codes, total: found.total, query };
  // Typos are forgiven in words: a name with digits in it ("bogus42", a log line) is no misspelled reason phrase.
  const close = /\d/.test(name) ? [] : names.typo(name);
  if (close.length === 1) return { kind: 'code', code: close[0], query, match: { query, via: 'typo', exact: false } };
  if (close.length > 1) return { kind: 'candidates', codes: close, total: close.length, query };
  throw new NotFoundError('notFound', { input: query });
}

/** "404 Not Found": the code, unless the phrase names another code ("404 Gone"). */
function resolveCodeAndPhrase(query: string, code: number, phrase: string, names: NameIndex): Resolution {
  const named = best(names.exact(normalizeName(phrase)));
  if (named && !named.codes.includes(code)) {
    throw new UsageError('phraseMismatch', { input: query, code, phrase, other: named.codes });
  }
  return { kind: 'code', code, query, match: { query, via: 'code-and-phrase', exact: named !== undefined } };
}

/** A query that must name a single code, as a comparison needs: a class or several candidates is an error. */
export function resolveOne(kb: KnowledgeBase, query: string, names?: NameIndex): Extract<Resolution, { kind: 'code' }> {
  const resolution = resolveQuery(kb, query, names);
  if (resolution.kind === 'code') return resolution;
  if (resolution.kind === 'class') throw new UsageError('classNotAllowed', { input: query });
  throw new NotFoundError('ambiguous', { input: query, candidates: resolution.codes });
}

export function resolveCode(kb: KnowledgeBase, query: string, names?: NameIndex): number {
  return resolveOne(kb, query, names).code;
}
