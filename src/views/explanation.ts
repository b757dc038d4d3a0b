import { DIMENSIONS, propertyRows } from '../domain/dimensions';
import { specLabel, type Explanation } from '../domain/explain';
import type { Messages } from '../i18n/messages';
import { group, section, text, type Block, type Document, type Span } from './document';

/** "303 See Other (localized)  3xx Redirection", in the colours of the class. */
export function titleLine(entry: Explanation, m: Messages): Block {
  const spans: Span[] = [{ text: `${entry.code} ${entry.reason ?? ''}`.trim(), bold: true, class: entry.class }];
  if (entry.localizedReason) spans.push({ text: m.parenthetical(entry.localizedReason), dim: true });
  spans.push({ text: '  ', gap: true }, { text: `${entry.class} ${entry.className}`, class: entry.class });
  return { kind: 'line', spans };
}

/** Description, When you see it, How to resolve: the texts of a code, in `httpexplain` and `httpdiff` alike. */
export function textSections(entry: Explanation, m: Messages): Block[] {
  const sections = [section(m.text('headings.description'), text(entry.description))];
  if (entry.whenSeen) sections.push(section(m.text('headings.whenSeen'), text(entry.whenSeen)));
  if (entry.howToResolve) {
    const { client, server } = entry.howToResolve;
    sections.push(
      section(m.text('headings.howToResolve'), {
        kind: 'fields',
        rows: [
          [m.text('headings.clientSide'), client],
          [m.text('headings.serverSide'), server],
        ],
      }),
    );
  }
  return sections;
}

/** The behaviour rows of httpexplain's Facts block. */
const FACT_ROWS = DIMENSIONS.filter((d) => d.rank !== undefined && d.key !== 'class' && d.key !== 'status');

/**
 * The code's names in the ecosystems the user follows, one line each: "Go  http.StatusRequestEntityTooLarge (former
 * IANA name)"; an ecosystem without a constant for a registered code says so.
 */
function constantRows(entry: Explanation, ecosystems: readonly string[], m: Messages): [string, string][] {
  return ecosystems.flatMap((id): [string, string][] => {
    const constants = entry.constants.filter((constant) => constant.ecosystem === id);
    if (constants.length === 0) return [];
    const names = constants.map((constant) => {
      if (constant.name === null) return m.text('explain.noConstant');
      const notes = [
        constant.since && m.text('explain.constantSince', { version: constant.since }),
        constant.deprecated && m.text('explain.constantDeprecated', { version: constant.deprecated }),
        constant.iana === 'former' && !constant.deprecated && m.text('explain.constantFormer'),
        constant.otherMeaning && m.text('explain.constantOtherMeaning'),
      ].filter((note): note is string => typeof note === 'string' && note !== '');
      return notes.length > 0 ? constant.qualified + m.parenthetical(m.enumerate(notes)) : constant.qualified;
    });
    return [[constants[0].label, m.enumerate(names)]];
  });
}

/**
 * `httpexplain`'s answer for one code; `note` goes above it (how it was found, when that is worth saying), and
 * `ecosystems` are those whose constants it shows.
 */
export function explanationView(entry: Explanation, m: Messages, note?: Block, ecosystems: readonly string[] = []): Document {
  const origin = [entry.spec ? specLabel(entry.spec) : entry.vendor, m.text(`values.status.${entry.status}`)].filter(Boolean).join(' · ');
  const head = [titleLine(entry, m), text(origin, { dim: true })];
  const blocks: Block[] = [group(...(note ? [note, ...head] : head)), ...textSections(entry, m)];
  // Facts that go without saying (no redirect, no header, a response that reaches the client) are left out.
  const facts = propertyRows(
    [entry],
    m,
    FACT_ROWS.filter((d) => !d.goesWithoutSaying?.(entry)),
  ).map((row): [string, string] => [row.label, row.values[0]]);
  if (entry.aliases.length > 0) facts.push([m.text('labels.aliases'), m.enumerate(entry.aliases)]);
  if (entry.vendor) facts.push([m.text('labels.vendor'), entry.vendor]);
  if (entry.status !== 'unassigned') facts.push([m.text('labels.source'), entry.spec?.url ?? entry.sources[0]]);
  blocks.push(section(m.text('headings.facts'), { kind: 'fields', rows: facts }));
  const inCode = constantRows(entry, ecosystems, m);
  if (inCode.length > 0) blocks.push(section(m.text('headings.inCode'), { kind: 'fields', rows: inCode }));
  if (entry.meanings.length > 0) {
    const lines = entry.meanings.map((meaning) =>
      text(m.text('explain.otherMeaning', { vendor: meaning.vendor, code: entry.code, reason: meaning.reason, summary: meaning.summary })),
    );
    blocks.push(section(m.text('headings.otherMeanings'), ...lines));
  }
  const pointers: [string, string][] = [];
  if (entry.related.length > 0) pointers.push([m.text('headings.related'), m.enumerate(entry.related.map(String))]);
  if (entry.confusedWith.length > 0) {
    const command = `httpdiff ${entry.code} ${entry.confusedWith[0]}`;
    pointers.push([
      m.text('headings.confusedWith'),
      m.enumerate(entry.confusedWith.map(String)) + m.parenthetical(m.text('explain.confusedWithHint', { command })),
    ]);
  }
  if (pointers.length > 0) blocks.push({ kind: 'fields', rows: pointers });
  return blocks;
}
