/**
 * Characters that take one terminal column each: printable ASCII, Latin-1 letters and signs (without © and ®,
 * which can start an emoji), everything up to U+02FF (Latin Extended, IPA, spacing modifier letters), the common
 * punctuation of U+2010–U+2027 (dashes,
 * quotes, bullet, ellipsis) with the narrow no-break space. Every text of the knowledge base is made of them.
 */
const ONE_COLUMN_EACH = /^[\x20-\x7e\xa0-\xa8\xaa-\xad\xaf-\u02ff\u2010-\u2027\u202f]*$/;

/** Whether every character of `text` takes exactly one terminal column. */
export const isOneColumnEach = (text: string): boolean => ONE_COLUMN_EACH.test(text);

/**
 * The terminal columns that `text` takes, as string-width counts them. The CLI bundle gives this to cli-table3 in
 * place of string-width (scripts/build.mjs): cli-table3 measures each cell many times, and string-width's loop over
 * characters then runs often enough for V8 to optimize it on a background thread, a compilation (~7 ms) that the
 * process waits for before it can exit. Text made only of one-column characters is measured by its length instead;
 * string-width, loaded on first need, measures the rest.
 */
export function textWidth(text: string): number {
  if (isOneColumnEach(text)) return text.length;
  return (require('string-width') as typeof import('string-width'))(text);
}
