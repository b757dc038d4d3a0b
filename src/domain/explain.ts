import { classOf, type KnowledgeBase } from '../data/knowledgeBase';
import type { Behaviour, ClassKey, CodeTexts, Fault, RedirectMethod, RegistrationStatus, Retry, Spec } from '../data/types';
import { messagesFor } from '../i18n/messages';

export type Status = RegistrationStatus | 'unofficial' | 'unassigned';

/** Another meaning of the same code, used by a vendor. */
export interface Meaning {
  vendor: string;
  reason: string;
  localizedReason: string | null;
  summary: string | null;
  source: string;
}

/** Everything httpdiff says about one code: the object `httpexplain --json` prints. */
export interface Explanation {
  code: number;
  reason: string | null;
  localizedReason: string | null;
  class: ClassKey;
  className: string;
  official: boolean;
  vendor: string | null;
  status: Status;
  spec: Spec | null;
  aliases: string[];
  summary: string;
  description: string;
  whenSeen: string | null;
  howToResolve: { client: string; server: string } | null;
  cacheableByDefault: boolean;
  redirect: { permanent: boolean; methodPreserved: boolean; method: RedirectMethod } | null;
  headers: string[];
  bodyAllowed: boolean;
  retry: Retry;
  fault: Fault;
  related: number[];
  confusedWith: number[];
  meanings: Meaning[];
  sources: string[];
  lang: string;
}

/** The order of the fields in JSON output, as documented in the README. */
const FIELD_ORDER: (keyof Explanation)[] = [
  'code', 'reason', 'localizedReason', 'class', 'className', 'official', 'vendor', 'status', 'spec', 'aliases',
  'summary', 'description', 'whenSeen', 'howToResolve', 'cacheableByDefault', 'redirect', 'headers', 'bodyAllowed',
  'retry', 'fault', 'related', 'confusedWith', 'meanings', 'sources', 'lang',
];

function inFieldOrder(entry: Explanation): Explanation {
  return Object.fromEntries(FIELD_ORDER.map((field) => [field, entry[field]])) as unknown as Explanation;
}

/** "RFC 9110 §15.4.4" */
export function specLabel(spec: Spec): string {
  return `${spec.document} §${spec.section}`;
}

/** Codes that have curated comparisons with `code` (data/pairs.json), ascending. */
export function confusedWith(kb: KnowledgeBase, code: number): number[] {
  const others = new Set<number>();
  for (const key of kb.pairs.keys()) {
    const codes = key.split('-').map(Number);
    if (codes.includes(code)) codes.filter((other) => other !== code).forEach((other) => others.add(other));
  }
  return [...others].sort((a, b) => a - b);
}

function behaviourFields(facts: Behaviour) {
  return {
    cacheableByDefault: facts.cacheableByDefault,
    redirect: facts.redirect && {
      permanent: facts.redirect.permanent,
      methodPreserved: facts.redirect.method === 'kept',
      method: facts.redirect.method,
    },
    headers: facts.headers,
    bodyAllowed: facts.bodyAllowed,
    retry: facts.retry,
    fault: facts.fault,
    related: facts.related,
  };
}

function textFields(texts: CodeTexts | undefined, code: number, lang: string) {
  if (!texts) throw new Error(`no ${lang} texts for ${code}`);
  return {
    localizedReason: texts.reason ?? null,
    summary: texts.summary,
    description: texts.description,
    whenSeen: texts.whenSeen,
    howToResolve: texts.howToResolve,
  };
}

/** Explains a code in a language; a code in range that nobody uses gets its class's meaning. */
export function explainCode(kb: KnowledgeBase, code: number, lang: string): Explanation {
  const texts = kb.locale(lang);
  const cls = classOf(code);
  const className = texts.classTexts(cls).name;
  const registered = kb.registered(code);
  const vendorMeanings = kb.vendorMeanings(code);
  const meanings = (skip: number): Meaning[] =>
    vendorMeanings.slice(skip).map((meaning) => {
      const meaningTexts = texts.vendorTexts(code, meaning.id);
      return {
        vendor: meaning.vendor,
        reason: meaning.reason,
        localizedReason: meaningTexts?.reason ?? null,
        summary: meaningTexts?.summary ?? null,
        source: meaning.sources[0],
      };
    });
  const common = { code, class: cls, className, confusedWith: confusedWith(kb, code), lang };

  if (registered) {
    return inFieldOrder({
      ...common,
      reason: registered.reason,
      official: true,
      vendor: null,
      status: registered.status,
      spec: registered.spec,
      aliases: registered.aliases,
      ...textFields(texts.codeTexts(code), code, lang),
      ...behaviourFields(registered),
      meanings: meanings(0),
      sources: registered.sources,
    });
  }
  if (vendorMeanings.length > 0) {
    const primary = vendorMeanings[0];
    return inFieldOrder({
      ...common,
      reason: primary.reason,
      official: false,
      vendor: primary.vendor,
      status: 'unofficial',
      spec: null,
      aliases: [],
      ...textFields(texts.vendorTexts(code, primary.id), code, lang),
      ...behaviourFields(primary),
      meanings: meanings(1),
      sources: primary.sources,
    });
  }
  // A client treats a code it does not recognize as the x00 code of its class (RFC 9110 section 15; data/classes.json).
  const { unrecognizedCodes } = kb;
  const fallbackCode = Math.floor(code / 100) * 100;
  const fallback = kb.registered(fallbackCode)!;
  const messages = messagesFor(kb, lang);
  const params = { code, class: cls, className, fallback: `${fallbackCode} ${fallback.reason}` };
  return inFieldOrder({
    ...common,
    reason: null,
    localizedReason: null,
    official: false,
    vendor: null,
    status: 'unassigned',
    spec: null,
    aliases: [],
    summary: messages.text('explain.unassignedSummary', params),
    description: `${messages.text('explain.unassigned', params)} ${texts.classTexts(cls).description}`,
    whenSeen: null,
    howToResolve: null,
    ...behaviourFields(fallback),
    cacheableByDefault: unrecognizedCodes.cacheableByDefault,
    related: [fallbackCode],
    meanings: [],
    sources: unrecognizedCodes.sources,
  });
}

/** A class and the codes of it that we know. */
export interface ClassOverview {
  class: ClassKey;
  className: string;
  /** The section that defines the class. */
  spec: Spec;
  description: string;
  codes: { code: number; reason: string; official: boolean; status: Status }[];
  lang: string;
}

export function listEntry(kb: KnowledgeBase, code: number) {
  const registered = kb.registered(code);
  const primary = kb.vendorMeanings(code)[0];
  return registered
    ? { code, reason: registered.reason, official: true, status: registered.status as Status }
    : { code, reason: primary.reason, official: false, status: 'unofficial' as Status };
}

/** Several codes whose names match a query, for the user to choose from. */
export interface Candidates {
  query: string;
  candidates: ClassOverview['codes'];
  lang: string;
}

export function explainCandidates(kb: KnowledgeBase, query: string, codes: number[], lang: string): Candidates {
  return { query, candidates: codes.map((code) => listEntry(kb, code)), lang };
}

export function explainClass(kb: KnowledgeBase, cls: ClassKey, lang: string): ClassOverview {
  const texts = kb.locale(lang).classTexts(cls);
  return {
    class: cls,
    className: texts.name,
    spec: kb.classSpec(cls),
    description: texts.description,
    codes: kb.knownCodes().filter((code) => classOf(code) === cls).map((code) => listEntry(kb, code)),
    lang,
  };
}
