/**
 * Word-wraps plain text to `width` columns, every line starting with `indent`. Breaks only at ordinary spaces, so
 * French non-breaking spaces keep « : » and « ; » with their word.
 */
export function wrap(text: string, width: number, indent = ''): string {
  const available = Math.max(1, width - indent.length);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    // A word longer than the line is cut into pieces that fit, rather than left to overflow.
    const words = paragraph.split(' ').flatMap((word) => (word.length > available ? cut(word, available) : [word]));
    for (const word of words) {
      if (line && line.length + 1 + word.length > available) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    lines.push(line);
  }
  return lines.map((line) => indent + line).join('\n');
}

function cut(word: string, length: number): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < word.length; start += length) pieces.push(word.slice(start, start + length));
  return pieces;
}
