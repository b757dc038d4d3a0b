import { displayWidth, longestPiece } from './wrap';

/**
 * Content widths (without padding or borders) for the columns of a table that must fit in `available` terminal
 * columns, the table given as its rows of cells. Widths are counted as the terminal shows them: two columns for a
 * Chinese or Japanese character, one for the others (see wrap.ts).
 *
 * A column gets at least its longest word (for Chinese and Japanese, its longest unbreakable piece, see wrap.ts),
 * so that no word is cut, and at most its longest text. Space beyond the
 * words first makes whole rows fit on one line, cheapest first, since a row is as tall as its tallest cell; what is
 * left goes to the columns in proportion to what they still lack. Returns undefined when even the longest words
 * cannot stand side by side. `least` asks a larger least width for some columns (a column of labels, which reads
 * badly a syllable a line in Japanese), given as far as the room left by the words allows.
 *
 * Plain loops, no callback per word: see wrap.ts for why.
 */
export function fitColumns(rows: readonly (readonly string[])[], available: number, least: readonly number[] = []): number[] | undefined {
  const columns = rows.length > 0 ? rows[0].length : 0;
  const widest = new Array<number>(columns).fill(1);
  const widths = new Array<number>(columns).fill(1);
  const cellWidths = rows.map((row) => row.map(displayWidth));
  for (let r = 0; r < rows.length; r++) {
    for (let i = 0; i < columns; i++) {
      widest[i] = Math.max(widest[i], cellWidths[r][i]);
      widths[i] = Math.max(widths[i], longestPiece(rows[r][i]));
    }
  }
  let spare = available - sum(widths);
  for (let i = 0; i < least.length && spare > 0; i++) {
    const raise = Math.min(spare, Math.max(0, Math.min(widest[i], least[i]) - widths[i]));
    widths[i] += raise;
    spare -= raise;
  }
  if (spare < 0) return undefined;
  if (sum(widest) <= available) return widest;

  const whole = new Set<number>();
  for (;;) {
    let cheapest = -1;
    let cheapestCost = spare + 1;
    for (let r = 0; r < rows.length; r++) {
      if (whole.has(r)) continue;
      let cost = 0;
      for (let i = 0; i < columns; i++) cost += Math.max(0, cellWidths[r][i] - widths[i]);
      if (cost < cheapestCost) {
        cheapest = r;
        cheapestCost = cost;
      }
    }
    if (cheapest < 0) break;
    for (let i = 0; i < columns; i++) widths[i] = Math.max(widths[i], cellWidths[cheapest][i]);
    spare -= cheapestCost;
    whole.add(cheapest);
  }

  const lacking = widest.map((width, i) => width - widths[i]);
  const totalLacking = sum(lacking);
  for (let i = 0; i < columns; i++) widths[i] += Math.floor((spare * lacking[i]) / totalLacking);
  // What the rounding down left over goes one column each to those that still lack the most.
  for (let left = available - sum(widths); left > 0; left--) {
    let neediest = 0;
    for (let i = 1; i < columns; i++) if (widest[i] - widths[i] > widest[neediest] - widths[neediest]) neediest = i;
    widths[neediest]++;
  }
  return widths;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
