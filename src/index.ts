/**
 * httpdiff as a library: the knowledge base and the engine behind `httpexplain` and `httpdiff`.
 *
 *   import { explain, compare, resolve } from 'httpdiff';
 *   explain(303).reason;                     // "See Other"
 *   compare(['302', 'see other'], { lang: 'fr' }).differences;
 */
import { KnowledgeBase } from './data/knowledgeBase';
import { compareCodes, type Comparison } from './domain/compare';
import { explainClass, explainCode, type ClassOverview, type Explanation } from './domain/explain';
import { UsageError } from './errors';
import { chooseLanguage, DEFAULT_LANGUAGE } from './i18n/language';
import { resolveCode, resolveQuery, type Resolution } from './resolve/resolve';

export interface Options {
  /** language of the texts ("en", "fr"); English when absent */
  lang?: string;
}

let shared: KnowledgeBase | undefined;
const knowledgeBase = () => (shared ??= new KnowledgeBase());

/** The language asked for ("fr", "fr_FR" ...), checked as `--lang` is; English by default, not the environment. */
function languageOf(options: Options): string {
  return chooseLanguage(options.lang ?? DEFAULT_LANGUAGE, {}, knowledgeBase().languages());
}

/** What a query names: a code (`404`, `"not found"`, `"HTTP/1.1 404 Not Found"`), a class (`4xx`) or candidates. */
export function resolve(query: string | number): Resolution {
  return resolveQuery(knowledgeBase(), String(query));
}

const singleCode = (query: string | number) => resolveCode(knowledgeBase(), String(query));

/** Explains one code, given as a number or anything `resolve` understands. */
export function explain(query: string | number, options: Options = {}): Explanation {
  return explainCode(knowledgeBase(), singleCode(query), languageOf(options));
}

/** A class (`"4xx"`) and its known codes. */
export function describeClass(query: string, options: Options = {}): ClassOverview {
  const resolution = resolve(query);
  if (resolution.kind !== 'class') throw new UsageError('notACode', { input: query });
  return explainClass(knowledgeBase(), resolution.class, languageOf(options));
}

/** Compares two or more different codes. */
export function compare(queries: readonly (string | number)[], options: Options = {}): Comparison {
  return compareCodes(knowledgeBase(), queries.map(singleCode), languageOf(options));
}

/** Every code the knowledge base knows, registered or vendor, ascending. */
export function knownCodes(): number[] {
  return knowledgeBase().knownCodes();
}

export { EXIT, ExpectedError, NotFoundError, UsageError } from './errors';
export type { Comparison, Difference, Guidance, Link, CuratedGuidance } from './domain/compare';
export type { PropertyRow } from './domain/properties';
export type { ClassOverview, Explanation, Meaning, Status } from './domain/explain';
export type { Resolution } from './resolve/resolve';
