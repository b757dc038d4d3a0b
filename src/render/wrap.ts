/**
 * Word-wraps plain text to `width` columns, every line starting with `indent`. Breaks only at ordinary spaces, so
 * French non-breaking spaces keep « : » and « ; » with their word.
 */
export function wrap(text: string, width: number, indent = ''): string {
  const available = Math.max(10, width - indent.length);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
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
