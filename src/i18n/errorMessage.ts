import type { ExpectedError } from '../errors';
import { sanitizeInput } from '../render/sanitize';
import type { Messages, Params } from './messages';

/**
 * The message of an expected error in a language: what the user typed is cut short, every parameter made safe to
 * print, and lists enumerated as the language does ("200, 204" / "200、204").
 */
export function errorMessage(m: Messages, error: ExpectedError): string {
  const params: Params = {};
  for (const [key, value] of Object.entries(error.params)) {
    if (typeof value === 'number') params[key] = value;
    else if (typeof value === 'string') params[key] = sanitizeInput(value, key === 'input' ? undefined : Infinity);
    else params[key] = m.enumerate(value.map((item) => sanitizeInput(String(item), Infinity)));
  }
  return m.text(`errors.${error.key}`, params);
}
