import type { Candidates, ClassOverview } from '../domain/explain';
import type { Messages } from '../i18n/messages';
import { classOf, type ListEntry } from '../kb/types';
import { sanitizeInput } from '../render/sanitize';
import { group, text, type Block, type Document } from './document';

function codeList(entries: readonly ListEntry[], m: Messages): Block {
  return {
    kind: 'codes',
    items: entries.map(({ code, reason, official, status }) => ({
      code,
      class: classOf(code),
      reason,
      note: official ? (status === 'active' ? undefined : m.text(`values.status.${status}`)) : m.text('values.status.unofficial'),
    })),
  };
}

export function classView(overview: ClassOverview, m: Messages): Document {
  return [
    group(
      { kind: 'line', spans: [{ text: `${overview.class} ${overview.className}`, bold: true, class: overview.class }] },
      { kind: 'line', spans: [{ text: `${overview.spec.document} §${overview.spec.section}`, dim: true }] },
    ),
    text(overview.description),
    group({ kind: 'line', spans: [{ text: m.text('headings.codesOfClass'), bold: true }] }, codeList(overview.codes, m)),
  ];
}

export function listView(entries: readonly ListEntry[], m: Messages): Document {
  return [group({ kind: 'line', spans: [{ text: m.text('headings.allCodes'), bold: true }] }, codeList(entries, m))];
}

export function candidatesView({ query, candidates }: Candidates, m: Messages): Document {
  return [group(text(m.text('explain.candidates', { query: sanitizeInput(query) })), codeList(candidates, m))];
}

/** The note above an answer found by a fuzzy search. */
export function searchNoteView(query: string, m: Messages): Block {
  return text(m.text('explain.searchNote', { query: sanitizeInput(query) }), { dim: true });
}
