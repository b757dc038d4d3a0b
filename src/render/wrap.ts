const STARTS_AS_URL = /^https?:\/\//;

/**
 * Word-wraps plain text to `width` columns, every line starting with `indent`. Breaks only at ordinary spaces, so
 * French non-breaking spaces keep « : » and « ; » with their word.
 *
 * Written as plain loops, without a callback per word: a tiny function called for every word of a long comparison
 * is one V8 decides to optimize, and the process then waits for that compilation before it exits.
 */
export function wrap(text: string, width: number, indent = ''): string {
  const available = Math.max(1, width - indent.length);
  // Most cells and labels fit as they are: no loop over their words, which keeps this function cold (see above).
  if (text.length <= available && !text.includes('\n')) return indent + text;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (let word of paragraph.split(' ')) {
      // A word longer than the line is cut into pieces that fit, rather than left to overflow; but a URL stays
      // whole on a line of its own, to be clicked or copied.
      if (word.length > available && line) {
        lines.push(line);
        line = '';
      }
      while (word.length > available && !STARTS_AS_URL.test(word)) {
        lines.push(word.slice(0, available));
        word = word.slice(available);
      }
      if (line && line.length + 1 + word.length > available) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    lines.push(line);
  }
  return indent + lines.join(`\n${indent}`);
}
