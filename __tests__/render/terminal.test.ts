import { renderDocument, type ColorLevel } from '../../src/render/terminal';
import type { Block, Document } from '../../src/views/document';

const ESCAPE = /\u001b\[/;
const draw = (
  document: Document,
  {
    width = 80,
    measure = width,
    colorLevel = 0,
    decorated = false,
    ascii = false,
  }: { width?: number; measure?: number; colorLevel?: ColorLevel; decorated?: boolean; ascii?: boolean } = {},
) => renderDocument(document, { width, measure, colorLevel, decorated, ascii });
const longestLine = (text: string) =>
  Math.max(
    ...text
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .map((line) => line.length),
  );
const paragraph =
  'The server has handled the request and wants the client to look elsewhere for the outcome: the Location header names a different resource.';

describe('blocks', () => {
  test('top-level blocks are separated by a blank line, those of a group are not', () => {
    expect(
      draw([
        {
          kind: 'group',
          blocks: [
            { kind: 'line', spans: [{ text: 'a' }] },
            { kind: 'line', spans: [{ text: 'b' }] },
          ],
        },
        { kind: 'line', spans: [{ text: 'c' }] },
      ]),
    ).toBe('a\nb\n\nc\n');
  });

  test.each([30, 50, 80])('running text is wrapped to %d columns, indented in a section', (width) => {
    const text = draw([{ kind: 'section', heading: 'Description', blocks: [{ kind: 'text', text: paragraph }] }], { width });
    expect(longestLine(text)).toBeLessThanOrEqual(width);
    expect(
      text
        .trimEnd()
        .split('\n')
        .slice(1)
        .every((line) => line.startsWith('  ')),
    ).toBe(true);
  });

  test('a line wider than the terminal goes on below at its gap, and only then', () => {
    const line: Block = {
      kind: 'line',
      spans: [{ text: '404 Not Found（未検出）', bold: true }, { text: '  ', gap: true }, { text: '4xx クライアントエラー' }],
    };
    expect(draw([line], { width: 80 })).toBe('404 Not Found（未検出）  4xx クライアントエラー\n');
    expect(draw([line], { width: 40 })).toBe('404 Not Found（未検出）\n4xx クライアントエラー\n');
  });

  test('fields: values aligned, and wrapped under their own column', () => {
    const text = draw(
      [
        {
          kind: 'fields',
          rows: [
            ['Client side', paragraph],
            ['At fault', 'nobody'],
          ],
        },
      ],
      { width: 60 },
    );
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ {2}Client side {2}The server/);
    expect(lines[1]).toMatch(/^ {15}\S/);
    expect(lines[lines.length - 1]).toBe('  At fault     nobody');
  });

  test('fields on a terminal too narrow for a column of values: a long value under its label, a short one beside it', () => {
    const rows: [string, string][] = [
      ['Why they get confused', paragraph],
      ['At fault', 'nobody'],
    ];
    const text = draw([{ kind: 'fields', rows }], { width: 40 });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('  Why they get confused');
    expect(lines[1]).toMatch(/^ {4}The server/);
    expect(lines[lines.length - 1]).toBe('  At fault               nobody');
    expect(longestLine(text)).toBeLessThanOrEqual(40);
    // A URL, which is never cut, goes under its label when it does not fit beside it.
    const url = 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5';
    const withUrl = draw([{ kind: 'fields', rows: [['Why they get confused', url]] }], { width: 60 });
    expect(withUrl).toBe(`  Why they get confused\n    ${url}\n`);
    // Wide enough for both columns: side by side, as before.
    expect(draw([{ kind: 'fields', rows }], { width: 80 }).split('\n')[0]).toMatch(/^ {2}Why they get confused {2}The server/);
  });

  test('numbered items keep their lines, and wrap under their own text', () => {
    const text = draw([{ kind: 'numbered', items: [['first;', 'second.'], [paragraph]] }], { width: 50 });
    expect(text).toMatch(/^ {2}1\. first;\n {5}second\.\n {2}2\. The server/);
    expect(text.split('\n')[3]).toMatch(/^ {5}\S/);
  });

  test('a list of codes, in their class colours when colour is on', () => {
    const block: Block = {
      kind: 'codes',
      items: [
        { code: 404, class: '4xx', reason: 'Not Found' },
        { code: 499, class: '4xx', reason: 'Client Closed Request', note: ' (unofficial)' },
      ],
    };
    expect(draw([block])).toBe('  404  Not Found\n  499  Client Closed Request (unofficial)\n');
    expect(draw([block], { colorLevel: 1 })).toMatch(ESCAPE);
  });
});

describe('colour', () => {
  const document: Document = [
    {
      kind: 'line',
      spans: [
        { text: '303 See Other', bold: true, class: '3xx' },
        { text: ' (Voir ailleurs)', dim: true },
      ],
    },
  ];
  test('off: no escape sequence at all', () => expect(draw(document)).toBe('303 See Other (Voir ailleurs)\n'));
  test('on: escape sequences around the styled spans, the same text once they are removed', () => {
    const text = draw(document, { colorLevel: 3 });
    expect(text).toMatch(ESCAPE);
    expect(text.replace(/\u001b\[[0-9;]*m/g, '')).toBe('303 See Other (Voir ailleurs)\n');
  });
});

describe('tables', () => {
  const table: Block = {
    kind: 'table',
    columns: [
      { text: '202', class: '2xx' },
      { text: '303', class: '3xx' },
    ],
    rows: [
      { label: 'Redirect', values: ['not a redirect', 'temporary'] },
      { label: 'Method on redirect', values: ['—', 'changed to GET'] },
    ],
  };
  test('on a pipe: plain aligned columns, indented like the other blocks', () => {
    const text = draw([table]);
    expect(text).not.toMatch(/[│┌└]/);
    expect(text).toMatch(/^ {2}Redirect +not a redirect +temporary$/m);
  });
  test('on a terminal: box-drawing borders, a rule under the header only', () => {
    const text = draw([table], { decorated: true });
    expect(text).toMatch(/│ Redirect +│ not a redirect +│ temporary +│/);
    expect(text.match(/├/g)).toHaveLength(1);
  });
  test('too narrow for a column per code: stacked, one value a line', () => {
    const text = draw([table], { width: 24, decorated: true });
    expect(text).toMatch(/^Redirect\n {2}202: not a redirect\n {2}303: temporary$/m);
    expect(longestLine(text)).toBeLessThanOrEqual(24);
  });
  test('no word is cut when the words fit side by side', () => {
    const text = draw([table], { width: 50, decorated: true });
    for (const word of ['Method', 'redirect', 'changed', 'GET']) expect(text).toMatch(new RegExp(`\\b${word}\\b`));
    expect(longestLine(text)).toBeLessThanOrEqual(50);
  });
});

describe('grids', () => {
  const grid: Block = {
    kind: 'grid',
    corner: '',
    columns: ['method kept', 'POST may become GET', 'changed to GET'],
    rows: [
      { label: 'permanent', cells: [[{ text: '308', class: '3xx' }], [{ text: '301', class: '3xx' }], []] },
      { label: 'temporary', cells: [[{ text: '307', class: '3xx' }], [{ text: '302', class: '3xx' }], [{ text: '303', class: '3xx' }]] },
    ],
  };
  test('each code in the cell of its two values', () => {
    const text = draw([grid], { decorated: true });
    expect(text).toMatch(/│ permanent +│ 308 +│ 301 +│ +│/);
    expect(text).toMatch(/│ temporary +│ 307 +│ 302 +│ 303 +│/);
  });
  test('plain ASCII when piped, and the codes coloured only when colour is on', () => {
    expect(draw([grid])).not.toMatch(/[│┌└]|\u001b/);
    expect(draw([grid], { colorLevel: 1, decorated: true })).toMatch(/\u001b\[[0-9;]*m308/);
  });
  test('headings wider than their column are wrapped, never cut', () => {
    for (const decorated of [false, true]) {
      const text = draw([grid], { width: 44, decorated });
      expect(text).not.toContain('…');
      for (const word of ['method', 'kept', 'POST', 'become', 'changed']) expect(text).toContain(word);
      expect(longestLine(text)).toBeLessThanOrEqual(44);
    }
  });

  test('too narrow: a line per code, wrapped under a hanging indent', () => {
    expect(draw([grid], { width: 30 })).toContain('  permanent · method kept: 308\n');
    const narrow = draw([grid], { width: 20 });
    expect(narrow).toContain('  permanent · method\n    kept: 308\n');
    expect(longestLine(narrow)).toBeLessThanOrEqual(20);
  });
});

describe('measure and ASCII', () => {
  test('running text stays at the measure while a table takes the whole width', () => {
    const wide: Block = {
      kind: 'table',
      columns: [
        { text: '200', class: '2xx' },
        { text: '301', class: '3xx' },
      ],
      rows: [{ label: 'Cacheable by default', values: ['yes '.repeat(20).trim(), 'no '.repeat(20).trim()] }],
    };
    const text = draw([{ kind: 'text', text: paragraph + ' ' + paragraph }, wide], { width: 200, measure: 100 });
    const [prose, table] = text.split('\n\n');
    expect(longestLine(prose)).toBeLessThanOrEqual(100);
    expect(longestLine(table)).toBeGreaterThan(100);
    expect(table).toMatch(/Cacheable by default/);
  });
  test('ASCII only: borders, signs and letters in ASCII, lines still within the width', () => {
    const document: Document = [
      { kind: 'text', text: 'RFC 9110 §15.4.4 · active — “quoted” café…' },
      {
        kind: 'table',
        columns: [
          { text: '301', class: '3xx' },
          { text: '302', class: '3xx' },
        ],
        rows: [{ label: 'Defined in', values: ['RFC 9110 §15.4.2', 'RFC 9110 §15.4.3'] }],
      },
    ];
    const text = draw(document, { ascii: true, decorated: true, width: 40 });
    expect(text).toMatch(/^[\x00-\x7f]*$/);
    expect(text.replace(/\n/g, ' ')).toContain('RFC 9110 sec. 15.4.4 - active - "quoted" cafe...');
    expect(text).toMatch(/^\+-+\+/m);
    expect(longestLine(text)).toBeLessThanOrEqual(40);
  });
});
