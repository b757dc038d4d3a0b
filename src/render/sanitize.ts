/**
 * Characters a terminal could act on or that hide what text says: controls (Unicode category Cc, C0 and C1 with
 * ESC among them), format characters (Cf: the bidirectional controls such as U+061C and U+202E, zero-width spaces
 * and joiners, U+FEFF), and the line and paragraph separators (Zl, Zp).
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/** The same, but for what JSON.stringify already escapes (C0 controls), so that they are not escaped twice. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/gu;
const MAX_ECHO = 60;

const hex = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`;

/** A character as the escape sequence JSON and JavaScript read: \u202e, or a surrogate pair beyond the BMP. */
function escapeChar(char: string): string {
  let escaped = '';
  for (let i = 0; i < char.length; i++) escaped += hex(char.charCodeAt(i));
  return escaped;
}

/** Text from outside (what the user typed, what a server sent), safe to print on a terminal: unsafe characters escaped, long text cut. */
export function sanitizeInput(input: string, maxLength = MAX_ECHO): string {
  // Counted in characters, not UTF-16 units; a string no longer than the limit in units is short enough anyway.
  let cut = input;
  if (input.length > maxLength) {
    const chars = [...input];
    if (chars.length > maxLength) cut = chars.slice(0, maxLength).join('') + '…';
  }
  return cut.replace(UNSAFE, escapeChar);
}

/** JSON whose text holds no character a terminal could act on (JSON.stringify leaves C1, format and separator characters raw). */
export function toJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON, escapeChar);
}
