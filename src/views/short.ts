import type { Candidates, ClassOverview, Explanation } from '../domain/explain';
import type { Messages } from '../i18n/messages';
import { sanitizeInput } from '../render/sanitize';
import type { Document, Span } from './document';

/**
 * One line per answer (`--short`, and batch mode on text): "404 Not Found tells the client that nothing is
 * available at the requested URI." — greppable, one answer a line, never wrapped.
 */
export function shortExplanation(entry: Explanation, m: Messages): Document {
  const name =
    (entry.reason ? `${entry.code} ${entry.reason}` : String(entry.code)) +
    (entry.localizedReason ? m.parenthetical(entry.localizedReason) : '');
  const sentence = m.text('explain.oneLine', { name: '\u0000', summary: entry.summary });
  const [before, after] = sentence.split('\u0000');
  const spans: Span[] = [{ text: before }, { text: name, bold: true, class: entry.class }, { text: after }];
  return [{ kind: 'line', spans: spans.filter((span) => span.text !== '') }];
}

export function shortClass(overview: ClassOverview): Document {
  return [
    {
      kind: 'line',
      spans: [
        { text: `${overview.class} ${overview.className}`, bold: true, class: overview.class },
        { text: ` (${overview.spec.document} §${overview.spec.section})`, dim: true },
      ],
    },
  ];
}

export function shortCandidates({ query, candidates }: Candidates, m: Messages): Document {
  const codes = m.enumerate(candidates.map((entry) => `${entry.code} ${entry.reason}`));
  return [{ kind: 'line', spans: [{ text: m.text('explain.candidatesOneLine', { query: sanitizeInput(query), codes }) }] }];
}
