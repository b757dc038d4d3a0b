/**
 * `httpexplain URL` on a terminal: the request, each hop (status, where it leads, the headers that matter for that
 * status, its time), the final answer in short, and the findings with why they matter and how to fix them.
 * Everything a server sent (reason phrases, Location, header values) and every URL is printed through the
 * sanitizer: a hostile server could put escape sequences in them.
 */
import type { Messages } from '../i18n/messages';
import { classOf } from '../kb/types';
import { sanitizeInput } from '../render/sanitize';
import type { Finding, Hop, Severity, Trace } from '../trace/types';
import { group, text, type Block, type Document, type Span } from './document';
import { titleLine } from './explanation';

/** How much of a server's text is shown: a reason phrase, a header value, a URL. */
const SHOWN_LENGTH = { reason: 60, value: 200, url: 300 };

/** Severities drawn in the colours of the classes that mean as much: red, yellow, blue. */
const SEVERITY_CLASS = { error: '5xx', warning: '4xx', info: '1xx' } as const satisfies Record<Severity, string>;

const safe = (value: string, length = Infinity) => sanitizeInput(value, length);

function statusSpans(hop: Hop, m: Messages): Span[] {
  const known = hop.status >= 100 && hop.status <= 599;
  const spans: Span[] = [
    { text: `${hop.status} ${safe(hop.reason, SHOWN_LENGTH.reason)}`.trim(), bold: true, ...(known ? { class: classOf(hop.status) } : {}) },
  ];
  if (hop.registeredReason)
    spans.push({ text: m.parenthetical(m.text('trace.registeredReason', { reason: hop.registeredReason })), dim: true });
  spans.push({ text: ` · ${m.text('trace.time', { ms: hop.timeMs })}`, dim: true });
  return spans;
}

function hopView(hop: Hop, index: number, followed: boolean, m: Messages): Block {
  const rows: [string, string][] = [];
  if (hop.location !== null) {
    const location = safe(hop.location, SHOWN_LENGTH.url);
    rows.push(['Location', hop.next !== null && !followed ? location + m.parenthetical(m.text('trace.notFollowed')) : location]);
  }
  for (const [name, value] of Object.entries(hop.headers)) rows.push([name, safe(value, SHOWN_LENGTH.value)]);
  return group(
    { kind: 'line', spans: [{ text: `${index + 1} ` }, { text: `${hop.method} ${safe(hop.url, SHOWN_LENGTH.url)}` }] },
    { kind: 'line', spans: [{ text: '  ' }, ...statusSpans(hop, m)] },
    ...(rows.length > 0 ? [{ kind: 'fields', rows } as const] : []),
  );
}

function findingView(finding: Finding, m: Messages): Block {
  return group(
    {
      kind: 'line',
      spans: [
        { text: m.text(`trace.severity.${finding.severity}`), bold: true, class: SEVERITY_CLASS[finding.severity] },
        { text: ` · ${m.text('trace.hop', { hop: finding.hop })}`, dim: true },
      ],
    },
    text(safe(finding.text), { bold: true }),
    {
      kind: 'fields',
      rows: [
        [m.text('trace.why'), safe(finding.why)],
        [m.text('trace.fix'), safe(finding.fix)],
      ],
    },
  );
}

/** The terminal's view of a trace. */
export function traceView(trace: Trace, m: Messages): Document {
  const total = trace.hops.reduce((sum, hop) => sum + hop.timeMs, 0);
  const head: Block[] = [{ kind: 'line', spans: [{ text: `${trace.method} ${safe(trace.url, SHOWN_LENGTH.url)}`, bold: true }] }];
  if (trace.hops.length > 0)
    head.push({
      kind: 'line',
      spans: [{ text: m.plural('trace.summary', trace.hops.length, { count: trace.hops.length, ms: total }), dim: true }],
    });
  if (trace.insecure) head.push(text(m.text('trace.insecure'), { bold: true }));
  if (trace.ignoredProxy) head.push(text(m.text('trace.ignoredProxy', { variable: trace.ignoredProxy }), { dim: true }));
  const blocks: Block[] = [group(...head)];

  // A hop is followed when another one comes after it.
  trace.hops.forEach((hop, i) => blocks.push(hopView(hop, i, i < trace.hops.length - 1, m)));

  if (trace.final) {
    const { final } = trace;
    blocks.push(
      group(
        titleLine(final, m),
        text(m.text('trace.finalSummary', { code: `${final.code} ${final.reason ?? ''}`.trim(), summary: final.summary })),
        text(m.text('trace.fullExplanation', { command: `httpexplain ${final.code}` }), { dim: true }),
      ),
    );
  }
  if (trace.error) blocks.push(text(safe(m.text('trace.noAnswer', { message: trace.error.message })), { bold: true }));

  if (trace.findings.length === 0) {
    // "Nothing to fix" is said of an answer, not of a server that never gave one.
    if (trace.final) blocks.push(text(m.text('trace.noFindings')));
  } else {
    const [first, ...others] = trace.findings.map((finding) => findingView(finding, m));
    blocks.push(group({ kind: 'line', spans: [{ text: m.text('trace.findings'), bold: true }] }, first), ...others);
  }
  return blocks;
}
