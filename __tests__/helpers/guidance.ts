/**
 * What a comparison's texts recommend: the codes named after an imperative that tells the reader to send one
 * ("Send 404 when …", "to redirect, use 307 or 308", « Envoyez 503 … »), unless the verb is negated ("Do not send
 * 305", « N’envoyez pas 306 », "never use 418") or is not an imperative ("Cloudflare's logs use 499", "clients
 * should answer 419 by …"). A code written as part of an nginx directive (`return 444`, `error_page 495 and 496`)
 * configures the vendor's own software and is not a code to send. Used by the engine tests and by the property
 * test over the shipped knowledge base.
 */
// Words are delimited by letters, not by \b, which knows only ASCII letters ("não", "envíe").
const RECOMMENDING = word(
  'send|use|choose|answer|return|prefer|reply' +
    '|envoyez|utilisez|choisissez|répondez|renvoyez|préférez|employez' +
    // Spanish and Portuguese: the polite imperatives only, since "envía", "usa" or "responde" are also "it sends".
    '|envíe|utilice|elija|responda|devuelva|prefiera|emplee' +
    '|envie|utilize|escolha|retorne|devolva|prefira|empregue',
  'giu',
);
/** A negation just before the verb: "do not send", "never use", « n’envoyez pas », "no envíe", "nunca use", "não envie". */
const NEGATED_BEFORE = /((?<!\p{L})(not|never|ne|no|nunca|jamás|não|jamais)|n[’'])\s*$/iu;
/** A word before the verb that makes it something other than an imperative: a subject, a modal, "to". */
const NOT_IMPERATIVE = new Set([
  'should',
  'must',
  'may',
  'might',
  'can',
  'could',
  'would',
  'will',
  'shall',
  'to',
  'it',
  'they',
  'we',
  'you',
  'i',
  'which',
  'that',
  'who',
  'vous',
  'nous',
  'que',
  'se',
  'lo',
  'los',
  'las',
  'debe',
  'deve',
  'pode',
  'puede',
]);
const ADVERBS_IN_S = new Set(['always', 'thus', 'perhaps', 'sometimes', 'otherwise', 'unless']);
/** Where what the verb governs ends: a negation after it ("use 307, not 302"), or another clause. */
const NEGATION_AFTER = word(
  'not|never|pas|jamais|non|instead of|rather than|plutôt que|au lieu de|no|nunca|en lugar de|en vez de|não|em vez de|em lugar de|ao invés de',
  'iu',
);
const DIRECTIVE = /\b(return|error_page)\s+[1-5][0-9]{2}(\s*(,|and|et|y|e|or|ou|o)\s*[1-5][0-9]{2})*/giu;

function word(alternatives: string, flags: string): RegExp {
  return new RegExp(`(?<!\\p{L})(${alternatives})(?!\\p{L})`, flags);
}

function imperative(before: string): boolean {
  if (NEGATED_BEFORE.test(before)) return false;
  const previous = /([\p{L}’']+)\s*$/u.exec(before)?.[1].toLowerCase();
  if (previous === undefined) return true;
  if (NOT_IMPERATIVE.has(previous)) return false;
  // "logs use 499", "tools use 599": a plural or third-person subject just before the verb.
  return !(previous.length > 3 && previous.endsWith('s') && !ADVERBS_IN_S.has(previous));
}

export function recommendedCodes(text: string): number[] {
  const codes: number[] = [];
  for (const chunk of text.replace(DIRECTIVE, '(directive)').split(/[.;:!?](?:\s|$)/u)) {
    for (const match of chunk.matchAll(RECOMMENDING)) {
      if (!imperative(chunk.slice(0, match.index))) continue;
      let governed = chunk.slice(match.index + match[0].length);
      const end = NEGATION_AFTER.exec(governed);
      if (end) governed = governed.slice(0, end.index);
      for (const code of governed.matchAll(/\b[1-5][0-9]{2}\b/g)) codes.push(Number(code[0]));
    }
  }
  return codes;
}

/** Template text that must never reach a reader. */
export const FILLER = [
  /No guidance has been written/i,
  /when you need a response that/i,
  /Aucun conseil n’a encore été rédigé/i,
  /quand il vous faut un code qui/i,
  /\{[A-Za-z0-9]+\}/,
];

/** "both", in each language: only for two codes. */
export const BOTH =
  /\bboth\b|\bles deux\b|\btous deux\b|\btoutes deux\b|(?<!\p{L})(ambos|ambas|os dois|as duas|los dos|las dos)(?!\p{L})|どちらも|両方|两者|二者|同为/iu;
