import fc from 'fast-check';
import { fitColumns } from '../../src/render/columns';
import { longestPiece } from '../../src/render/wrap';

const longestWord = (texts: string[]) => Math.max(1, ...texts.flatMap((text) => text.split(' ').map((word) => word.length)));
const widest = (texts: string[]) => Math.max(1, ...texts.map((text) => text.length));
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const column = (rows: string[][], i: number) => rows.map((row) => row[i]);

describe('fitColumns', () => {
  test('texts that fit keep their width', () => {
    expect(fitColumns([['Reason phrase', 'Found', 'See Other']], 40)).toEqual([13, 5, 9]);
  });

  test('space beyond the longest words first makes the cheapest rows whole', () => {
    const rows = [
      ['Cacheable by default', 'yes', 'no'],
      ['Method on redirect', 'POST may become GET', 'changed to GET'],
    ];
    // Words need 9 + 6 + 7 of the 40 columns. The first row takes one line for 11 more (the label whole); the second
    // would need 20 of the 7 left, which are shared by what each column still lacks: 13 and 7.
    expect(fitColumns(rows, 40)).toEqual([20, 11, 9]);
  });

  test('with no row that can be made whole, the space is shared by what each column lacks', () => {
    // Words need 8 + 6 + 7; the 9 columns left go 3, 3 (+1 left by rounding), 2 to texts lacking 10, 13 and 7.
    expect(fitColumns([['Method on redirect', 'POST may become GET', 'changed to GET']], 30)).toEqual([11, 10, 9]);
  });

  test('a least width asked for a column is given as far as the room left by the words allows', () => {
    // Japanese labels break between any two characters: the space would all go to making code columns whole.
    const rows = [
      ['', '301', '302', '303', '307', '308'],
      ['理由フレーズ', 'Moved Permanently', 'Found', 'See Other', 'Temporary Redirect', 'Permanent Redirect'],
      ['定義元', 'RFC 9110 §15.4.2', 'RFC 9110 §15.4.3', 'RFC 9110 §15.4.4', 'RFC 9110 §15.4.8', 'RFC 9110 §15.4.9'],
      ['デフォルトでキャッシュ可能', 'はい', 'いいえ', 'いいえ', 'いいえ', 'はい'],
    ];
    expect(fitColumns(rows, 64)![0]).toBeLessThan(14);
    expect(fitColumns(rows, 64, [14])![0]).toBeGreaterThanOrEqual(14);
    expect(sum(fitColumns(rows, 64, [14])!)).toBe(64);
    // No room beyond the longest words: nothing to give.
    const tightest = sum(rows[0].map((_, i) => Math.max(...rows.map((row) => longestPiece(row[i])))));
    expect(fitColumns(rows, tightest, [14])).toEqual(fitColumns(rows, tightest));
  });

  test('longest words that cannot stand side by side give no fit', () => {
    expect(fitColumns([['Permanently', 'Temporarily']], 21)).toBeUndefined();
  });

  test('any table: within the space, no column narrower than its longest word nor wider than its longest text', () => {
    const table = fc.integer({ min: 1, max: 6 }).chain((columns) =>
      fc.array(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ' '), maxLength: 30 }), { minLength: columns, maxLength: columns }), {
        minLength: 1,
        maxLength: 8,
      }),
    );
    fc.assert(
      fc.property(table, fc.integer({ min: 1, max: 120 }), (rows, available) => {
        const columns = rows[0].map((_, i) => column(rows, i));
        const widths = fitColumns(rows, available);
        if (widths === undefined) {
          expect(sum(columns.map(longestWord))).toBeGreaterThan(available);
          return;
        }
        expect(sum(widths)).toBeLessThanOrEqual(available);
        widths.forEach((width, i) => {
          expect(width).toBeGreaterThanOrEqual(longestWord(columns[i]));
          expect(width).toBeLessThanOrEqual(widest(columns[i]));
        });
        // Space is left over only when every text fits whole.
        if (sum(widths) < available) expect(widths).toEqual(columns.map(widest));
      }),
    );
  });
});
