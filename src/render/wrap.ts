const STARTS_AS_URL = /^https?:\/\//;

/**
 * Characters a terminal shows two columns wide: Chinese, Japanese and Korean scripts and the full-width forms
 * (what string-width counts as East Asian Wide or Fullwidth, for every character our texts use).
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
/** Text with none of them: measured by its length, wrapped at its spaces. */
const NARROW =
  /^[^\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]*$/;
/** What may not begin a line (kinsoku): closing brackets and punctuation, small kana, the long-vowel mark. */
const NO_LINE_START =
  /[\u3001\u3002\uff0c\uff0e\u30fb\uff1a\uff1b\uff1f\uff01\u30fc\uff09\u300d\u300f\u3011\u3009\u300b\u3015\uff5d\uff3d\u301f\u2019\u201d\u2026\u2025\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u308e\u30a1\u30a3\u30a5\u30a7\u30a9\u30c3\u30e3\u30e5\u30e7\u30ee\u30f5\u30f6,.:;!?)\]}%]/;
/** What may not end a line: opening brackets. */
const NO_LINE_END = /[\uff08\u300c\u300e\u3010\u3008\u300a\u3014\uff5b\uff3b\u301d\u2018\u201c([{]/;

/** The columns `text` takes on a terminal: two for each wide character, one for the others. */
export function displayWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** `text` padded with spaces to `width` columns, wide characters counted as two. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * A paragraph as the pieces a line may break between: words where words are separated by spaces, and each
 * character of Chinese or Japanese, which put no spaces between words; a piece that may not begin a line is kept
 * with the one before it, a piece that may not end one with the one after. `spaced[i]` says whether a space stood
 * before piece i (and is written between it and the piece before it on a line); `widths[i]` is its width.
 */
function pieces(paragraph: string): { texts: string[]; spaced: boolean[]; widths: number[] } {
  const texts: string[] = [];
  const spaced: boolean[] = [];
  const widths: number[] = [];
  // Text without wide characters breaks only at its spaces: no loop over its characters.
  if (NARROW.test(paragraph)) {
    let space = false;
    for (const word of paragraph.split(' ')) {
      if (word === '') {
        space = true;
        continue;
      }
      spaced.push(space || texts.length > 0);
      texts.push(word);
      widths.push(word.length);
      space = false;
    }
    return { texts, spaced, widths };
  }
  let space = false;
  let inWord = false;
  for (const char of paragraph) {
    if (char === ' ') {
      space = true;
      inWord = false;
      continue;
    }
    const wide = WIDE.test(char);
    const last = texts.length - 1;
    const glued = last >= 0 && !space && (NO_LINE_START.test(char) || NO_LINE_END.test(texts[last].slice(-1)));
    if (glued || (inWord && !wide && !space)) {
      texts[last] += char;
      widths[last] += wide ? 2 : 1;
    } else {
      texts.push(char);
      spaced.push(space);
      widths.push(wide ? 2 : 1);
    }
    inWord = !wide;
    space = false;
  }
  return { texts, spaced, widths };
}

/** The width of the longest piece a line cannot break: the least width that shows `text` without cutting a word. */
export function longestPiece(text: string): number {
  let longest = 0;
  for (const paragraph of text.split('\n')) {
    for (const width of pieces(paragraph).widths) if (width > longest) longest = width;
  }
  return longest;
}

/** A piece longer than a line, cut into parts that fit (at character boundaries, wide characters counted as two). */
function cut(piece: string, available: number): string[] {
  const parts: string[] = [];
  let part = '';
  for (const char of piece) {
    if (part && displayWidth(part + char) > available) {
      parts.push(part);
      part = '';
    }
    part += char;
  }
  parts.push(part);
  return parts;
}

/**
 * Wraps text to `width` columns, every line starting with `indent` (the first with `firstIndent`, if given). Breaks at ordinary spaces, and between the
 * characters of Chinese and Japanese with their rules of which characters may not begin or end a line; never at a
 * non-breaking space, so French « : » and « ; » stay with their word. Wide characters count as two columns.
 *
 * Written as plain loops, without a callback per word: a tiny function called for every word of a long comparison
 * is one V8 decides to optimize, and the process then waits for that compilation before it exits.
 */
export function wrap(text: string, width: number, indent = '', firstIndent = indent): string {
  const rest = Math.max(1, width - indent.length);
  // The first line may start elsewhere (a hanging indent): it has its own room until it is full.
  let available = Math.max(1, width - firstIndent.length);
  // Most cells and labels fit as they are: no loop over their words, which keeps this function cold (see above).
  if (!text.includes('\n') && displayWidth(text) <= available) return firstIndent + text;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const { texts, spaced, widths } = pieces(paragraph);
    let line = '';
    let lineWidth = 0;
    for (let i = 0; i < texts.length; i++) {
      let piece = texts[i];
      let pieceWidth = widths[i];
      const gap = line && spaced[i] ? 1 : 0;
      if (lineWidth + gap + pieceWidth <= available) {
        line += (gap ? ' ' : '') + piece;
        lineWidth += gap + pieceWidth;
        continue;
      }
      if (line) {
        lines.push(line);
        available = rest;
      }
      // A piece longer than a line is cut into parts that fit, rather than left to overflow; but a URL stays whole
      // on a line of its own, to be clicked or copied.
      if (pieceWidth > available && !STARTS_AS_URL.test(piece)) {
        const parts = cut(piece, Math.min(available, rest));
        available = rest;
        for (let j = 0; j < parts.length - 1; j++) lines.push(parts[j]);
        piece = parts[parts.length - 1];
        pieceWidth = displayWidth(piece);
      }
      line = piece;
      lineWidth = pieceWidth;
    }
    lines.push(line);
    available = rest;
  }
  return firstIndent + lines.join(`\n${indent}`);
}
