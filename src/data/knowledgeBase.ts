import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  CLASS_KEYS,
  type ClassKey,
  type ClassesFacts,
  type ClassTexts,
  type CodeTexts,
  type MessageTree,
  type PairTexts,
  type PluralCounts,
  type RegisteredCodeFacts,
  type Spec,
  type VendorMeaningFacts,
} from './types';

/** The package's data folder, from the bundle (dist/) or from the sources (src/data/). */
function defaultDataDir(): string {
  const candidates = [join(__dirname, '..', 'data'), join(__dirname, '..', '..', 'data')];
  return candidates.find((dir) => existsSync(join(dir, 'locales'))) ?? candidates[0];
}

/** JSON objects keyed by code become Maps, so that a key such as `__proto__` can never be mistaken for data. */
function toMap<T>(record: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(record));
}

export function classOf(code: number): ClassKey {
  return `${Math.floor(code / 100)}xx` as ClassKey;
}

/** Sorted key of a comparison: the codes ascending, joined by "-" (as in data/pairs.json). */
export function comparisonKey(codes: readonly number[]): string {
  return [...codes].sort((a, b) => a - b).join('-');
}

/** Texts of one language. Files are read the first time they are needed. */
export class LocaleTexts {
  private readonly cache = new Map<string, unknown>();

  constructor(
    readonly lang: string,
    private readonly dir: string,
  ) {}

  private file<T>(name: string): T {
    if (!this.cache.has(name)) this.cache.set(name, JSON.parse(readFileSync(join(this.dir, name), 'utf8')));
    return this.cache.get(name) as T;
  }

  private mapFile<T>(name: string): Map<string, T> {
    const key = `map:${name}`;
    if (!this.cache.has(key)) this.cache.set(key, toMap(this.file<Record<string, T>>(name)));
    return this.cache.get(key) as Map<string, T>;
  }

  get messages(): MessageTree {
    return this.file<MessageTree>('messages.json');
  }

  get plural(): PluralCounts {
    return this.file<PluralCounts>('plural.json');
  }

  classTexts(cls: ClassKey): ClassTexts {
    return this.file<Record<ClassKey, ClassTexts>>('classes.json')[cls];
  }

  codeTexts(code: number): CodeTexts | undefined {
    return this.mapFile<CodeTexts>(`codes/${classOf(code)}.json`).get(String(code));
  }

  vendorTexts(code: number, vendorId: string): CodeTexts | undefined {
    const byVendor = this.mapFile<Record<string, CodeTexts>>('vendors.json').get(String(code));
    return byVendor && Object.hasOwn(byVendor, vendorId) ? byVendor[vendorId] : undefined;
  }

  pairTexts(key: string): PairTexts | undefined {
    return this.mapFile<PairTexts>('pairs.json').get(key);
  }
}

/** The bundled knowledge base: facts (read lazily, once) and the texts of each language. */
export class KnowledgeBase {
  private readonly registeredByClass = new Map<ClassKey, Map<string, RegisteredCodeFacts>>();
  private vendorsCache?: Map<string, VendorMeaningFacts[]>;
  private pairsCache?: Map<string, { sources: string[] }>;
  private classesCache?: ClassesFacts;
  private languagesCache?: string[];
  private readonly locales = new Map<string, LocaleTexts>();

  constructor(readonly dataDir: string = defaultDataDir()) {}

  private readJson<T>(path: string): T {
    return JSON.parse(readFileSync(join(this.dataDir, path), 'utf8')) as T;
  }

  private registeredOfClass(cls: ClassKey): Map<string, RegisteredCodeFacts> {
    let codes = this.registeredByClass.get(cls);
    if (!codes) {
      codes = toMap(this.readJson<Record<string, RegisteredCodeFacts>>(`codes/${cls}.json`));
      this.registeredByClass.set(cls, codes);
    }
    return codes;
  }

  private get vendors(): Map<string, VendorMeaningFacts[]> {
    this.vendorsCache ??= toMap(this.readJson<Record<string, VendorMeaningFacts[]>>('vendors.json'));
    return this.vendorsCache;
  }

  /** The IANA registration of a code, if it has one. */
  registered(code: number): RegisteredCodeFacts | undefined {
    if (!Number.isInteger(code) || code < 100 || code > 599) return undefined;
    return this.registeredOfClass(classOf(code)).get(String(code));
  }

  /** Unofficial meanings of a code, most widespread first. */
  vendorMeanings(code: number): VendorMeaningFacts[] {
    return this.vendors.get(String(code)) ?? [];
  }

  /** Every code with a registration or a vendor meaning, ascending. */
  knownCodes(): number[] {
    const codes = new Set<number>();
    for (const cls of CLASS_KEYS) for (const key of this.registeredOfClass(cls).keys()) codes.add(Number(key));
    for (const key of this.vendors.keys()) codes.add(Number(key));
    return [...codes].sort((a, b) => a - b);
  }

  /** Every registered code, ascending. */
  registeredCodes(): number[] {
    return CLASS_KEYS.flatMap((cls) => [...this.registeredOfClass(cls).keys()].map(Number));
  }

  private get classes(): ClassesFacts {
    this.classesCache ??= this.readJson<ClassesFacts>('classes.json');
    return this.classesCache;
  }

  /** The section that defines a class (data/classes.json). */
  classSpec(cls: ClassKey): Spec {
    return this.classes.classes[cls].spec;
  }

  /** What holds for a code that is neither registered nor known from a vendor (data/classes.json). */
  get unrecognizedCodes(): ClassesFacts['unrecognizedCodes'] {
    return this.classes.unrecognizedCodes;
  }

  /** Keys of the curated comparisons (see `comparisonKey`) with their references. */
  get pairs(): Map<string, { sources: string[] }> {
    this.pairsCache ??= toMap(this.readJson<Record<string, { sources: string[] }>>('pairs.json'));
    return this.pairsCache;
  }

  /** The languages shipped: one folder each under data/locales. */
  languages(): string[] {
    this.languagesCache ??= readdirSync(join(this.dataDir, 'locales')).sort();
    return this.languagesCache;
  }

  locale(lang: string): LocaleTexts {
    let texts = this.locales.get(lang);
    if (!texts) {
      texts = new LocaleTexts(lang, join(this.dataDir, 'locales', lang));
      this.locales.set(lang, texts);
    }
    return texts;
  }
}
