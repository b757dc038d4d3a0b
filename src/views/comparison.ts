import { codeLabel, type Comparison, type CuratedGuidance } from '../domain/compare';
import { dimension } from '../domain/dimensions';
import type { Messages } from '../i18n/messages';
import { group, section, text, type Block, type Document } from './document';
import { textSections, titleLine } from './explanation';

/**
 * The properties compared: those that differ in a table, those all the codes share folded into "In common"
 * lines beneath it, so that the table shows only what tells the codes apart.
 */
function properties(comparison: Comparison, m: Messages): Block[] {
  const differing = comparison.properties.filter((row) => !row.same);
  // A fact that goes without saying for all of them (no redirect, no header) is not worth a line.
  const [first] = comparison.entries;
  const shared = comparison.properties.filter((row) => row.same && !dimension(row.key).goesWithoutSaying?.(first));
  const blocks: Block[] = [];
  if (differing.length > 0) {
    blocks.push({
      kind: 'table',
      columns: comparison.entries.map((entry) => ({ text: String(entry.code), class: entry.class })),
      rows: differing.map((row) => ({ label: row.label, values: row.values })),
    });
  }
  if (shared.length > 0) blocks.push(section(m.text('headings.inCommon'), { kind: 'fields', rows: shared.map((row) => [row.label, row.values[0]]) }));
  return blocks;
}

function curatedFields(guidance: Pick<CuratedGuidance, 'confusion' | 'mistake' | 'ruleOfThumb'>, m: Messages): Block {
  return {
    kind: 'fields',
    rows: [
      [m.text('headings.whyConfused'), guidance.confusion],
      [m.text('headings.typicalMistake'), guidance.mistake],
      [m.text('headings.ruleOfThumb'), guidance.ruleOfThumb],
    ],
  };
}

export function comparisonView(comparison: Comparison, m: Messages, brief: boolean): Document {
  const blocks: Block[] = [group(text(comparison.title, { bold: true }), text(comparison.summary)), ...properties(comparison, m)];
  if (!brief) for (const entry of comparison.entries) blocks.push(group(titleLine(entry), ...textSections(entry, m)));
  // A difference of many clauses puts each on a line of its own (Messages.sentenceLines).
  blocks.push(section(m.text('headings.keyDifferences'), { kind: 'numbered', items: comparison.differences.map((difference) => m.sentenceLines(difference.clauses)) }));
  if (brief) return blocks;

  const { guidance } = comparison;
  const guidanceBlocks: Block[] = [text(guidance.text), { kind: 'bullets', items: guidance.rules }];
  if (guidance.confusion && guidance.mistake && guidance.ruleOfThumb) {
    guidanceBlocks.push(curatedFields({ confusion: guidance.confusion, mistake: guidance.mistake, ruleOfThumb: guidance.ruleOfThumb }, m));
  }
  for (const pair of guidance.pairs ?? []) {
    const labels = pair.codes.map((code) => codeLabel(comparison.entries.find((entry) => entry.code === code)!));
    guidanceBlocks.push({ kind: 'line', spans: [] }, text(labels.join(m.text('compare.titleJoiner')), { bold: true }), text(pair.text), { kind: 'bullets', items: pair.rules });
  }
  blocks.push(section(m.text('headings.whenToUseWhich'), ...guidanceBlocks));
  blocks.push(section(m.text('headings.learnMore'), ...comparison.links.map((link) => text(m.text('compare.link', { label: link.label, url: link.url })))));
  return blocks;
}
