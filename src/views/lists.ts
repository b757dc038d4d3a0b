import type { Candidates, ClassOverview, Explanation } from '../domain/explain';
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
      note:
        official && status === 'active'
          ? undefined
          : m.parenthetical(m.text(official ? `values.status.${status}` : 'values.status.unofficial')),
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

export function listView(entries: readonly ListEntry[], m: Messages, filter?: string): Document {
  const heading = filter === undefined ? m.text('headings.allCodes') : m.text('headings.codesOf', { filter: sanitizeInput(filter) });
  return [group({ kind: 'line', spans: [{ text: heading, bold: true }] }, codeList(entries, m))];
}

export function candidatesView({ query, candidates, total }: Candidates, m: Messages): Document {
  const params = { query: sanitizeInput(query), shown: candidates.length, total };
  return [
    group(text(m.text(total > candidates.length ? 'explain.candidatesSome' : 'explain.candidates', params)), codeList(candidates, m)),
  ];
}

/**
 * The note above an answer, when how it was found is worth saying: a guess (a keyword search, a typo forgiven), or
 * a name that is not IANA's (a constant of some ecosystem, a vendor's name).
 */
export function matchNote(entry: Explanation, m: Messages): Block | undefined {
  const { match } = entry;
  if (!match) return undefined;
  const query = sanitizeInput(match.query);
  const say = (key: string, params: Record<string, string | number> = {}) =>
    text(m.text(`explain.match.${key}`, { query, code: entry.code, ...params }), { dim: true });
  switch (match.via) {
    case 'typo':
    case 'keywords':
      return say(match.via);
    case 'constant': {
      const labels = (match.ecosystems ?? []).map((id) => entry.constants.find((constant) => constant.ecosystem === id)?.label ?? id);
      return say('constant', { ecosystems: m.list(labels) });
    }
    case 'vendor': {
      // One of the other meanings, or the code's own when it is unofficial.
      const vendor = entry.meanings.find((meaning) => meaning.id === match.vendor)?.vendor ?? entry.vendor ?? '';
      return say('vendor', { vendor });
    }
    default:
      return undefined;
  }
}
