/**
 * "Unprocessable_Entity", "I’m a teapot", "see-other", "Théière" → "unprocessable entity", "im a teapot",
 * "see other", "theiere": the form in which names are indexed at build time and looked up at run time, so that both
 * agree. Accents are dropped from Latin letters only (a user may not type them); other scripts keep their marks.
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/([a-z])[\u0300-\u036f]+/g, '$1')
    .normalize('NFKC')
    .replace(/['\u2019`]/g, '')
    .replace(/[\s_\-.,:;!?()"\u00ab\u00bb\u201c\u201d\u201e]+/g, ' ')
    .trim();
}

/**
 * The words a keyword search indexes and looks for: normalized, three letters or more, a plural "s" dropped so that
 * "limits" finds "limit" and "redirections" finds "redirection".
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of normalizeName(text).split(' ')) {
    if (word.length < 3) continue;
    terms.push(word.length > 4 && word.endsWith('s') ? word.slice(0, -1) : word);
  }
  return terms;
}
