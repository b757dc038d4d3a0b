import { comparisonKey, type KnowledgeBase } from '../kb/knowledgeBase';
import type { ComparisonTexts } from '../kb/types';
import { UsageError } from '../errors';
import { messagesFor, type Messages } from '../i18n/messages';
import { DIFFERENCE_ORDER, dimension, propertyRows, type PropertyRow } from './dimensions';
import { explainCode, specLabel, type Explanation } from './explain';

export interface Difference {
  key: string;
  /** One sentence that states the difference. */
  text: string;
  /** What the sentence is made of: one statement for each group of codes that share a value. */
  clauses: string[];
}

export interface CuratedGuidance {
  codes: number[];
  relation: string;
  confusion: string;
  mistake: string;
  ruleOfThumb: string;
  text: string;
  rules: string[];
}

export interface Guidance {
  source: 'curated' | 'derived';
  text: string;
  rules: string[];
  confusion?: string;
  mistake?: string;
  ruleOfThumb?: string;
  /** with more codes than a curated comparison covers: the curated pairs among them */
  pairs?: CuratedGuidance[];
}

export interface Link {
  label: string;
  url: string;
}

/** Everything `httpdiff` says about a set of codes: the object `httpdiff --json` prints. */
export interface Comparison {
  codes: number[];
  lang: string;
  title: string;
  summary: string;
  entries: Explanation[];
  properties: PropertyRow[];
  differences: Difference[];
  guidance: Guidance;
  links: Link[];
  /** texts of the comparison itself given in English for want of a translation (see each entry for its own) */
  untranslated: string[];
}

function groupBy(entries: Explanation[], value: (entry: Explanation) => string): Explanation[][] {
  const groups = new Map<string, Explanation[]>();
  for (const entry of entries) groups.set(value(entry), [...(groups.get(value(entry)) ?? []), entry]);
  return [...groups.values()];
}

export function codeLabel(entry: Pick<Explanation, 'code' | 'reason'>): string {
  return entry.reason ? `${entry.code} ${entry.reason}` : String(entry.code);
}

/** Key differences, generated from the facts: what each code means, then every property on which they differ. */
function differencesOf(entries: Explanation[], m: Messages): Difference[] {
  // Codes that mean the same (unassigned codes of one class) are said together, not contrasted.
  const meanings = groupBy(entries, (entry) => entry.summary).map((same) =>
    same.length === 1
      ? m.text('differences.meaning', { code: codeLabel(same[0]), summary: same[0].summary })
      : m.plural('differences.sameMeaning', same.length, { codes: m.list(same.map(codeLabel)), summary: same[0].summary }),
  );
  const differences: Difference[] = [{ key: 'meaning', text: m.sentence(meanings), clauses: meanings }];
  for (const d of DIFFERENCE_ORDER) {
    const groups = groupBy(entries.filter(d.appliesTo ?? (() => true)), d.value);
    if (groups.length < 2) continue;
    const clauses = groups.map((codes) => d.clause!(m, codes));
    differences.push({ key: d.key, text: m.sentence(clauses), clauses });
  }
  return differences;
}

interface Curated {
  guidance: CuratedGuidance;
  untranslated: string[];
}

function curatedFor(kb: KnowledgeBase, codes: number[], lang: string): Curated | undefined {
  const key = comparisonKey(codes);
  const comparison = kb.comparison(key);
  if (!comparison) return undefined;
  const { texts, untranslated } = kb.locale(lang).comparisonTexts(key);
  const { guidance, ...rest }: ComparisonTexts = texts;
  return { guidance: { codes: comparison.codes, ...rest, text: guidance }, untranslated };
}

function guidanceFor(kb: KnowledgeBase, entries: Explanation[], exact: Curated | undefined, m: Messages): { guidance: Guidance; untranslated: string[] } {
  if (exact) {
    const { text, rules, confusion, mistake, ruleOfThumb } = exact.guidance;
    const untranslated = exact.untranslated.map((field) => (field === 'relation' ? 'summary' : `guidance.${field === 'guidance' ? 'text' : field}`));
    return { guidance: { source: 'curated', text, rules, confusion, mistake, ruleOfThumb }, untranslated };
  }
  const codes = entries.map((entry) => entry.code);
  const rules = entries.map((entry) => {
    const code = codeLabel(entry);
    if (entry.status === 'unassigned') return m.text('compare.unassignedRule', { code });
    if (!entry.official) return m.text('compare.vendorRule', { code, vendor: entry.vendor ?? '' });
    return m.text('compare.useRule', { code, summary: entry.summary });
  });
  const keys = new Set(codes.flatMap((code) => kb.code(code)?.comparisons ?? []));
  const pairs = [...keys]
    .sort()
    .map((key) => kb.comparison(key)!)
    .filter((comparison) => comparison.codes.every((code) => codes.includes(code)))
    .map((comparison) => curatedFor(kb, comparison.codes, m.lang)!);
  const untranslated = pairs.some((pair) => pair.untranslated.length > 0) ? ['guidance.pairs'] : [];
  if (pairs.length > 0) {
    return { guidance: { source: 'curated', text: m.text('compare.curatedPairsIntro'), rules, pairs: pairs.map((pair) => pair.guidance) }, untranslated };
  }
  return { guidance: { source: 'derived', text: m.text('compare.derivedGuidance'), rules }, untranslated };
}

/** "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4" → "RFC 9110 §15.4.4"; other URLs → their host. */
function describeUrl(url: string): string {
  const rfc = /rfc(\d+)(?:\.html)?(?:#section-([\d.]+))?/i.exec(url);
  if (rfc) return rfc[2] ? `RFC ${rfc[1]} §${rfc[2]}` : `RFC ${rfc[1]}`;
  return new URL(url).hostname.replace(/^www\./, '');
}

function linksFor(kb: KnowledgeBase, entries: Explanation[]): Link[] {
  const links = new Map<string, string>();
  for (const entry of entries) {
    const url = entry.spec?.url ?? entry.sources[0];
    if (!links.has(url)) links.set(url, `${entry.spec ? specLabel(entry.spec) : describeUrl(url)} (${codeLabel(entry)})`);
  }
  const comparison = kb.comparison(comparisonKey(entries.map((entry) => entry.code)));
  for (const url of comparison?.sources ?? []) if (!links.has(url)) links.set(url, describeUrl(url));
  return [...links].map(([url, label]) => ({ label, url }));
}

function summaryOf(entries: Explanation[], curated: Curated | undefined, m: Messages): string {
  if (curated) return curated.guidance.relation;
  const classes = groupBy(entries, (entry) => entry.class);
  if (classes.length === 1) {
    const [first] = entries;
    return m.plural('compare.sameClass', entries.length, {
      codes: m.list(entries.map((entry) => String(entry.code))),
      class: first.class,
      className: first.className,
    });
  }
  return m.sentence(classes.map((codes) => dimension('class').clause!(m, codes)));
}

/** Compares two or more different codes in a language. */
export function compareCodes(kb: KnowledgeBase, codes: number[], lang: string): Comparison {
  const seen = new Set<number>();
  for (const code of codes) {
    if (seen.has(code)) throw new UsageError('sameCodeTwice', { code });
    seen.add(code);
  }
  if (codes.length < 2) throw new UsageError('needTwoCodes');
  const m = messagesFor(kb, lang);
  const entries = codes.map((code) => explainCode(kb, code, lang));
  const curated = curatedFor(kb, codes, lang);
  const { value, fallbacks } = m.recordFallbacks(() => ({
    title: m.text('compare.title', { codes: entries.map(codeLabel).join(m.text('compare.titleJoiner')) }),
    summary: summaryOf(entries, curated, m),
    properties: propertyRows(entries, m),
    differences: differencesOf(entries, m),
    ...guidanceFor(kb, entries, curated, m),
  }));
  const { guidance, untranslated, ...texts } = value;
  return {
    codes,
    lang,
    title: texts.title,
    summary: texts.summary,
    entries,
    properties: texts.properties,
    differences: texts.differences,
    guidance,
    links: linksFor(kb, entries),
    untranslated: [...untranslated, ...fallbacks.map((key) => `messages.${key}`)],
  };
}
