/**
 * Content widths (without padding or borders) for the columns of a table that must fit in `available` character
 * columns, each column given as its texts. A column gets at least its longest word, so that no word is cut, and at
 * most its longest text; the space left once every word fits is shared in proportion to what each column still
 * lacks. Returns undefined when even the longest words cannot stand side by side.
 *
 * Plain loops, no callback per word: see wrap.ts for why.
 */
export function fitColumns(columns: readonly (readonly string[])[], available: number): number[] | undefined {
  const widest: number[] = [];
  const longestWord: number[] = [];
  for (const texts of columns) {
    let text = 1;
    let word = 1;
    for (const cell of texts) {
      text = Math.max(text, cell.length);
      for (const piece of cell.split(' ')) word = Math.max(word, piece.length);
    }
    widest.push(text);
    longestWord.push(word);
  }
  const wordsWidth = sum(longestWord);
  if (wordsWidth > available) return undefined;
  const spare = available - wordsWidth;
  const lacking = widest.map((width, i) => width - longestWord[i]);
  const totalLacking = sum(lacking);
  if (totalLacking <= spare) return widest;
  const widths = longestWord.map((width, i) => width + Math.floor((spare * lacking[i]) / totalLacking));
  // What the rounding down left over goes one column each to those that still lack the most.
  let left = available - sum(widths);
  while (left > 0) {
    let neediest = 0;
    for (let i = 1; i < widths.length; i++) if (widest[i] - widths[i] > widest[neediest] - widths[neediest]) neediest = i;
    widths[neediest]++;
    left--;
  }
  return widths;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
