/** C0 and C1 controls, DEL, and the bidirectional overrides that can disguise text on a terminal. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves raw inside strings (it escapes C0 controls itself; newlines outside strings stay). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const MAX_ECHO = 60;

const escapeChar = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** What the user typed, safe to print on a terminal: controls escaped, long input cut. */
export function sanitizeInput(input: string): string {
  const chars = [...input];
  const cut = chars.length > MAX_ECHO ? chars.slice(0, MAX_ECHO).join('') + '…' : input;
  return cut.replace(UNSAFE, escapeChar);
}

/** JSON whose text holds no character a terminal could act on (JSON.stringify leaves C1 and bidi controls raw). */
export function toJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON, escapeChar);
}
