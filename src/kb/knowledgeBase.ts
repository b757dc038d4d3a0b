import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type {
  ClassKey,
  ClassTexts,
  CompiledCode,
  CompiledCodeTexts,
  CompiledComparison,
  CompiledFindingTexts,
  CompiledLocale,
  CompiledMeta,
  CompiledNames,
  CompiledSearch,
  ComparisonTexts,
  ListEntry,
  Localized,
  Spec,
} from './types';

/** A CLDR plural category. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** The compiled knowledge base: dist/kb beside the bundle, or the build's output when running from the sources. */
function defaultDir(): string {
  const candidates = [join(__dirname, 'kb'), join(__dirname, '..', '..', 'dist', 'kb')];
  return candidates.find((dir) => existsSync(join(dir, 'meta.json'))) ?? candidates[0];
}

/** Sorted key of a comparison: the codes ascending, joined by "-" (the name of its files). */
export function comparisonKey(codes: readonly number[]): string {
  return [...codes].sort((a, b) => a - b).join('-');
}

/** Texts of one language, each file read the first time it is needed. */
export class LocaleTexts {
  private readonly files = new Map<string, unknown>();
  private localeFile?: CompiledLocale;
  private pluralRule?: (count: number) => PluralCategory;

  constructor(
    readonly lang: string,
    private readonly dir: string,
  ) {}

  private file<T>(path: string): T {
    if (!this.files.has(path)) this.files.set(path, JSON.parse(readFileSync(`${this.dir}/${path}`, 'utf8')));
    return this.files.get(path) as T;
  }

  private get locale(): CompiledLocale {
    this.localeFile ??= this.file<CompiledLocale>('locale.json');
    return this.localeFile;
  }

  get messages(): CompiledLocale['messages'] {
    return this.locale.messages;
  }

  /** Message keys that this language lacks and takes from English. */
  get untranslatedMessages(): ReadonlySet<string> {
    return new Set(this.locale.untranslatedMessages);
  }

  /** The language's CLDR plural rule, compiled at build time (src/kb/compile.ts). */
  get plural(): (count: number) => PluralCategory {
    this.pluralRule ??= require(join(this.dir, 'plural.js')) as (count: number) => PluralCategory;
    return this.pluralRule;
  }

  classTexts(cls: ClassKey): Localized<ClassTexts> {
    return this.locale.classes[cls];
  }

  /** Texts of a known code (its registration and its vendors' meanings). */
  codeTexts(code: number): CompiledCodeTexts {
    return this.file<CompiledCodeTexts>(`codes/${code}.json`);
  }

  comparisonTexts(key: string): Localized<ComparisonTexts> {
    return this.file<Localized<ComparisonTexts>>(`comparisons/${key}.json`);
  }

  /** Texts of the findings of a traced URL, by finding key (read only when a URL is traced). */
  findingTexts(): CompiledFindingTexts {
    return this.file<CompiledFindingTexts>('findings.json');
  }
}

/** The compiled knowledge base (see src/kb/compile.ts): facts and texts read lazily, each file once. */
export class KnowledgeBase {
  private metaFile?: CompiledMeta;
  private namesFile?: CompiledNames;
  private searchFile?: CompiledSearch;
  private knownSet?: ReadonlySet<number>;
  private readonly codes = new Map<number, CompiledCode>();
  private readonly comparisons = new Map<string, CompiledComparison>();
  private readonly locales = new Map<string, LocaleTexts>();

  readonly dir: string;

  constructor(dir: string = defaultDir()) {
    this.dir = resolve(dir);
  }

  private read<T>(path: string): T {
    // Not path.join: its character loop, run for every file an answer reads, is hot enough for V8 to optimize it,
    // which delays the exit (see docs/performance.md). The folder is already a normalized absolute path.
    return JSON.parse(readFileSync(`${this.dir}/${path}`, 'utf8')) as T;
  }

  private get meta(): CompiledMeta {
    this.metaFile ??= this.read<CompiledMeta>('meta.json');
    return this.metaFile;
  }

  /** Every code with a registration or a vendor meaning, ascending. */
  list(): readonly ListEntry[] {
    return this.meta.codes;
  }

  isKnown(code: number): boolean {
    this.knownSet ??= new Set(this.meta.codes.map((entry) => entry.code));
    return this.knownSet.has(code);
  }

  /** The facts of a known code; undefined for a code nobody defined. */
  code(code: number): CompiledCode | undefined {
    if (!this.isKnown(code)) return undefined;
    let compiled = this.codes.get(code);
    if (!compiled) {
      compiled = this.read<CompiledCode>(`codes/${code}.json`);
      this.codes.set(code, compiled);
    }
    return compiled;
  }

  /** A curated comparison, by its key (comparisonKey). */
  comparison(key: string): CompiledComparison | undefined {
    if (!this.comparisons.has(key)) {
      const [first] = key.split('-').map(Number);
      if (!this.code(first)?.comparisons.includes(key)) return undefined;
      this.comparisons.set(key, this.read<CompiledComparison>(`comparisons/${key}.json`));
    }
    return this.comparisons.get(key);
  }

  /** Every name of every code, for lookup; read only when a query is a name. */
  get names(): CompiledNames {
    this.namesFile ??= this.read<CompiledNames>('names.json');
    return this.namesFile;
  }

  /** The keyword index, read only when a query names nothing exactly. */
  get search(): CompiledSearch {
    this.searchFile ??= this.read<CompiledSearch>('search.json');
    return this.searchFile;
  }

  /** The section that defines a class. */
  classSpec(cls: ClassKey): Spec {
    return this.meta.classes[cls].spec;
  }

  /** What holds for a code that is neither registered nor known from a vendor. */
  get unrecognizedCodes(): CompiledMeta['unrecognizedCodes'] {
    return this.meta.unrecognizedCodes;
  }

  get ecosystems(): CompiledMeta['ecosystems'] {
    return this.meta.ecosystems;
  }

  /** The languages shipped, English first: their tags. */
  languages(): string[] {
    return this.meta.languages.map((language) => language.tag);
  }

  locale(lang: string): LocaleTexts {
    let texts = this.locales.get(lang);
    if (!texts) {
      texts = new LocaleTexts(lang, `${this.dir}/locales/${lang}`);
      this.locales.set(lang, texts);
    }
    return texts;
  }
}
