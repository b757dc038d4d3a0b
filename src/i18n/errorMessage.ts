import type { ExpectedError } from '../errors';
import { sanitizeInput } from '../render/sanitize';
import type { Messages } from './messages';

/** The message of an expected error in a language; what the user typed is cut short, and every parameter made safe to print. */
export function errorMessage(m: Messages, error: ExpectedError): string {
  const params = Object.fromEntries(
    Object.entries(error.params).map(([key, value]) => [
      key,
      typeof value === 'string' ? sanitizeInput(value, key === 'input' ? undefined : Infinity) : value,
    ]),
  );
  return m.text(`errors.${error.key}`, params);
}
