import fc from 'fast-check';
import { fitColumns } from '../../src/render/columns';

const longestWord = (texts: string[]) => Math.max(1, ...texts.flatMap((text) => text.split(' ').map((word) => word.length)));
const widest = (texts: string[]) => Math.max(1, ...texts.map((text) => text.length));
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('fitColumns', () => {
  test('texts that fit keep their width', () => {
    expect(fitColumns([['Reason phrase'], ['Found'], ['See Other']], 40)).toEqual([13, 5, 9]);
  });

  test('when they do not, every column keeps its longest word and shares the rest by what it lacks', () => {
    // Words need 8 + 6 + 7; the 9 columns left go 3, 3 (+1 left by rounding), 2 to texts lacking 10, 13 and 7.
    expect(fitColumns([['Method on redirect'], ['POST may become GET'], ['changed to GET']], 30)).toEqual([11, 10, 9]);
  });

  test('longest words that cannot stand side by side give no fit', () => {
    expect(fitColumns([['Permanently'], ['Temporarily']], 21)).toBeUndefined();
  });

  test('any texts: within the space, no column narrower than its longest word nor wider than its longest text', () => {
    const column = fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ' '), maxLength: 30 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(column, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 120 }), (columns, available) => {
        const widths = fitColumns(columns, available);
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
