/**
 * The shapes of the knowledge base: its source files under data/ (edited by people, checked by data/schema/) and the
 * compiled files under dist/kb/ that the bins and the library read (written by src/kb/compile.ts).
 */
import type { Behaviour } from './facts';

export type ClassKey = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';
export const CLASS_KEYS: readonly ClassKey[] = ['1xx', '2xx', '3xx', '4xx', '5xx'];

export function classOf(code: number): ClassKey {
  return `${Math.floor(code / 100)}xx` as ClassKey;
}

export type RegistrationStatus = 'active' | 'deprecated' | 'obsolete' | 'unused' | 'temporary';

export interface Spec {
  document: string;
  section: string;
  url: string;
}

// ---------------------------------------------------------------- source facts (data/)

/** data/codes/Nxx.json: a code of the IANA registry. */
export interface Registration extends Behaviour {
  reason: string;
  status: RegistrationStatus;
  spec: Spec;
  /** other names the code goes by, never registered by IANA ("Moved Temporarily", "I'm a teapot") */
  aliases: string[];
  /** the reason phrases IANA registered before the current one ("Request Entity Too Large") */
  formerReasons?: string[];
}

/** data/vendors.json: a meaning a vendor gives a code, registered or not. */
export interface VendorMeaning extends Behaviour {
  /** the vendor, as a stable identifier ("nginx", "aws-elb"); its name is a text of each language */
  id: string;
  reason: string;
}

/** data/classes.json: the five classes, and what holds for a code nobody has defined. */
export interface ClassesFacts {
  classes: Record<ClassKey, { spec: Spec }>;
  unrecognizedCodes: { cacheableByDefault: boolean; sources: string[] };
}

/** data/comparisons/KEY.json: a curated comparison's facts. */
export interface ComparisonFacts {
  sources: string[];
  evidence: { url: string; kind: 'question' | 'issue' | 'docs' | 'article' }[];
  /** two facts (dimension keys) along which the codes are drawn as a grid */
  grid?: { rows: string; columns: string };
}

export interface ConstantEntry {
  name: string;
  since?: string;
  deprecated?: string;
  kind?: 'alias' | 'old-name';
  otherMeaning?: true;
}

/** data/constants/ID.json: the status-code names of one programming ecosystem. */
export interface EcosystemFile {
  name: string;
  /** a short name for a column: "Python", ".NET" */
  label: string;
  language: string;
  qualifiers: string[];
  source: { url: string; version: string; also?: string[] };
  constants: Record<string, ConstantEntry[]>;
}

// ---------------------------------------------------------------- source texts (data/locales/LANG/)

export interface CodeTexts {
  /** a translation of the reason phrase (languages other than English) */
  reason?: string;
  /** for a vendor's meaning: who uses it ("nginx", "Twitter (former API)") */
  vendor?: string;
  summary: string;
  description: string;
  whenSeen: string;
  howToResolve: { client: string; server: string };
  /**
   * When to choose this code, for a comparison that has no curated guidance: "Send 404 when …"; for a code nobody
   * should send (unused, deprecated, a vendor's), what to send instead, or where one meets it.
   */
  advice?: string;
}

export interface ClassTexts {
  name: string;
  description: string;
}

export interface ComparisonTexts {
  relation: string;
  confusion: string;
  mistake: string;
  ruleOfThumb: string;
  guidance: string;
  rules: string[];
}

/** What `httpexplain URL` says of one finding (data/locales/LANG/findings.json), with {placeholders}. */
export interface FindingTexts {
  /** the statement: "Redirect loop: hop {hop} sends the client back to hop {to}" */
  title: string;
  /** why it matters */
  why: string;
  /** how to fix it */
  fix: string;
}

/** A tree of interface strings: labels, headings, templates (plural forms are objects keyed by CLDR category). */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

// ---------------------------------------------------------------- compiled (dist/kb/)

/** A code as lists show it: --list, a class, completion, candidates. */
export interface ListEntry {
  code: number;
  reason: string;
  official: boolean;
  status: RegistrationStatus | 'unofficial';
  /** the ids of the vendors that give it a meaning */
  vendors: string[];
}

/** dist/kb/meta.json: what every run may need, small. */
export interface CompiledMeta {
  /** the languages shipped: English first, then by tag */
  languages: { tag: string; name: string }[];
  classes: ClassesFacts['classes'];
  unrecognizedCodes: ClassesFacts['unrecognizedCodes'];
  /** every known code, ascending */
  codes: ListEntry[];
  ecosystems: { id: string; name: string; label: string; language: string }[];
}

/** A constant as an explanation lists it. */
export interface Constant extends Omit<ConstantEntry, 'name'> {
  ecosystem: string;
  /** the ecosystem's short name: "Python", ".NET" */
  label: string;
  name: string;
  /** the name as code usually writes it, with its ecosystem's shortest qualifier: "http.StatusTeapot" */
  qualified: string;
  /**
   * how the name compares with IANA's: it spells the registered reason phrase (`current`), a former one
   * (`former`: the ecosystem lags behind a rename, as Go's StatusRequestEntityTooLarge), or neither (`other`)
   */
  iana: 'current' | 'former' | 'other';
}

/** dist/kb/codes/CODE.json: the facts of one known code. */
export interface CompiledCode {
  code: number;
  registration: Registration | null;
  /** vendors' meanings, most widespread first */
  meanings: VendorMeaning[];
  /** keys of the curated comparisons this code is part of */
  comparisons: string[];
  /** codes with a curated comparison with this one, ascending */
  confusedWith: number[];
  constants: Constant[];
}

/** dist/kb/comparisons/KEY.json */
export interface CompiledComparison extends ComparisonFacts {
  codes: number[];
}

/** What a name leads to: [code, how it matched, detail (vendor id, ecosystem id or language)]. */
export type NameMatch = [code: number, via: NameVia, detail?: string];
export type NameVia = 'reason' | 'alias' | 'constant' | 'localized' | 'vendor';

/** dist/kb/names.json: every name of every code, prepared for lookup (see src/resolve/names.ts). */
export interface CompiledNames {
  /** normalized name (normalizeName) → what it names, best first */
  names: Record<string, NameMatch[]>;
  /** constant as code writes it, lowercased, without qualifier → what it names */
  constants: Record<string, NameMatch[]>;
  /** each qualifier as code writes it ("HTTPStatus.", "StatusCode::") → the ecosystems that use it; longest first */
  qualifiers: [qualifier: string, ecosystems: string[]][];
  /** the name of each class in every language, normalized → the class */
  classes: Record<string, ClassKey>;
}

/**
 * dist/kb/search.json: words → the codes whose names and texts (in every language) hold them, with a weight: what
 * a keyword search ranks by (see src/resolve/search.ts).
 */
export interface CompiledSearch {
  /** normalized word (searchTerms) → [code, weight][] */
  terms: Record<string, [code: number, weight: number][]>;
}

/**
 * Texts of a language as compiled: every field present, those missing in the language taken from English and
 * listed in `untranslated` (paths of the fields, as in the JSON output).
 */
export interface Localized<T> {
  texts: T;
  untranslated: string[];
}

/** dist/kb/locales/LANG/codes/CODE.json */
export interface CompiledCodeTexts {
  registration: Localized<CodeTexts> | null;
  meanings: Record<string, Localized<CodeTexts>>;
}

/** dist/kb/locales/LANG/findings.json: the texts of every finding, by finding key. */
export type CompiledFindingTexts = Record<string, Localized<FindingTexts>>;

/** dist/kb/locales/LANG/locale.json: what every answer in that language needs. */
export interface CompiledLocale {
  messages: MessageTree;
  /** message keys taken from English */
  untranslatedMessages: string[];
  classes: Record<ClassKey, Localized<ClassTexts>>;
}
