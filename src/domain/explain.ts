import { FACT_KEYS, type Behaviour, type RedirectMethod } from '../kb/facts';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import {
  classOf,
  type ClassKey,
  type CodeTexts,
  type Constant,
  type ListEntry,
  type Localized,
  type RegistrationStatus,
  type Spec,
} from '../kb/types';
import type { Match } from '../resolve/resolve';
import { messagesFor } from '../i18n/messages';
import { namesOf } from '../kb/names';

export type Status = RegistrationStatus | 'unofficial' | 'unassigned';

/** Another meaning of the same code, used by a vendor. */
export interface Meaning {
  /** the vendor, as a stable identifier ("nginx", "esri") */
  id: string;
  /** its name, in the output language */
  vendor: string;
  reason: string;
  localizedReason: string | null;
  summary: string;
  source: string;
}

type BehaviourOutput = Omit<Behaviour, 'redirect' | 'related' | 'sources'> & {
  redirect: { permanent: boolean; methodPreserved: boolean; method: RedirectMethod } | null;
};

/** An ecosystem that has no constant for a registered code. */
export interface MissingConstant {
  ecosystem: string;
  label: string;
  name: null;
}

/** Everything httpdiff says about one code: the object `httpexplain --json` prints. */
export interface Explanation extends BehaviourOutput {
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
  /**
   * When to choose this code over the others (for a comparison without curated guidance); for a code nobody should
   * send (unused, deprecated, a vendor's), what to send instead or where one meets it. null for an unassigned code.
   */
  advice: string | null;
  related: number[];
  confusedWith: number[];
  /**
   * its constants in the programming ecosystems; for a registered code, every ecosystem, `name: null` where the
   * ecosystem has no constant for it
   */
  constants: (Constant | MissingConstant)[];
  meanings: Meaning[];
  sources: string[];
  /** how the query was understood, when the code was found from one (the CLI, the library's explain) */
  match?: Match;
  /** texts of this answer that the language lacks and that are given in English: their paths in this object */
  untranslated: string[];
  lang: string;
}

/** The order of the fields in JSON output: what the code is, its texts, its behaviour facts as declared, the rest. */
const FIELD_ORDER = [
  'code',
  'reason',
  'localizedReason',
  'class',
  'className',
  'official',
  'vendor',
  'status',
  'spec',
  'aliases',
  'summary',
  'description',
  'whenSeen',
  'howToResolve',
  'advice',
  ...FACT_KEYS.filter((key) => key !== 'sources'),
  'confusedWith',
  'constants',
  'meanings',
  'sources',
  'match',
  'untranslated',
  'lang',
] as (keyof Explanation)[];

function inFieldOrder(entry: Explanation): Explanation {
  return Object.fromEntries(FIELD_ORDER.map((field) => [field, entry[field]])) as unknown as Explanation;
}

/** "RFC 9110 §15.4.4" */
export function specLabel(spec: Spec): string {
  return `${spec.document} §${spec.section}`;
}

/** The behaviour facts of a registration or a vendor's meaning, as the JSON output gives them. */
function behaviourFields(facts: Behaviour): BehaviourOutput & Pick<Behaviour, 'related'> {
  const fields = Object.fromEntries(FACT_KEYS.filter((key) => key !== 'sources').map((key) => [key, facts[key]])) as Omit<
    Behaviour,
    'sources'
  >;
  const { redirect } = facts;
  return {
    ...fields,
    redirect: redirect && { permanent: redirect.permanent, methodPreserved: redirect.method === 'kept', method: redirect.method },
  };
}

function textFields({ texts, untranslated }: Localized<CodeTexts>) {
  return {
    fields: {
      localizedReason: texts.reason ?? null,
      summary: texts.summary,
      description: texts.description,
      whenSeen: texts.whenSeen,
      howToResolve: texts.howToResolve,
      advice: texts.advice ?? null,
    },
    untranslated,
  };
}

/** The constants of a registered code in every ecosystem, in the order of the ecosystems: those without one say so. */
function everyEcosystem(kb: KnowledgeBase, constants: Constant[]): (Constant | MissingConstant)[] {
  return kb.ecosystems.flatMap(({ id, label }): (Constant | MissingConstant)[] => {
    const own = constants.filter((constant) => constant.ecosystem === id);
    return own.length > 0 ? own : [{ ecosystem: id, label, name: null }];
  });
}

/** Explains a code in a language; a code in range that nobody uses gets its class's meaning. */
export function explainCode(kb: KnowledgeBase, code: number, lang: string, match?: Match): Explanation {
  const locale = kb.locale(lang);
  const cls = classOf(code);
  const classTexts = locale.classTexts(cls);
  const compiled = kb.code(code);
  const common = { code, class: cls, className: classTexts.texts.name, match, lang };

  if (compiled) {
    const texts = locale.codeTexts(code);
    const { registration } = compiled;
    const primary = registration ? null : compiled.meanings[0];
    const own = textFields(registration ? texts.registration! : texts.meanings[primary!.id]);
    const others = registration ? compiled.meanings : compiled.meanings.slice(1);
    const untranslated = [...(registration ? own.untranslated : own.untranslated.map((path) => path.replace(/^meanings\.[^.]+\./, '')))];
    if (classTexts.untranslated.includes('name')) untranslated.push('className');
    const meanings = others.map((meaning, i): Meaning => {
      const meaningTexts = texts.meanings[meaning.id];
      for (const field of ['vendor', 'summary']) {
        if (meaningTexts.untranslated.includes(`meanings.${meaning.id}.${field}`)) untranslated.push(`meanings[${i}].${field}`);
      }
      return {
        id: meaning.id,
        vendor: meaningTexts.texts.vendor!,
        reason: meaning.reason,
        localizedReason: meaningTexts.texts.reason ?? null,
        summary: meaningTexts.texts.summary,
        source: meaning.sources[0],
      };
    });
    const facts = registration ?? primary!;
    const vendor = primary ? texts.meanings[primary.id].texts.vendor! : null;
    return inFieldOrder({
      ...common,
      reason: facts.reason,
      official: registration !== null,
      vendor,
      status: registration?.status ?? 'unofficial',
      spec: registration?.spec ?? null,
      aliases: registration ? namesOf(registration) : [],
      ...own.fields,
      ...behaviourFields(facts),
      confusedWith: compiled.confusedWith,
      constants: registration ? everyEcosystem(kb, compiled.constants) : compiled.constants,
      meanings,
      sources: facts.sources,
      untranslated,
    });
  }

  // A client treats a code it does not recognize as the x00 code of its class (RFC 9110 section 15).
  const fallbackCode = Math.floor(code / 100) * 100;
  const fallback = kb.code(fallbackCode)!.registration!;
  const m = messagesFor(kb, lang);
  const params = { code, class: cls, className: common.className, fallback: `${fallbackCode} ${fallback.reason}` };
  const { value: texts, fallbacks } = m.recordFallbacks(() => ({
    summary: m.text('explain.unassignedSummary', params),
    description: m.joinSentences([m.text('explain.unassigned', params), classTexts.texts.description]),
  }));
  const untranslated = fallbacks.length > 0 || classTexts.untranslated.includes('description') ? ['summary', 'description'] : [];
  return inFieldOrder({
    ...common,
    reason: null,
    localizedReason: null,
    official: false,
    vendor: null,
    status: 'unassigned',
    spec: null,
    aliases: [],
    ...texts,
    whenSeen: null,
    howToResolve: null,
    advice: null,
    ...behaviourFields(fallback),
    cacheableByDefault: kb.unrecognizedCodes.cacheableByDefault,
    related: [fallbackCode],
    confusedWith: [],
    constants: [],
    meanings: [],
    sources: kb.unrecognizedCodes.sources,
    untranslated,
  });
}

/** A class and the codes of it that we know. */
export interface ClassOverview {
  class: ClassKey;
  className: string;
  /** the section that defines the class */
  spec: Spec;
  description: string;
  codes: ListEntry[];
  untranslated: string[];
  lang: string;
}

export function explainClass(kb: KnowledgeBase, cls: ClassKey, lang: string): ClassOverview {
  const { texts, untranslated } = kb.locale(lang).classTexts(cls);
  return {
    class: cls,
    className: texts.name,
    spec: kb.classSpec(cls),
    description: texts.description,
    codes: kb.list().filter((entry) => classOf(entry.code) === cls),
    untranslated: untranslated.map((field) => (field === 'name' ? 'className' : field)),
    lang,
  };
}

/** Several codes whose names match a query, for the user to choose from. */
export interface Candidates {
  query: string;
  /** the best candidates, best first */
  candidates: ListEntry[];
  /** how many codes matched, of which `candidates` are the best */
  total: number;
  lang: string;
}

/**
 * Candidates for a query, as lists show codes; a code named through a vendor's meaning (`vendors`: code → vendor
 * id) is shown with that meaning ("451 Redirect", Exchange's), not with its registered one.
 */
export function explainCandidates(
  kb: KnowledgeBase,
  query: string,
  codes: number[],
  lang: string,
  total = codes.length,
  vendors: Record<number, string> = {},
): Candidates {
  const entries = kb.list();
  const candidates = codes.map((code): ListEntry => {
    const meaning = Object.hasOwn(vendors, code) ? kb.code(code)?.meanings.find((candidate) => candidate.id === vendors[code]) : undefined;
    const entry = entries.find((candidate) => candidate.code === code)!;
    return meaning ? { code, reason: meaning.reason, official: false, status: 'unofficial', vendors: [meaning.id] } : entry;
  });
  return { query, candidates, total, lang };
}
