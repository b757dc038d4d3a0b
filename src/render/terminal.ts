import type { Chalk } from 'chalk';
import type { Comparison, CuratedGuidance } from '../domain/compare';
import { codeLabel } from '../domain/compare';
import { specLabel, type Candidates, type ClassOverview, type Explanation } from '../domain/explain';
import { BEHAVIOUR_KEYS, propertyRows, type PropertyRow } from '../domain/properties';
import { classOf } from '../data/knowledgeBase';
import type { ClassKey } from '../data/types';
import type { Messages } from '../i18n/messages';
import { fitColumns } from './columns';
import { sanitizeInput } from './sanitize';
import { wrap } from './wrap';

export type ColorLevel = 0 | 1 | 2 | 3;

/** How to draw: the language, the terminal's width and how many colours it takes (0: none, no escape codes). */
export interface TerminalOptions {
  m: Messages;
  width: number;
  colorLevel: ColorLevel;
  /** box-drawing borders: on a terminal (or with colour forced); plain aligned columns elsewhere */
  decorated: boolean;
}

interface Style {
  m: Messages;
  width: number;
  c: Chalk;
  decorated: boolean;
}

const INDENT = '  ';
/** cli-table3 characters for a table without borders: columns aligned, separated by spaces. */
const NO_BORDERS = Object.fromEntries(
  ['top', 'top-mid', 'top-left', 'top-right', 'bottom', 'bottom-mid', 'bottom-left', 'bottom-right', 'left', 'left-mid', 'mid', 'mid-mid', 'right', 'right-mid', 'middle'].map((name) => [name, '']),
);

/** chalk is loaded only when text is drawn, so `--json` never pays for it. */
function styleFor(options: TerminalOptions): Style {
  const chalk = require('chalk') as typeof import('chalk');
  return { m: options.m, width: options.width, c: new chalk.Instance({ level: options.colorLevel }), decorated: options.decorated };
}

function classColor(c: Chalk, cls: ClassKey): Chalk {
  return { '1xx': c.blue, '2xx': c.green, '3xx': c.cyan, '4xx': c.yellow, '5xx': c.red }[cls];
}

function heading(s: Style, key: string): string {
  return s.c.bold(s.m.text(`headings.${key}`));
}

function section(s: Style, key: string, text: string): string {
  return `${heading(s, key)}\n${wrap(text, s.width, INDENT)}`;
}

/**
 * `text` wrapped after a lead ("  1. ", "  • ", a label): its first line starts with the lead, the others are
 * indented as far. `leadWidth` is the lead's width on screen, colour codes aside.
 */
function afterLead(s: Style, lead: string, leadWidth: number, text: string): string {
  const indent = ' '.repeat(leadWidth);
  return lead + wrap(text, s.width, indent).slice(indent.length);
}

/** Label/value lines with the values aligned, wrapped under their own column. */
function aligned(s: Style, rows: [string, string][]): string {
  const labelWidth = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.map(([label, value]) => afterLead(s, INDENT + s.c.dim(label.padEnd(labelWidth)), INDENT.length + labelWidth, value)).join('\n');
}

function titleLine(s: Style, entry: Explanation): string {
  const color = classColor(s.c, entry.class);
  const reason = entry.reason ?? '';
  const localized = entry.localizedReason ? s.c.dim(` (${entry.localizedReason})`) : '';
  return `${color.bold(`${entry.code} ${reason}`.trim())}${localized}  ${color(`${entry.class} ${entry.className}`)}`;
}

function resolveLines(s: Style, { client, server }: NonNullable<Explanation['howToResolve']>): string {
  return aligned(s, [
    [s.m.text('headings.clientSide'), client],
    [s.m.text('headings.serverSide'), server],
  ]);
}

function origin(s: Style, entry: Explanation): string {
  const parts = [entry.spec ? specLabel(entry.spec) : entry.vendor, s.m.text(`values.status.${entry.status}`)];
  return s.c.dim(wrap(parts.filter(Boolean).join(' · '), s.width));
}

/** Description, When you see it, How to resolve: the texts of a code, in `httpexplain` and `httpdiff` alike. */
function textSections(s: Style, entry: Explanation): string[] {
  const sections = [section(s, 'description', entry.description)];
  if (entry.whenSeen) sections.push(section(s, 'whenSeen', entry.whenSeen));
  if (entry.howToResolve) sections.push(`${heading(s, 'howToResolve')}\n${resolveLines(s, entry.howToResolve)}`);
  return sections;
}

export function renderExplanation(entry: Explanation, options: TerminalOptions): string {
  const s = styleFor(options);
  const { m } = s;
  const blocks = [`${titleLine(s, entry)}\n${origin(s, entry)}`, ...textSections(s, entry)];
  const facts = propertyRows([entry], m, BEHAVIOUR_KEYS)
    .filter((row) => row.key !== 'method' || entry.redirect)
    .map((row): [string, string] => [row.label, row.values[0]]);
  if (entry.aliases.length > 0) facts.push([m.text('labels.aliases'), entry.aliases.join(', ')]);
  if (entry.vendor) facts.push([m.text('labels.vendor'), entry.vendor]);
  if (entry.status !== 'unassigned') facts.push([m.text('labels.source'), entry.spec?.url ?? entry.sources[0]]);
  blocks.push(`${heading(s, 'facts')}\n${aligned(s, facts)}`);
  if (entry.meanings.length > 0) {
    const lines = entry.meanings.map((meaning) => {
      const text = `${meaning.vendor}: ${entry.code} ${meaning.reason}${meaning.summary ? ` (${meaning.summary})` : ''}`;
      return wrap(text, s.width, INDENT);
    });
    blocks.push(`${heading(s, 'otherMeanings')}\n${lines.join('\n')}`);
  }
  const pointers: [string, string][] = [];
  if (entry.related.length > 0) pointers.push([m.text('headings.related'), entry.related.join(', ')]);
  if (entry.confusedWith.length > 0) {
    const command = `httpdiff ${entry.code} ${entry.confusedWith[0]}`;
    pointers.push([m.text('headings.confusedWith'), `${entry.confusedWith.join(', ')} (${m.text('explain.confusedWithHint', { command })})`]);
  }
  if (pointers.length > 0) blocks.push(aligned(s, pointers));
  return blocks.join('\n\n') + '\n';
}

function codeList(s: Style, codes: ClassOverview['codes']): string {
  return codes
    .map(({ code, reason, official, status }) => {
      const color = classColor(s.c, classOf(code));
      const note = official ? (status === 'active' ? '' : ` (${s.m.text(`values.status.${status}`)})`) : ` (${s.m.text('values.status.unofficial')})`;
      return `${INDENT}${color(String(code))}  ${reason}${s.c.dim(note)}`;
    })
    .join('\n');
}

export function renderClass(overview: ClassOverview, options: TerminalOptions): string {
  const s = styleFor(options);
  const color = classColor(s.c, overview.class);
  return [
    color.bold(`${overview.class} ${overview.className}`),
    s.c.dim(specLabel(overview.spec)),
    '',
    wrap(overview.description, s.width),
    '',
    heading(s, 'codesOfClass'),
    codeList(s, overview.codes),
  ].join('\n') + '\n';
}

export function renderList(codes: ClassOverview['codes'], options: TerminalOptions): string {
  const s = styleFor(options);
  return `${heading(s, 'allCodes')}\n${codeList(s, codes)}\n`;
}

export function renderCandidates({ query, candidates }: Candidates, options: TerminalOptions): string {
  const s = styleFor(options);
  return `${wrap(s.m.text('explain.candidates', { query: sanitizeInput(query) }), s.width)}\n${codeList(s, candidates)}\n`;
}

export function renderSearchNote(query: string, options: TerminalOptions): string {
  const s = styleFor(options);
  return s.c.dim(wrap(s.m.text('explain.searchNote', { query: sanitizeInput(query) }), s.width)) + '\n';
}

/** Differing properties one under the other, for terminals too narrow for a column per code. */
function stackedProperties(s: Style, comparison: Comparison, rows: PropertyRow[]): string {
  return rows
    .map((row) => {
      const values = row.values.map((value, i) => wrap(`${comparison.codes[i]}: ${value}`, s.width, INDENT));
      return [s.c.bold(row.label), ...values].join('\n');
    })
    .join('\n');
}

/** Differing properties side by side: a column per code, each as wide as its words need (see fitColumns). */
function propertiesTable(s: Style, comparison: Comparison, rows: PropertyRow[]): string {
  const columns = comparison.entries.length;
  // cli-table3 pads every cell with a space on each side; borders, when drawn, take one column between cells and
  // one at each end. Without borders, one more space puts the labels under the other blocks' indented lines.
  const frame = 2 * (columns + 1) + (s.decorated ? columns + 2 : 1);
  const head = ['', ...comparison.codes.map(String)];
  const widths = fitColumns([head, ...rows.map((row) => [row.label, ...row.values])], s.width - frame);
  if (!widths) return stackedProperties(s, comparison, rows);
  const Table = require('cli-table3') as typeof import('cli-table3');
  const table = new Table({
    head: ['', ...comparison.entries.map((entry) => classColor(s.c, entry.class).bold(String(entry.code)))],
    colWidths: widths.map((width) => width + 2),
    // cli-table3 would colour borders through @colors/colors, even on a pipe; plain borders cost nothing to load.
    // Compact: no rule between body rows, so the table stays as short as the facts it shows.
    style: { head: [], border: [], compact: true },
    ...(s.decorated ? {} : { chars: NO_BORDERS }),
  });
  for (const row of rows) table.push([s.c.bold(wrap(row.label, widths[0])), ...row.values.map((value, i) => wrap(value, widths[i + 1]))]);
  const text = table.toString();
  return s.decorated ? text : text.replace(/ +$/gm, '').replace(/^(?=.)/gm, ' ');
}

/**
 * The properties compared: those that differ in a table, those all the codes share folded into "In common"
 * lines beneath it, so that the table shows only what tells the codes apart.
 */
function propertiesBlock(s: Style, comparison: Comparison): string {
  const differing = comparison.properties.filter((row) => !row.same);
  // A fact none of the codes has (no redirect, so no method on redirect) is not worth a line.
  const shared = comparison.properties.filter((row) => row.same && row.raw.some((value) => value !== null));
  const blocks: string[] = [];
  if (differing.length > 0) blocks.push(propertiesTable(s, comparison, differing));
  if (shared.length > 0) blocks.push(`${heading(s, 'inCommon')}\n${aligned(s, shared.map((row) => [row.label, row.values[0]]))}`);
  return blocks.join('\n\n');
}

function curatedBlock(s: Style, guidance: Pick<CuratedGuidance, 'confusion' | 'mistake' | 'ruleOfThumb'>): string {
  return aligned(s, [
    [s.m.text('headings.whyConfused'), guidance.confusion],
    [s.m.text('headings.typicalMistake'), guidance.mistake],
    [s.m.text('headings.ruleOfThumb'), guidance.ruleOfThumb],
  ]);
}

function bullets(s: Style, items: string[]): string {
  return items.map((item) => afterLead(s, `${INDENT}• `, INDENT.length + 2, item)).join('\n');
}

export function renderComparison(comparison: Comparison, options: TerminalOptions & { brief: boolean }): string {
  const s = styleFor(options);
  const { m } = s;
  const blocks = [`${s.c.bold(wrap(comparison.title, s.width))}\n${wrap(comparison.summary, s.width)}`, propertiesBlock(s, comparison)];
  // A difference of many clauses puts each on a line of its own (Messages.sentenceLines); wrap keeps those lines.
  const differences = comparison.differences
    .map((difference, i) => afterLead(s, `${INDENT}${`${i + 1}.`.padEnd(3)}`, INDENT.length + 3, m.sentenceLines(difference.clauses).join('\n')))
    .join('\n');
  if (!options.brief) {
    for (const entry of comparison.entries) blocks.push([titleLine(s, entry), ...textSections(s, entry)].join('\n'));
  }
  blocks.push(`${heading(s, 'keyDifferences')}\n${differences}`);
  if (options.brief) return blocks.join('\n\n') + '\n';

  const { guidance } = comparison;
  const guidanceLines = [heading(s, 'whenToUseWhich'), wrap(guidance.text, s.width, INDENT), bullets(s, guidance.rules)];
  if (guidance.confusion && guidance.mistake && guidance.ruleOfThumb) {
    guidanceLines.push(curatedBlock(s, { confusion: guidance.confusion, mistake: guidance.mistake, ruleOfThumb: guidance.ruleOfThumb }));
  }
  for (const pair of guidance.pairs ?? []) {
    const labels = pair.codes.map((code) => codeLabel(comparison.entries.find((entry) => entry.code === code)!));
    guidanceLines.push(`\n${INDENT}${s.c.bold(labels.join(m.text('compare.titleJoiner')))}`, wrap(pair.text, s.width, INDENT), bullets(s, pair.rules));
  }
  blocks.push(guidanceLines.join('\n'));
  blocks.push(`${heading(s, 'learnMore')}\n${comparison.links.map((link) => wrap(`${link.label}: ${link.url}`, s.width, INDENT)).join('\n')}`);
  return blocks.join('\n\n') + '\n';
}
