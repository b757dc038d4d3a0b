import { comparisonKey, type KnowledgeBase } from '../kb/knowledgeBase';
import type { CompiledComparison, ComparisonTexts } from '../kb/types';
import { UsageError } from '../errors';
import { messagesFor, type Messages } from '../i18n/messages';
import { DIFFERENCE_ORDER, dimension, propertyRows, type Dimension, type PropertyRow } from './dimensions';
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
  /**
   * curated: written for these codes, or for a family that contains them all (then `family` names it);
   * derived: made from the facts (the property that decides first) and from each code's own advice
   */
  source: 'curated' | 'derived';
  /** the key of the curated comparison that serves these codes when it covers more codes than those compared */
  family?: string;
  text: string;
  rules: string[];
  ruleOfThumb?: string;
  mistake?: string;
  confusion?: string;
  /** with more codes than a curated comparison covers: the curated comparisons among them */
  pairs?: CuratedGuidance[];
}

export interface GridAxis {
  /** a dimension key: "redirect", "redirectMethod", "retry" … */
  key: string;
  label: string;
  /** the values that the codes compared have, in the order the fact declares them, each with its label */
  values: { value: string; label: string }[];
}

/**
 * The codes drawn along two facts, as a comparison declares them (data/comparisons/KEY.json, `grid`). A value is the
 * fact's value as a string ("permanent", "kept", "true"); an axis lists only the values some compared code has.
 * `cells[i][j]` lists the codes whose row value is `rows.values[i]` and column value `columns.values[j]`, in the
 * order given, `[]` when none: every compared code is in exactly one cell.
 */
export interface Grid {
  rows: GridAxis;
  columns: GridAxis;
  cells: number[][][];
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
  /** present when the curated comparison that serves these codes declares a grid */
  grid?: Grid;
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

/** "HTTP 401 Unauthorized vs 403 Forbidden"; three or more codes as a list ("…, 503 … and 504 …"). */
export function comparisonTitle(labels: string[], m: Messages): string {
  const codes = labels.length === 2 ? labels.join(m.text('compare.titleJoiner')) : m.list(labels);
  return m.text('compare.title', { codes });
}

/** Clauses as one statement, without capital or full stop: two in contrast, more with the language's joiner. */
function joinClauses(m: Messages, clauses: string[]): string {
  return clauses.length === 2
    ? m.text('grammar.contrastTwo', { 0: clauses[0], 1: clauses[1] })
    : clauses.join(m.text('grammar.clauseJoiner'));
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

// ---------------------------------------------------------------- curated guidance

/** The curated comparison that answers for a set of codes: its own, or the smallest family that holds them all. */
interface Served {
  comparison: CompiledComparison;
  key: string;
  /** whether it covers more codes than those compared */
  family: boolean;
  guidance: CuratedGuidance;
  untranslated: string[];
}

function curatedTexts(
  kb: KnowledgeBase,
  comparison: CompiledComparison,
  lang: string,
): { guidance: CuratedGuidance; untranslated: string[] } {
  const { texts, untranslated } = kb.locale(lang).comparisonTexts(comparisonKey(comparison.codes));
  const { guidance, ...rest }: ComparisonTexts = texts;
  return { guidance: { codes: comparison.codes, ...rest, text: guidance }, untranslated };
}

/** The codes of `among` that a text names by number ("Send 413 …" names 413; "120 s" names nothing). */
function codesNamed(text: string, among: readonly number[]): number[] {
  return [...text.matchAll(/\b[1-5][0-9]{2}\b/g)].map((match) => Number(match[0])).filter((code) => among.includes(code));
}

function servedBy(kb: KnowledgeBase, codes: number[], lang: string): Served | undefined {
  const exact = kb.comparison(comparisonKey(codes));
  if (exact) return { comparison: exact, key: comparisonKey(codes), family: false, ...curatedTexts(kb, exact, lang) };
  // A family that contains every code compared: the smallest, then the first by key.
  const [family] = (kb.code(codes[0])?.comparisons ?? [])
    .map((key) => kb.comparison(key)!)
    .filter((comparison) => codes.every((code) => comparison.codes.includes(code)))
    .sort((a, b) => a.codes.length - b.codes.length || comparisonKey(a.codes).localeCompare(comparisonKey(b.codes)));
  if (!family) return undefined;
  const { guidance, untranslated } = curatedTexts(kb, family, lang);
  // Focused on the codes compared: a rule about other codes of the family goes; one that names none of them stays.
  const rules = guidance.rules.filter((rule) => codesNamed(rule, family.codes).every((code) => codes.includes(code)));
  return { comparison: family, key: comparisonKey(family.codes), family: true, guidance: { ...guidance, rules }, untranslated };
}

function curatedGuidance(served: Served): { guidance: Guidance; untranslated: string[] } {
  const { text, rules, ruleOfThumb, mistake, confusion } = served.guidance;
  const untranslated = served.untranslated.map((field) =>
    field === 'relation' ? 'summary' : `guidance.${field === 'guidance' ? 'text' : field}`,
  );
  const family = served.family ? { family: served.key } : {};
  return { guidance: { source: 'curated', ...family, text, rules, ruleOfThumb, mistake, confusion }, untranslated };
}

// ---------------------------------------------------------------- derived guidance

/** The first property, by rank, on which the codes differ: the question that tells them apart first. */
function firstSplit(entries: Explanation[]): { d: Dimension; groups: Explanation[][] } | undefined {
  for (const d of DIFFERENCE_ORDER) {
    // A property that only some codes have (a redirect's method) cannot tell all of them apart.
    if (d.appliesTo && !entries.every(d.appliesTo)) continue;
    const groups = groupBy(entries, d.value);
    if (groups.length > 1) return { d, groups };
  }
  return undefined;
}

function answerOf(m: Messages, split: { d: Dimension; groups: Explanation[][] }): { question: string; answer: string } {
  return {
    question: m.text(`compare.questions.${split.d.key}`),
    answer: joinClauses(
      m,
      split.groups.map((group) => split.d.clause!(m, group)),
    ),
  };
}

/**
 * What decides between the codes, as an expert would open: the question that tells them apart (the first property
 * by rank on which they differ) and how each answers it; then, for codes that answer it alike, the question that
 * tells those apart, if one does.
 */
function decidingText(entries: Explanation[], m: Messages): string {
  const split = firstSplit(entries);
  if (!split) return m.text(new Set(entries.map((entry) => entry.summary)).size === 1 ? 'compare.identical' : 'compare.sameFacts');
  const sentences = [m.text(split.groups.length === entries.length ? 'compare.decides' : 'compare.decidesFirst', answerOf(m, split))];
  for (const group of split.groups) {
    if (group.length < 2) continue;
    const codes = m.list(group.map((entry) => String(entry.code)));
    const among = group.length === 2 ? 'Two' : 'Many';
    const next = firstSplit(group);
    // A fact that only splits them further, without telling each apart, would not decide: their meanings do.
    if (!next) sentences.push(m.text(`compare.sameFactsAmong${among}`, { codes }));
    else if (next.groups.length < group.length) sentences.push(m.text('compare.noFactDecides', { codes }));
    else sentences.push(m.text(`compare.among${among}`, { codes, ...answerOf(m, next) }));
  }
  return m.joinSentences(sentences);
}

/** Each code's advice; an unassigned code has none: do not send it, send the x00 code of its class. */
function adviceOf(kb: KnowledgeBase, entry: Explanation, m: Messages): string | null {
  if (entry.status !== 'unassigned') return entry.advice;
  const fallback = Math.floor(entry.code / 100) * 100;
  return m.text('compare.unassignedAdvice', { code: entry.code, fallback: `${fallback} ${kb.code(fallback)!.registration!.reason}` });
}

function derivedGuidance(kb: KnowledgeBase, entries: Explanation[], m: Messages): { guidance: Guidance; untranslated: string[] } {
  const codes = entries.map((entry) => entry.code);
  const rules = entries.map((entry) => adviceOf(kb, entry, m)).filter((advice): advice is string => advice !== null);
  const untranslated = entries.some((entry) => entry.untranslated.includes('advice')) ? ['guidance.rules'] : [];
  // The curated comparisons among the codes, each as written (more codes than any one of them covers).
  const keys = new Set(codes.flatMap((code) => kb.code(code)?.comparisons ?? []));
  const pairs = [...keys]
    .sort()
    .map((key) => kb.comparison(key)!)
    .filter((comparison) => comparison.codes.every((code) => codes.includes(code)))
    .map((comparison) => curatedTexts(kb, comparison, m.lang));
  if (pairs.some((pair) => pair.untranslated.length > 0)) untranslated.push('guidance.pairs');
  const guidance: Guidance = { source: 'derived', text: decidingText(entries, m), rules };
  if (pairs.length > 0) guidance.pairs = pairs.map((pair) => pair.guidance);
  return { guidance, untranslated };
}

// ---------------------------------------------------------------- grid, links, summary

function gridAxis(entries: Explanation[], key: string, m: Messages): GridAxis {
  const d = dimension(key);
  const present = [...new Set(entries.map(d.value))];
  const values = d.values ? d.values.filter((value) => present.includes(value)) : present;
  return {
    key,
    label: m.text(`labels.${key}`),
    values: values.map((value) => ({
      value,
      label: d.display(
        entries.find((entry) => d.value(entry) === value)!,
        m,
      ),
    })),
  };
}

function gridOf(entries: Explanation[], axes: NonNullable<CompiledComparison['grid']>, m: Messages): Grid {
  const rows = gridAxis(entries, axes.rows, m);
  const columns = gridAxis(entries, axes.columns, m);
  const [rowOf, columnOf] = [dimension(axes.rows).value, dimension(axes.columns).value];
  const cells = rows.values.map((row) =>
    columns.values.map((column) =>
      entries.filter((entry) => rowOf(entry) === row.value && columnOf(entry) === column.value).map((entry) => entry.code),
    ),
  );
  return { rows, columns, cells };
}

/** "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4" → "RFC 9110 §15.4.4"; other URLs → their host. */
function describeUrl(url: string): string {
  const rfc = /rfc(\d+)(?:\.html)?(?:#section-([\d.]+))?/i.exec(url);
  if (rfc) return rfc[2] ? `RFC ${rfc[1]} §${rfc[2]}` : `RFC ${rfc[1]}`;
  return new URL(url).hostname.replace(/^www\./, '');
}

function linksFor(entries: Explanation[], served: Served | undefined, m: Messages): Link[] {
  const links = new Map<string, string>();
  for (const entry of entries) {
    const url = entry.spec?.url ?? entry.sources[0];
    if (!links.has(url)) links.set(url, (entry.spec ? specLabel(entry.spec) : describeUrl(url)) + m.parenthetical(codeLabel(entry)));
  }
  for (const url of served?.comparison.sources ?? []) if (!links.has(url)) links.set(url, describeUrl(url));
  return [...links].map(([url, label]) => ({ label, url }));
}

function summaryOf(entries: Explanation[], served: Served | undefined, m: Messages): string {
  if (served) return served.guidance.relation;
  const classes = groupBy(entries, (entry) => entry.class);
  if (classes.length === 1) {
    const [first] = entries;
    // "both" only for two codes: three or more are "all".
    return m.text(entries.length === 2 ? 'compare.sameClassTwo' : 'compare.sameClass', {
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
  if (codes.length === 1) {
    // One code: say what people compare it with, so that the next command is one copy away.
    const others = kb.code(codes[0])?.confusedWith ?? [];
    if (others.length > 0) throw new UsageError('needTwoCodesOf', { code: codes[0], others, example: `httpdiff ${codes[0]} ${others[0]}` });
  }
  if (codes.length < 2) throw new UsageError('needTwoCodes');
  const m = messagesFor(kb, lang);
  const entries = codes.map((code) => explainCode(kb, code, lang));
  const served = servedBy(kb, codes, lang);
  const axes = served?.comparison.grid;
  const { value, fallbacks } = m.recordFallbacks(() => ({
    title: comparisonTitle(entries.map(codeLabel), m),
    summary: summaryOf(entries, served, m),
    properties: propertyRows(entries, m),
    grid: axes && gridOf(entries, axes, m),
    differences: differencesOf(entries, m),
    ...(served ? curatedGuidance(served) : derivedGuidance(kb, entries, m)),
  }));
  const { guidance, untranslated, grid, ...texts } = value;
  return {
    codes,
    lang,
    title: texts.title,
    summary: texts.summary,
    entries,
    properties: texts.properties,
    ...(grid ? { grid } : {}),
    differences: texts.differences,
    guidance,
    links: linksFor(entries, served, m),
    untranslated: [...untranslated, ...fallbacks.map((key) => `messages.${key}`)],
  };
}
