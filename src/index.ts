/**
 * httpdiff as a library: the knowledge base and the engine behind `httpexplain` and `httpdiff`.
 *
 *   import { explain, compare, resolve } from 'httpdiff';
 *   explain(303).reason;                     // "See Other"
 *   compare(302, 'see other', { lang: 'fr' }).differences;
 */
import { compareCodes, type Comparison } from './domain/compare';
import { explainClass, explainCode, type ClassOverview, type Explanation } from './domain/explain';
import { ExpectedError, UsageError } from './errors';
import { chooseLanguage, DEFAULT_LANGUAGE } from './i18n/language';
import { messagesFor } from './i18n/messages';
import { KnowledgeBase } from './kb/knowledgeBase';
import { errorMessage } from './i18n/errorMessage';
import { resolveCode, resolveOne, resolveQuery, type Resolution } from './resolve/resolve';

export interface Options {
  /** language of the texts ("en", "fr"); English when absent */
  lang?: string;
}

export type Query = string | number;

let shared: KnowledgeBase | undefined;
const knowledgeBase = () => (shared ??= new KnowledgeBase());

/**
 * Runs `work`, giving an expected error a readable English message ("no status code matches \"bogus\""); its `key`,
 * `params` and `exitCode` stay for programs that want to show it in another language.
 */
function readable<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ExpectedError) error.message = errorMessage(messagesFor(knowledgeBase(), DEFAULT_LANGUAGE), error);
    throw error;
  }
}

function checkQuery(query: unknown, name: string): asserts query is Query {
  if (typeof query !== 'string' && typeof query !== 'number') {
    throw new TypeError(`${name} must be a status code (number) or a query (string), not ${query === null ? 'null' : typeof query}`);
  }
}

/** The language asked for ("fr", "fr_FR" ...), checked as `--lang` is; English by default, not the environment. */
function languageOf(options: Options): string {
  return chooseLanguage(options.lang ?? DEFAULT_LANGUAGE, {}, knowledgeBase().languages());
}

/** What a query names: a code (`404`, `"not found"`, `"HTTP/1.1 404 Not Found"`), a class (`4xx`) or candidates. */
export function resolve(query: Query): Resolution {
  checkQuery(query, 'query');
  return readable(() => resolveQuery(knowledgeBase(), String(query)));
}

/** Explains one code, given as a number or anything `resolve` understands. */
export function explain(query: Query, options: Options = {}): Explanation {
  checkQuery(query, 'query');
  return readable(() => {
    const { code, match } = resolveOne(knowledgeBase(), String(query));
    return explainCode(knowledgeBase(), code, languageOf(options), match);
  });
}

/** A class (`"4xx"`) and its known codes. */
export function describeClass(query: string, options: Options = {}): ClassOverview {
  checkQuery(query, 'query');
  return readable(() => {
    const resolution = resolveQuery(knowledgeBase(), String(query));
    if (resolution.kind !== 'class') throw new UsageError('notAClass', { input: String(query) });
    return explainClass(knowledgeBase(), resolution.class, languageOf(options));
  });
}

/**
 * Compares two or more different codes: `compare(301, 308)`, `compare(301, 308, { lang: 'fr' })`, or with the codes
 * in an array, `compare([301, 308], options)`.
 */
export function compare(...args: (Query | readonly Query[] | Options)[]): Comparison {
  const last = args[args.length - 1];
  const options = typeof last === 'object' && last !== null && !Array.isArray(last) ? (args.pop() as Options) : {};
  const queries = (args.length === 1 && Array.isArray(args[0]) ? args[0] : args) as unknown[];
  queries.forEach((query, i) => checkQuery(query, `code ${i + 1}`));
  return readable(() => {
    const kb = knowledgeBase();
    return compareCodes(
      kb,
      queries.map((query) => resolveCode(kb, String(query))),
      languageOf(options),
    );
  });
}

/** Every code the knowledge base knows, registered or vendor, ascending. */
export function knownCodes(): number[] {
  return knowledgeBase()
    .list()
    .map((entry) => entry.code);
}

export { EXIT, ExpectedError, NotFoundError, UsageError } from './errors';
export type { Comparison, Difference, Guidance, Link, CuratedGuidance, Grid, GridAxis } from './domain/compare';
export type { PropertyRow } from './domain/dimensions';
export type { ClassOverview, Explanation, Meaning, Status } from './domain/explain';
export type { Match, Resolution } from './resolve/resolve';
