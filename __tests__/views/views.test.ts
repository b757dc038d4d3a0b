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
const factRows = (document: Document) => find(document, 'section').find((section) => section.heading === m.text('headings.facts'))!.blocks.flatMap((block) => (block.kind === 'fields' ? block.rows : []));

describe('explanation', () => {
  test('the texts of the code, then its facts, then where to read next', () => {
    const view = explanationView(explainCode(kb, 303, 'en'), m);
    expect(headings(view)).toEqual(['description', 'whenSeen', 'howToResolve', 'facts'].map((key) => m.text(`headings.${key}`)));
    expect(find(view, 'fields').at(-1)!.rows.map(([label]) => label)).toEqual([m.text('headings.related'), m.text('headings.confusedWith')]);
  });

  test('facts that go without saying are left out: no redirect, no header, a response the client receives', () => {
    const labels = factRows(explanationView(explainCode(kb, 500, 'en'), m)).map(([label]) => label);
    for (const key of ['redirect', 'redirectMethod', 'responseHeaders', 'requestHeaders', 'reachesClient']) expect(labels).not.toContain(m.text(`labels.${key}`));
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

  test('--brief: the table and the key differences only', () => {
    expect(headings(comparisonView(comparison, m, true))).toEqual([m.text('headings.inCommon'), m.text('headings.keyDifferences')]);
  });
});

test('a class: its codes, each with its class', () => {
  const [block] = find(classView(explainClass(kb, '4xx', 'en'), m), 'codes');
  expect(block.items.map((item) => item.code)).toEqual([400, 401, 403, 404, 499]);
  expect(block.items.find((item) => item.code === 499)!.note).toBe(m.text('values.status.unofficial'));
});
