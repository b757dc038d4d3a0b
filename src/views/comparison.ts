import { codeLabel, comparisonTitle, type Comparison, type CuratedGuidance, type Grid } from '../domain/compare';
import { dimension } from '../domain/dimensions';
import type { Messages } from '../i18n/messages';
import { classOf } from '../kb/types';
import { group, section, text, type Block, type Document } from './document';
import { textSections, titleLine } from './explanation';

/** The grid a comparison declares: each code in the cell of its two values, under a heading naming the two facts. */
function grid(value: Grid, m: Messages): Block {
  return section(m.text('compare.gridHeading', { rows: value.rows.label, columns: value.columns.label }), {
    kind: 'grid',
    corner: '',
    columns: value.columns.values.map((column) => column.label),
    rows: value.rows.values.map((row, i) => ({
      label: row.label,
      cells: value.cells[i].map((codes) => codes.map((code) => ({ text: String(code), class: classOf(code) }))),
    })),
  });
}

/**
 * The properties compared: the grid, when the comparison declares one, for the two facts it shows; the other
 * properties that differ in a table; those all the codes share folded into "In common" lines beneath, so that the
 * table shows only what tells the codes apart.
 */
function properties(comparison: Comparison, m: Messages): Block[] {
  const inGrid = comparison.grid ? [comparison.grid.rows.key, comparison.grid.columns.key] : [];
  const rows = comparison.properties.filter((row) => !inGrid.includes(row.key));
  const differing = rows.filter((row) => !row.same);
  // A fact that goes without saying for all of them (no redirect, no header) is not worth a line.
  const [first] = comparison.entries;
  const shared = rows.filter((row) => row.same && !dimension(row.key).goesWithoutSaying?.(first));
  const blocks: Block[] = comparison.grid ? [grid(comparison.grid, m)] : [];
  if (differing.length > 0) {
    blocks.push({
      kind: 'table',
      columns: comparison.entries.map((entry) => ({ text: String(entry.code), class: entry.class })),
      rows: differing.map((row) => ({ label: row.label, values: row.values })),
    });
  }
  if (shared.length > 0)
    blocks.push(section(m.text('headings.inCommon'), { kind: 'fields', rows: shared.map((row) => [row.label, row.values[0]]) }));
  return blocks;
}

/** Rule of thumb, typical mistake, why they get confused: what a curated comparison adds to its guidance. */
function curatedFields(guidance: Pick<CuratedGuidance, 'confusion' | 'mistake' | 'ruleOfThumb'>, m: Messages): Block {
  return {
    kind: 'fields',
    rows: [
      [m.text('headings.ruleOfThumb'), guidance.ruleOfThumb],
      [m.text('headings.typicalMistake'), guidance.mistake],
      [m.text('headings.whyConfused'), guidance.confusion],
    ],
  };
}

/**
 * The curated comparisons among codes that no one of them covers entirely: each by its title and its rule of thumb,
 * the rest of it (in `--json`, and from httpdiff on its own codes) being too long to repeat for every pair.
 */
function pairs(comparison: Comparison, m: Messages): Block[] {
  const written = comparison.guidance.pairs ?? [];
  if (written.length === 0) return [];
  const blocks = written.flatMap((pair, i): Block[] => {
    const labels = pair.codes.map((code) => codeLabel(comparison.entries.find((entry) => entry.code === code)!));
    const title = text(comparisonTitle(labels, m), { bold: true });
    return [...(i > 0 ? [{ kind: 'line', spans: [] } as Block] : []), title, text(pair.ruleOfThumb)];
  });
  return [section(m.text('compare.pairsHeading'), ...blocks)];
}

/**
 * What the user came for first: title and summary, the grid or table, the key differences, when to use which; then
 * each code's own texts, then where to read more. `brief` stops after the key differences and the rule of thumb.
 */
export function comparisonView(comparison: Comparison, m: Messages, brief: boolean): Document {
  const { guidance } = comparison;
  const blocks: Block[] = [group(text(comparison.title, { bold: true }), text(comparison.summary)), ...properties(comparison, m)];
  // A difference of many clauses puts each on a line of its own (Messages.sentenceLines).
  blocks.push(
    section(m.text('headings.keyDifferences'), {
      kind: 'numbered',
      items: comparison.differences.map((difference) => m.sentenceLines(difference.clauses)),
    }),
  );
  if (brief) {
    if (guidance.ruleOfThumb) blocks.push(section(m.text('headings.ruleOfThumb'), text(guidance.ruleOfThumb)));
    return blocks;
  }

  const guidanceBlocks: Block[] = [text(guidance.text)];
  if (guidance.rules.length > 0) guidanceBlocks.push({ kind: 'bullets', items: guidance.rules });
  if (guidance.confusion && guidance.mistake && guidance.ruleOfThumb) {
    guidanceBlocks.push(curatedFields({ confusion: guidance.confusion, mistake: guidance.mistake, ruleOfThumb: guidance.ruleOfThumb }, m));
  }
  blocks.push(section(m.text('headings.whenToUseWhich'), ...guidanceBlocks), ...pairs(comparison, m));
  for (const entry of comparison.entries) blocks.push(group(titleLine(entry, m), ...textSections(entry, m)));
  blocks.push(
    section(
      m.text('headings.learnMore'),
      ...comparison.links.map((link) => text(m.text('compare.link', { label: link.label, url: link.url }))),
    ),
  );
  return blocks;
}
