/**
 * The build step of the knowledge base: reads the source files under data/ (small, edited by people), checks them
 * against the JSON Schemas and the rules below, and writes what the bins read under dist/kb/: one file per code and
 * per comparison, each language's texts split the same way, the name index and the plural rules prepared in
 * advance. An answer then reads only what it prints, and nothing is indexed at start-up.
 *
 * Runs at build time only (scripts/build.mjs, and the tests on fixture knowledge bases), never in the bins.
 * Output is deterministic: the same sources give the same bytes.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import * as cardinals from 'make-plural/cardinals';
import * as pluralCategories from 'make-plural/pluralCategories';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { factsSchema, GRID_AXES } from './facts';

export { factsSchema };
import { namesOf, normalizeName, searchTerms } from './names';
import {
  CLASS_KEYS,
  classOf,
  type ClassesFacts,
  type ClassKey,
  type ClassTexts,
  type CodeTexts,
  type CompiledCode,
  type CompiledCodeTexts,
  type CompiledComparison,
  type CompiledLocale,
  type CompiledMeta,
  type CompiledNames,
  type CompiledSearch,
  type ComparisonFacts,
  type ComparisonTexts,
  type Constant,
  type EcosystemFile,
  type FindingTexts,
  type ListEntry,
  type Localized,
  type MessageTree,
  type NameMatch,
  type NameVia,
  type Registration,
  type VendorMeaning,
} from './types';

export const SOURCE_LANGUAGE = 'en';
const COMPARISON_KEY = /^[1-5][0-9]{2}(-[1-5][0-9]{2})+$/;
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Everything wrong with the sources, reported at once. */
export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(`the knowledge base has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }
}

export interface CoverageReport {
  languages: {
    tag: string;
    /** texts (code, vendor, class, comparison fields) and messages: how many exist, how many are translated */
    texts: { total: number; translated: number };
    messages: { total: number; translated: number };
    /** the first untranslated items, as "codes/404.json: description" */
    missing: string[];
  }[];
  warnings: string[];
}

export interface CompileOptions {
  /** the source folder (data/) */
  sourceDir: string;
  /** where to write the compiled knowledge base; emptied first */
  outDir: string;
  /** the JSON Schemas; by default those of sourceDir */
  schemaDir?: string;
}

// ---------------------------------------------------------------- reading

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function jsonFilesIn(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .sort()
    : [];
}

const byNumber = (a: number, b: number) => a - b;

class Checker {
  readonly problems: string[] = [];
  private readonly ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });

  constructor(schemaDir: string) {
    this.ajv.addSchema(factsSchema());
    for (const name of jsonFilesIn(schemaDir)) {
      if (name !== 'facts.schema.json') this.ajv.addSchema(readJson(join(schemaDir, name)));
    }
  }

  private validator(ref: string): ValidateFunction {
    const validate = this.ajv.getSchema(`https://httpdiff.dev/schema/${ref}`);
    if (!validate) throw new Error(`no schema ${ref}`);
    return validate;
  }

  /** Reads a file and checks it against a schema; a problem is recorded, and the data returned anyway. */
  read<T>(path: string, schemaRef: string, where: string): T {
    const data = readJson<T>(path);
    const validate = this.validator(schemaRef);
    if (!validate(data)) {
      for (const error of validate.errors ?? []) this.problems.push(`${where}${error.instancePath}: ${error.message}`);
    }
    return data;
  }

  check(ok: boolean, problem: string): void {
    if (!ok) this.problems.push(problem);
  }
}

interface Sources {
  registrations: Map<number, Registration>;
  vendors: Map<number, VendorMeaning[]>;
  classes: ClassesFacts;
  comparisons: Map<string, CompiledComparison>;
  ecosystems: Map<string, EcosystemFile>;
  languages: string[];
}

function readFacts(sourceDir: string, checker: Checker): Sources {
  const registrations = new Map<number, Registration>();
  for (const name of jsonFilesIn(join(sourceDir, 'codes'))) {
    const file = checker.read<Record<string, Registration>>(join(sourceDir, 'codes', name), 'codes.schema.json', `codes/${name}`);
    for (const [key, registration] of Object.entries(file)) {
      const code = Number(key);
      checker.check(`${classOf(code)}.json` === name, `codes/${name}: ${key} belongs in codes/${classOf(code)}.json`);
      registrations.set(code, registration);
    }
  }
  const vendors = new Map<number, VendorMeaning[]>();
  const vendorFile = join(sourceDir, 'vendors.json');
  if (existsSync(vendorFile)) {
    const file = checker.read<Record<string, VendorMeaning[]>>(vendorFile, 'vendors.schema.json', 'vendors.json');
    for (const [key, meanings] of Object.entries(file)) {
      const ids = meanings.map((meaning) => meaning.id);
      checker.check(new Set(ids).size === ids.length, `vendors.json: ${key} lists a vendor id twice`);
      vendors.set(Number(key), meanings);
    }
  }
  const classes = checker.read<ClassesFacts>(join(sourceDir, 'classes.json'), 'classes.schema.json', 'classes.json');
  const known = (code: number) => registrations.has(code) || vendors.has(code);

  for (const [code, facts] of [...registrations, ...[...vendors].flatMap(([c, ms]) => ms.map((m) => [c, m] as const))]) {
    for (const related of facts.related) checker.check(known(related), `${code}: related code ${related} is not known`);
  }

  const comparisons = new Map<string, CompiledComparison>();
  for (const name of jsonFilesIn(join(sourceDir, 'comparisons'))) {
    const key = basename(name, '.json');
    const facts = checker.read<ComparisonFacts>(join(sourceDir, 'comparisons', name), 'comparisons.schema.json', `comparisons/${name}`);
    const codes = key.split('-').map(Number);
    const inOrder = COMPARISON_KEY.test(key) && codes.every((code, i) => i === 0 || codes[i - 1] < code);
    checker.check(inOrder, `comparisons/${name}: the name must be two or more different codes, ascending, joined by "-"`);
    for (const code of codes) checker.check(known(code), `comparisons/${name}: ${code} is not a known code`);
    for (const axis of facts.grid ? [facts.grid.rows, facts.grid.columns] : []) {
      checker.check(GRID_AXES.includes(axis), `comparisons/${name}: a grid's axis must be one of ${GRID_AXES.join(', ')}, not "${axis}"`);
    }
    comparisons.set(key, { codes, ...facts });
  }

  const ecosystems = new Map<string, EcosystemFile>();
  for (const name of jsonFilesIn(join(sourceDir, 'constants'))) {
    ecosystems.set(
      basename(name, '.json'),
      checker.read<EcosystemFile>(join(sourceDir, 'constants', name), 'constants.schema.json', `constants/${name}`),
    );
  }

  const localesDir = join(sourceDir, 'locales');
  const languages = readdirSync(localesDir)
    .filter((name) => existsSync(join(localesDir, name, 'messages.json')))
    .sort((a, b) => (a === SOURCE_LANGUAGE ? -1 : b === SOURCE_LANGUAGE ? 1 : a.localeCompare(b)));
  checker.check(languages[0] === SOURCE_LANGUAGE, `locales/${SOURCE_LANGUAGE}/messages.json is missing`);
  return { registrations, vendors, classes, comparisons, ecosystems, languages };
}

// ---------------------------------------------------------------- texts and their fallback

/** The texts of a language for one item, with each field it lacks taken from English and named. */
function localize<T extends object>(english: T | Partial<T> | undefined, own: Partial<T> | undefined, prefix = ''): Localized<T> {
  const untranslated: string[] = [];
  const merge = (base: object, local: object | undefined, path: string): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(base) as [string, unknown][]) {
      const localValue = (local as Record<string, unknown> | undefined)?.[key];
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        result[key] = merge(value, localValue as object | undefined, `${path}${key}.`);
      } else if (localValue === undefined) {
        result[key] = value;
        untranslated.push(`${path}${key}`);
      } else {
        result[key] = localValue;
      }
    }
    return result;
  };
  const texts = merge(english ?? {}, own, prefix) as T;
  // A field only other languages have (the translation of a reason phrase) is kept as it is.
  for (const [key, value] of Object.entries(own ?? {})) if (!(key in texts)) (texts as Record<string, unknown>)[key] = value;
  return { texts, untranslated };
}

/** A plural node: an object whose keys are CLDR plural categories, "other" among them. */
function isPluralNode(node: MessageTree): boolean {
  const keys = Object.keys(node);
  return keys.includes('other') && keys.every((key) => PLURAL_CATEGORIES.includes(key));
}

function placeholders(node: string | MessageTree): Set<string> {
  const texts = typeof node === 'string' ? [node] : Object.values(node).filter((value): value is string => typeof value === 'string');
  return new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1])));
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}

/** The language's messages over the English ones: English fills each gap, and the keys it filled are listed. */
function localizeMessages(lang: string, english: MessageTree, own: MessageTree, categories: string[], checker: Checker) {
  const untranslated: string[] = [];
  const merge = (base: MessageTree, local: MessageTree | undefined, path: string): MessageTree => {
    const result: MessageTree = {};
    for (const [key, value] of Object.entries(base)) {
      const where = `${path}${key}`;
      const localValue = local?.[key];
      const leaf = typeof value === 'string' || isPluralNode(value);
      if (!leaf) {
        checker.check(
          localValue === undefined || typeof localValue === 'object',
          `locales/${lang}/messages.json: ${where} must be an object`,
        );
        result[key] = merge(value, typeof localValue === 'object' ? localValue : undefined, `${where}.`);
      } else if (localValue === undefined) {
        result[key] = value;
        untranslated.push(where);
      } else {
        const plural = typeof value === 'object';
        checker.check(
          plural === (typeof localValue === 'object'),
          `locales/${lang}/messages.json: ${where} must be ${plural ? 'plural forms' : 'a string'}`,
        );
        checker.check(
          sameSet(placeholders(value), placeholders(localValue)),
          `locales/${lang}/messages.json: ${where} must use the placeholders of English`,
        );
        if (plural && typeof localValue === 'object') {
          const forms = Object.keys(localValue);
          checker.check(
            forms.every((form) => categories.includes(form)) && forms.includes('other'),
            `locales/${lang}/messages.json: ${where} has forms ${forms.join(', ')}; ${lang} has ${categories.join(', ')}`,
          );
        }
        result[key] = localValue;
      }
    }
    for (const key of Object.keys(local ?? {}))
      checker.check(key in base, `locales/${lang}/messages.json: ${path}${key} is not an English message`);
    return result;
  };
  return { messages: merge(english, own, ''), untranslated };
}

function countLeaves(tree: MessageTree): number {
  return Object.values(tree).reduce<number>(
    (sum, node) => sum + (typeof node === 'string' || isPluralNode(node) ? 1 : countLeaves(node)),
    0,
  );
}

function countTexts(texts: object): number {
  let count = 0;
  for (const value of Object.values(texts) as unknown[])
    count += typeof value === 'object' && value !== null && !Array.isArray(value) ? countTexts(value) : 1;
  return count;
}

/** The make-plural (CLDR) function for a language tag: "pt-BR" → pt, "pt-PT" → pt_PT, "zh-CN" → zh. */
function pluralRuleOf(tag: string): { source: string; categories: string[] } | undefined {
  const rules = cardinals as unknown as Record<string, (n: number) => string>;
  const categoriesOf = pluralCategories as unknown as Record<string, { cardinal: string[] }>;
  const [language, region] = tag.split('-');
  const key = [`${language}_${region}`, language].find((candidate) => Object.hasOwn(rules, candidate));
  if (!key) return undefined;
  return { source: rules[key].toString(), categories: categoriesOf[key].cardinal };
}

// ---------------------------------------------------------------- writing

class Writer {
  constructor(private readonly outDir: string) {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
  }

  json(path: string, value: unknown): void {
    this.text(path, JSON.stringify(value));
  }

  text(path: string, text: string): void {
    const full = join(this.outDir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text + '\n');
  }
}

const VIA_ORDER: NameVia[] = ['reason', 'alias', 'constant', 'localized', 'vendor'];

function addName(index: Record<string, NameMatch[]>, key: string, match: NameMatch): void {
  if (key === '') return;
  const matches = (index[key] ??= []);
  if (!matches.some(([code, via, detail]) => code === match[0] && via === match[1] && detail === match[2])) matches.push(match);
}

function sortMatches(index: Record<string, NameMatch[]>): Record<string, NameMatch[]> {
  const sorted: Record<string, NameMatch[]> = {};
  for (const key of Object.keys(index).sort()) {
    sorted[key] = index[key].sort(
      (a, b) => VIA_ORDER.indexOf(a[1]) - VIA_ORDER.indexOf(b[1]) || a[0] - b[0] || String(a[2]).localeCompare(String(b[2])),
    );
  }
  return sorted;
}

/** Compiles the knowledge base of `sourceDir` into `outDir`; throws DataError listing every problem found. */
export function compileKnowledgeBase({ sourceDir, outDir, schemaDir = join(sourceDir, 'schema') }: CompileOptions): CoverageReport {
  const checker = new Checker(schemaDir);
  const sources = readFacts(sourceDir, checker);
  const { registrations, vendors, comparisons, ecosystems, languages } = sources;
  const warnings: string[] = [];
  const knownCodes = [...new Set([...registrations.keys(), ...vendors.keys()])].sort(byNumber);

  // Constants by code, every ecosystem in the order of its id.
  const constantsOf = new Map<number, Constant[]>();
  const constantNames: Record<string, NameMatch[]> = {};
  for (const id of [...ecosystems.keys()].sort()) {
    const ecosystem = ecosystems.get(id)!;
    const shortest = [...ecosystem.qualifiers].sort((a, b) => a.length - b.length)[0] ?? '';
    for (const [key, entries] of Object.entries(ecosystem.constants)) {
      const code = Number(key);
      if (!knownCodes.includes(code)) warnings.push(`constants/${id}.json: ${code} is not a known code; its names are indexed only`);
      const registration = registrations.get(code);
      for (const { name, ...rest } of entries) {
        const constant: Constant = {
          ecosystem: id,
          label: ecosystem.label,
          name,
          qualified: `${shortest}${name}`,
          ...rest,
          iana: ianaSpelling(name, registration),
        };
        constantsOf.set(code, [...(constantsOf.get(code) ?? []), constant]);
        addName(constantNames, name.toLowerCase(), [code, 'constant', id]);
      }
    }
  }

  const comparisonsOf = (code: number) => [...comparisons.keys()].filter((key) => comparisons.get(key)!.codes.includes(code));
  const out = new Writer(outDir);
  const listEntries: ListEntry[] = [];
  for (const code of knownCodes) {
    const registration = registrations.get(code) ?? null;
    const meanings = vendors.get(code) ?? [];
    const keys = comparisonsOf(code);
    const confusedWith = [...new Set(keys.flatMap((key) => comparisons.get(key)!.codes))].filter((other) => other !== code).sort(byNumber);
    const compiled: CompiledCode = {
      code,
      registration,
      meanings,
      comparisons: keys,
      confusedWith,
      constants: constantsOf.get(code) ?? [],
    };
    out.json(`codes/${code}.json`, compiled);
    const vendorIds = meanings.map((meaning) => meaning.id);
    listEntries.push(
      registration
        ? { code, reason: registration.reason, official: true, status: registration.status, vendors: vendorIds }
        : { code, reason: meanings[0].reason, official: false, status: 'unofficial', vendors: vendorIds },
    );
  }
  for (const [key, comparison] of comparisons) out.json(`comparisons/${key}.json`, comparison);

  // Names: reason phrases (but the "(Unused)" of unused codes), aliases, vendors' phrases, localized phrases.
  const names: Record<string, NameMatch[]> = {};
  for (const [code, registration] of registrations) {
    if (registration.status !== 'unused') addName(names, normalizeName(registration.reason), [code, 'reason']);
    for (const alias of namesOf(registration)) addName(names, normalizeName(alias), [code, 'alias']);
  }
  for (const [code, meanings] of vendors)
    for (const meaning of meanings) addName(names, normalizeName(meaning.reason), [code, 'vendor', meaning.id]);

  // Languages.
  const english = readLocale(sourceDir, SOURCE_LANGUAGE, checker);
  const search = new SearchIndexBuilder();
  for (const [code, registration] of registrations) {
    for (const name of [registration.reason, ...namesOf(registration)]) search.add(code, name, WEIGHT.name);
  }
  for (const [code, meanings] of vendors) for (const meaning of meanings) search.add(code, `${meaning.reason} ${meaning.id}`, WEIGHT.name);
  const classNames: Record<string, ClassKey> = {};
  checkEnglishComplete(english, sources, checker);
  const report: CoverageReport = { languages: [], warnings };
  const languageList: CompiledMeta['languages'] = [];
  for (const lang of languages) {
    const own = lang === SOURCE_LANGUAGE ? english : readLocale(sourceDir, lang, checker);
    const plural = pluralRuleOf(lang);
    if (!plural) {
      checker.check(false, `locales/${lang}: no CLDR plural rules for "${lang}" (make-plural)`);
      continue;
    }
    const missing: string[] = [];
    const texts = { total: 0, translated: 0 };
    /** Counts the texts of an item (those English has: a translated reason phrase is an extra) and lists those missing. */
    const tally = (item: string, localized: Localized<object>, englishTexts: object | undefined) => {
      const total = countTexts(englishTexts ?? {});
      texts.total += total;
      texts.translated += total - localized.untranslated.length;
      for (const field of localized.untranslated) missing.push(`${item}: ${field}`);
    };

    const { messages, untranslated } = localizeMessages(lang, english.messages, own.messages, plural.categories, checker);
    const classes = Object.fromEntries(
      CLASS_KEYS.map((cls) => {
        const localized = localize<ClassTexts>(english.classes[cls], own.classes[cls]);
        tally(`classes.json ${cls}`, localized, english.classes[cls]);
        classNames[normalizeName(localized.texts.name)] ??= cls;
        return [cls, localized];
      }),
    ) as CompiledLocale['classes'];
    const locale: CompiledLocale = { messages, untranslatedMessages: untranslated, classes };
    out.json(`locales/${lang}/locale.json`, locale);
    out.text(
      `locales/${lang}/plural.js`,
      `'use strict';\n// CLDR plural rule of "${lang}", from make-plural.\nmodule.exports = ${plural.source};`,
    );
    const name = typeof messages.language === 'object' ? messages.language.name : undefined;
    languageList.push({ tag: lang, name: typeof name === 'string' ? name : lang });

    for (const code of knownCodes) {
      const registration = registrations.get(code);
      const compiled: CompiledCodeTexts = { registration: null, meanings: {} };
      if (registration) {
        const localized = localize<CodeTexts>(english.codes[code], own.codes[code]);
        compiled.registration = localized;
        tally(`codes/${code}`, localized, english.codes[code]);
        search.addTexts(code, own.codes[code]);
        const localReason = own.codes[code]?.reason;
        if (lang !== SOURCE_LANGUAGE && localReason) addName(names, normalizeName(localReason), [code, 'localized', lang]);
      }
      for (const meaning of vendors.get(code) ?? []) {
        const localized = localize<CodeTexts>(
          english.vendors[code]?.[meaning.id],
          own.vendors[code]?.[meaning.id],
          `meanings.${meaning.id}.`,
        );
        compiled.meanings[meaning.id] = localized;
        tally(`vendors ${code} ${meaning.id}`, localized, english.vendors[code]?.[meaning.id]);
        search.addTexts(code, own.vendors[code]?.[meaning.id]);
        // A vendor's name stays a vendor's name in any language: it never outranks a registered one.
        const localReason = own.vendors[code]?.[meaning.id]?.reason;
        if (lang !== SOURCE_LANGUAGE && localReason) addName(names, normalizeName(localReason), [code, 'vendor', meaning.id]);
      }
      out.json(`locales/${lang}/codes/${code}.json`, compiled);
    }
    for (const key of comparisons.keys()) {
      const localized = localize<ComparisonTexts>(english.comparisons[key], own.comparisons[key]);
      tally(`comparisons/${key}`, localized, english.comparisons[key]);
      out.json(`locales/${lang}/comparisons/${key}.json`, localized);
    }
    // The findings of `httpexplain URL`: one file, read only when a URL is traced.
    const findings: Record<string, Localized<FindingTexts>> = {};
    for (const key of Object.keys(english.findings).sort()) {
      const localized = localize<FindingTexts>(english.findings[key], own.findings[key]);
      for (const field of Object.keys(own.findings[key] ?? {}) as (keyof FindingTexts)[]) {
        const ownText = own.findings[key][field];
        const englishText = english.findings[key][field];
        if (ownText !== undefined && englishText !== undefined) {
          checker.check(
            sameSet(placeholders(ownText), placeholders(englishText)),
            `locales/${lang}/findings.json: ${key}.${field} must use the placeholders of English`,
          );
        }
      }
      findings[key] = localized;
      tally(`findings ${key}`, localized, english.findings[key]);
    }
    for (const key of Object.keys(own.findings))
      checker.check(key in english.findings, `locales/${lang}/findings.json: ${key} is not an English finding`);
    out.json(`locales/${lang}/findings.json`, findings);
    const totalMessages = countLeaves(english.messages);
    report.languages.push({
      tag: lang,
      texts,
      messages: { total: totalMessages, translated: totalMessages - untranslated.length },
      missing: [...untranslated.map((key) => `messages.json: ${key}`), ...missing],
    });
  }

  const qualifiers = new Map<string, string[]>();
  for (const [id, ecosystem] of [...ecosystems].sort(([a], [b]) => a.localeCompare(b))) {
    for (const qualifier of ecosystem.qualifiers) qualifiers.set(qualifier, [...(qualifiers.get(qualifier) ?? []), id]);
  }
  const compiledNames: CompiledNames = {
    names: sortMatches(names),
    constants: sortMatches(constantNames),
    qualifiers: [...qualifiers].sort(([a], [b]) => b.length - a.length || a.localeCompare(b)),
    classes: Object.fromEntries(
      Object.keys(classNames)
        .sort()
        .map((name) => [name, classNames[name]]),
    ),
  };
  out.json('names.json', compiledNames);
  out.json('search.json', search.build(knownCodes.length));
  const meta: CompiledMeta = {
    languages: languageList,
    classes: sources.classes.classes,
    unrecognizedCodes: sources.classes.unrecognizedCodes,
    codes: listEntries,
    // In the order a reader looks them up: by the name shown, not by id (plug is Elixir, rack Ruby).
    ecosystems: [...ecosystems]
      .map(([id, { name, label, language }]) => ({ id, name, label, language }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' })),
  };
  out.json('meta.json', meta);

  if (checker.problems.length > 0) throw new DataError(checker.problems);
  return report;
}

/**
 * How a constant's name compares with IANA's reason phrases for its code: "StatusRequestEntityTooLarge",
 * "HTTP_413_REQUEST_ENTITY_TOO_LARGE" and ":request_entity_too_large" all spell the former "Request Entity Too Large".
 */
function ianaSpelling(name: string, registration: Registration | undefined): Constant['iana'] {
  if (!registration) return 'other';
  const words = (text: string) => normalizeName(text).replace(/[^\p{L}\p{N}]+/gu, '');
  const spelled = words(
    name
      .replace(/^:/, '')
      .replace(/^(HTTP_\d{3}_|SC_|HTTP_)/, '')
      .replace(/^Status(?=[A-Z])/, ''),
  );
  if (spelled === words(registration.reason)) return 'current';
  return (registration.formerReasons ?? []).some((former) => words(former) === spelled) ? 'former' : 'other';
}

/**
 * The weight of a word in a code's document, by where it stands: in a name, a summary, or the other texts. A word
 * adds its weight for each text it is in, in each language: a code whose texts speak of WebSocket again and again
 * is about it; one that names it once in passing is not.
 */
const WEIGHT = { name: 5, summary: 2, text: 1 };
/**
 * A word found in more than this share of the codes says nothing about any of them ("request", "requête"), except
 * about the codes whose names hold it: Portuguese "tempo" is everywhere, but it still finds the "tempo limite" codes.
 */
const COMMON_WORD_SHARE = 0.25;

/** Collects each code's words, from its names and from its texts in every language, for the keyword search. */
class SearchIndexBuilder {
  private readonly weights = new Map<string, Map<number, number>>();
  /** for each word, the codes that have it in a name */
  private readonly named = new Map<string, Set<number>>();

  add(code: number, text: string, weight: number): void {
    for (const term of new Set(searchTerms(text))) {
      const codes = this.weights.get(term) ?? new Map<number, number>();
      codes.set(code, (codes.get(code) ?? 0) + weight);
      this.weights.set(term, codes);
      if (weight === WEIGHT.name) this.named.set(term, (this.named.get(term) ?? new Set()).add(code));
    }
  }

  /** The texts of a code or vendor meaning in one language: its names weigh most, then its summary. */
  addTexts(code: number, texts: Partial<CodeTexts> | undefined): void {
    if (!texts) return;
    for (const name of [texts.reason, texts.vendor]) if (name) this.add(code, name, WEIGHT.name);
    if (texts.summary) this.add(code, texts.summary, WEIGHT.summary);
    for (const text of [texts.description, texts.whenSeen, texts.advice, texts.howToResolve?.client, texts.howToResolve?.server]) {
      if (text) this.add(code, text, WEIGHT.text);
    }
  }

  build(codeCount: number): CompiledSearch {
    const terms: CompiledSearch['terms'] = {};
    for (const term of [...this.weights.keys()].sort()) {
      let codes = [...this.weights.get(term)!];
      if (codes.length > codeCount * COMMON_WORD_SHARE) {
        const named = this.named.get(term);
        if (!named) continue;
        codes = codes.filter(([code]) => named.has(code));
      }
      terms[term] = codes.sort((a, b) => a[0] - b[0]);
    }
    return { terms };
  }
}

interface SourceLocale {
  messages: MessageTree;
  classes: Partial<Record<ClassKey, Partial<ClassTexts>>>;
  codes: Record<number, Partial<CodeTexts>>;
  vendors: Record<number, Record<string, Partial<CodeTexts>>>;
  comparisons: Record<string, Partial<ComparisonTexts>>;
  findings: Record<string, Partial<FindingTexts>>;
}

function readLocale(sourceDir: string, lang: string, checker: Checker): SourceLocale {
  const dir = join(sourceDir, 'locales', lang);
  const optional = <T>(path: string, ref: string): T | undefined =>
    existsSync(join(dir, path))
      ? checker.read<T>(join(dir, path), `texts.schema.json#/definitions/${ref}`, `locales/${lang}/${path}`)
      : undefined;
  const codes: SourceLocale['codes'] = {};
  for (const name of jsonFilesIn(join(dir, 'codes'))) Object.assign(codes, optional(`codes/${name}`, 'codeTextsFile'));
  const comparisons: SourceLocale['comparisons'] = {};
  for (const name of jsonFilesIn(join(dir, 'comparisons'))) {
    comparisons[basename(name, '.json')] = optional<Partial<ComparisonTexts>>(`comparisons/${name}`, 'comparisonTexts')!;
  }
  return {
    messages: readJson<MessageTree>(join(dir, 'messages.json')),
    classes: optional('classes.json', 'classTextsFile') ?? {},
    codes,
    vendors: optional('vendors.json', 'vendorTextsFile') ?? {},
    comparisons,
    findings: optional('findings.json', 'findingTextsFile') ?? {},
  };
}

const CODE_TEXT_FIELDS = ['summary', 'description', 'whenSeen', 'howToResolve'] as const;
const COMPARISON_TEXT_FIELDS = ['relation', 'confusion', 'mistake', 'ruleOfThumb', 'guidance', 'rules'] as const;

/** English is the fallback of every other language, so it must have every text of every item. */
function checkEnglishComplete(english: SourceLocale, { registrations, vendors, comparisons }: Sources, checker: Checker): void {
  const where = `locales/${SOURCE_LANGUAGE}`;
  const complete = (texts: object | undefined, fields: readonly string[]) =>
    texts !== undefined &&
    fields.every((field) => field in texts) &&
    (!('howToResolve' in texts) || ['client', 'server'].every((side) => side in (texts as CodeTexts).howToResolve));
  for (const code of registrations.keys())
    checker.check(complete(english.codes[code], CODE_TEXT_FIELDS), `${where}/codes: ${code} lacks texts`);
  for (const [code, meanings] of vendors) {
    for (const { id } of meanings)
      checker.check(
        complete(english.vendors[code]?.[id], [...CODE_TEXT_FIELDS, 'vendor']),
        `${where}/vendors.json: ${code} ${id} lacks texts`,
      );
  }
  for (const key of comparisons.keys())
    checker.check(complete(english.comparisons[key], COMPARISON_TEXT_FIELDS), `${where}/comparisons/${key}.json is missing or incomplete`);
  for (const cls of CLASS_KEYS)
    checker.check(complete(english.classes[cls], ['name', 'description']), `${where}/classes.json: ${cls} lacks texts`);
  for (const [key, texts] of Object.entries(english.findings))
    checker.check(complete(texts, ['title', 'why', 'fix']), `${where}/findings.json: ${key} lacks texts`);
  for (const code of Object.keys(english.codes))
    checker.check(registrations.has(Number(code)), `${where}/codes: ${code} is not a registered code`);
}
