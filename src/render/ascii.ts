/**
 * Text for a terminal that shows only ASCII (the C locale, TERM=dumb): the typographic signs the views use written
 * the ASCII way, accents dropped from letters, and anything else that has no ASCII form shown as "?".
 */
const SIGNS: Record<string, string> = {
  '§': 'sec. ',
  '·': '-',
  '—': '-',
  '–': '-',
  '•': '*',
  '…': '...',
  '×': 'x',
  '─': '-',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '«': '"',
  '»': '"',
  '\u00a0': ' ',
  '\u202f': ' ',
};

export function toAscii(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return text
    .replace(/[\u00a7\u00b7\u2014\u2013\u2022\u2026\u00d7\u2500\u2018\u2019\u201c\u201d\u00ab\u00bb\u00a0\u202f]/g, (sign) => SIGNS[sign])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x00-\x7f]/gu, '?');
}

/** cli-table3's borders drawn with ASCII characters. */
export const ASCII_BORDERS = {
  top: '-',
  'top-mid': '+',
  'top-left': '+',
  'top-right': '+',
  bottom: '-',
  'bottom-mid': '+',
  'bottom-left': '+',
  'bottom-right': '+',
  left: '|',
  'left-mid': '+',
  mid: '-',
  'mid-mid': '+',
  right: '|',
  'right-mid': '+',
  middle: '|',
};
