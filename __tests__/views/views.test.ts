import { compareCodes } from '../../src/domain/compare';
import { explainClass, explainCode } from '../../src/domain/explain';
import { messagesFor } from '../../src/i18n/messages';
import { comparisonView } from '../../src/views/comparison';
import type { Block, Document } from '../../src/views/document';
import { explanationView } from '../../src/views/explanation';
import { classView } from '../../src/views/lists';
import { compileFixture } from '../fixtures/compileFixture';

const { kb } = compileFixture();
const m = messagesFor(kb, 'en');

/** Every heading of a document: sections' headings, in order. */
function headings(document: Document): string[] {
  const of = (block: Block): string[] =>
    block.kind === 'section' ? [block.heading, ...block.blocks.flatMap(of)] : block.kind === 'group' ? block.blocks.flatMap(of) : [];
  return document.flatMap(of);
}
const find = <K extends Block['kind']>(document: Document, kind: K): Extract<Block, { kind: K }>[] => {
  const all = (block: Block): Block[] => [block, ...(block.kind === 'section' || block.kind === 'group' ? block.blocks.flatMap(all) : [])];
  return document.flatMap(all).filter((block): block is Extract<Block, { kind: K }> => block.kind === kind);
};
const factRows = (document: Document) =>
  find(document, 'section')
    .find((section) => section.heading === m.text('headings.facts'))!
    .blocks.flatMap((block) => (block.kind === 'fields' ? block.rows : []));

describe('explanation', () => {
  test('the texts of the code, then its facts, then where to read next', () => {
    const view = explanationView(explainCode(kb, 303, 'en'), m);
    expect(headings(view)).toEqual(['description', 'whenSeen', 'howToResolve', 'facts'].map((key) => m.text(`headings.${key}`)));
    expect(
      find(view, 'fields')
        .at(-1)!
        .rows.map(([label]) => label),
    ).toEqual([m.text('headings.related'), m.text('headings.confusedWith')]);
  });

  test('facts that go without saying are left out: no redirect, no header, a response the client receives', () => {
    const labels = factRows(explanationView(explainCode(kb, 500, 'en'), m)).map(([label]) => label);
    for (const key of ['redirect', 'redirectMethod', 'responseHeaders', 'requestHeaders', 'reachesClient'])
      expect(labels).not.toContain(m.text(`labels.${key}`));
    for (const key of ['retry', 'fault', 'cacheableByDefault', 'bodyAllowed']) expect(labels).toContain(m.text(`labels.${key}`));
    const logOnly = factRows(explanationView(explainCode(kb, 499, 'en'), m)).map(([label]) => label);
    expect(logOnly).toContain(m.text('labels.reachesClient'));
  });

  test('a note above the answer, when one is given', () => {
    const note: Block = { kind: 'text', text: 'found by search' };
    const [first] = explanationView(explainCode(kb, 303, 'en'), m, note);
    expect(first).toMatchObject({ kind: 'group', blocks: [note, { kind: 'line' }, { kind: 'text' }] });
  });
});

describe('comparison', () => {
  const comparison = compareCodes(kb, [202, 303], 'en');
  test('what differs in the table; what the codes share, unless it goes without saying, in common', () => {
    const view = comparisonView(comparison, m, false);
    const [table] = find(view, 'table');
    expect(table.rows.map((row) => row.label)).toEqual(comparison.properties.filter((row) => !row.same).map((row) => row.label));
    const shared = find(view, 'section').find((section) => section.heading === m.text('headings.inCommon'))!;
    const labels = (shared.blocks[0] as Extract<Block, { kind: 'fields' }>).rows.map(([label]) => label);
    expect(labels).toContain(m.text('labels.status'));
    expect(labels).not.toContain(m.text('labels.requestHeaders'));
    expect(labels).not.toContain(m.text('labels.reachesClient'));
  });

  test('--brief: the table and the key differences only, and the rule of thumb when one is written', () => {
    expect(headings(comparisonView(comparison, m, true))).toEqual([m.text('headings.inCommon'), m.text('headings.keyDifferences')]);
    const curated = compareCodes(kb, [401, 403], 'en');
    const brief = comparisonView(curated, m, true);
    expect(headings(brief).slice(-2)).toEqual([m.text('headings.keyDifferences'), m.text('headings.ruleOfThumb')]);
    expect(find(brief, 'text').at(-1)!.text).toBe(curated.guidance.ruleOfThumb);
  });

  test('what the user came for first: differences, when to use which, then each code’s texts, then Learn more', () => {
    const view = comparisonView(compareCodes(kb, [401, 403], 'en'), m, false);
    const order = ['keyDifferences', 'whenToUseWhich', 'description', 'learnMore'].map((key) =>
      headings(view).indexOf(m.text(`headings.${key}`)),
    );
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const guidance = find(view, 'section').find((section) => section.heading === m.text('headings.whenToUseWhich'))!;
    const fields = guidance.blocks.find((block): block is Extract<Block, { kind: 'fields' }> => block.kind === 'fields')!;
    expect(fields.rows.map(([label]) => label)).toEqual(
      ['ruleOfThumb', 'typicalMistake', 'whyConfused'].map((key) => m.text(`headings.${key}`)),
    );
  });

  test('derived guidance: the deciding question, then each code’s advice as bullets', () => {
    const derived = compareCodes(kb, [200, 500], 'en');
    const guidance = find(comparisonView(derived, m, false), 'section').find(
      (section) => section.heading === m.text('headings.whenToUseWhich'),
    )!;
    expect(guidance.blocks).toEqual([
      { kind: 'text', text: derived.guidance.text },
      { kind: 'bullets', items: derived.guidance.rules },
    ]);
  });

  test('the curated comparisons among more codes, under a heading of their own', () => {
    const view = comparisonView(compareCodes(kb, [302, 303, 500], 'en'), m, false);
    const pairs = find(view, 'section').find((section) => section.heading === m.text('compare.pairsHeading'))!;
    expect(pairs.blocks[0]).toEqual({ kind: 'text', text: 'HTTP 302 Found vs 303 See Other', bold: true });
    expect(headings(view).indexOf(m.text('compare.pairsHeading'))).toBe(headings(view).indexOf(m.text('headings.whenToUseWhich')) + 1);
  });
});

describe('comparison with a grid', () => {
  const family = compareCodes(kb, [301, 302, 303, 307, 308], 'en');
  const view = comparisonView(family, m, true);

  test('the grid first, each code in its cell, under the names of its two facts', () => {
    const [grid] = find(view, 'grid');
    expect(grid.columns).toEqual(['method and body kept', 'POST may become GET', 'changed to GET']);
    expect(grid.rows.map((row) => [row.label, row.cells.map((cell) => cell.map((item) => item.text))])).toEqual([
      ['permanent', [['308'], ['301'], []]],
      ['temporary', [['307'], ['302'], ['303']]],
    ]);
    expect(headings(view)[0]).toBe(
      m.text('compare.gridHeading', { rows: m.text('labels.redirect'), columns: m.text('labels.redirectMethod') }),
    );
  });

  test('in place of the rows it shows: the other differing rows stay in the table', () => {
    const [table] = find(view, 'table');
    const labels = table.rows.map((row) => row.label);
    expect(labels).not.toContain(m.text('labels.redirect'));
    expect(labels).not.toContain(m.text('labels.redirectMethod'));
    expect(labels).toContain(m.text('labels.cacheableByDefault'));
    // 302 and 307 are both temporary: the grid says it, "In common" does not repeat it.
    const subset = comparisonView(compareCodes(kb, [302, 307], 'en'), m, true);
    const shared = find(subset, 'fields').flatMap((block) => block.rows.map(([label]) => label));
    expect(shared).toContain(m.text('labels.class'));
    expect(shared).not.toContain(m.text('labels.redirect'));
  });
});

test('a class: its codes, each with its class', () => {
  const [block] = find(classView(explainClass(kb, '4xx', 'en'), m), 'codes');
  expect(block.items.map((item) => item.code)).toEqual([400, 401, 403, 404, 499]);
  expect(block.items.find((item) => item.code === 499)!.note).toBe(m.parenthetical(m.text('values.status.unofficial')));
});
