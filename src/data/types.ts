export type ClassKey = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';
export const CLASS_KEYS: readonly ClassKey[] = ['1xx', '2xx', '3xx', '4xx', '5xx'];

export type RedirectMethod = 'kept' | 'post-may-become-get' | 'becomes-get';
export type Retry = 'none' | 'follow' | 'after-fix' | 'after-auth' | 'after-delay' | 'yes' | 'never';
export type Fault = 'none' | 'client' | 'server' | 'upstream';
export type RegistrationStatus = 'active' | 'deprecated' | 'obsolete' | 'unused' | 'temporary';

/** Behaviour facts, the same for registered codes and vendor meanings (see data/README.md). */
export interface Behaviour {
  cacheableByDefault: boolean;
  redirect: { permanent: boolean; method: RedirectMethod } | null;
  headers: string[];
  bodyAllowed: boolean;
  retry: Retry;
  fault: Fault;
  related: number[];
  sources: string[];
}

export interface Spec {
  document: string;
  section: string;
  url: string;
}

/** data/classes.json: the five classes, and what holds for a code nobody has defined. */
export interface ClassesFacts {
  classes: Record<ClassKey, { spec: Spec }>;
  unrecognizedCodes: { cacheableByDefault: boolean; sources: string[] };
}

export interface RegisteredCodeFacts extends Behaviour {
  reason: string;
  status: RegistrationStatus;
  spec: Spec;
  aliases: string[];
}

export interface VendorMeaningFacts extends Behaviour {
  id: string;
  vendor: string;
  reason: string;
}

export interface CodeTexts {
  reason?: string;
  summary: string;
  description: string;
  whenSeen: string;
  howToResolve: { client: string; server: string };
}

export interface PairTexts {
  relation: string;
  confusion: string;
  mistake: string;
  ruleOfThumb: string;
  guidance: string;
  rules: string[];
}

export interface ClassTexts {
  name: string;
  description: string;
}

/** data/locales/LANG/plural.json: the counts that take a message's `one` form; all others take `other`. */
export interface PluralCounts {
  one: number[];
}

/** A tree of interface strings: labels, headings, templates (plural forms are objects keyed by plural category). */
export interface MessageTree {
  [key: string]: string | MessageTree;
}
