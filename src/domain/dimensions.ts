import { FACTS, type FactDeclaration, type FactKey, type FactKind } from '../kb/facts';
import type { Messages } from '../i18n/messages';
import { specLabel, type Explanation, type Status } from './explain';

/**
 * One property of a code as a comparison's table shows it and as its key differences state it. The behaviour facts
 * get theirs from their declaration (src/kb/facts.ts), by kind; what a code is (class, reason, spec, status, origin)
 * is declared here. Labels are `labels.KEY`; shown values `values.KEY.VALUE`; clauses `differences.KEY.VALUE`.
 */
export interface Dimension {
  key: string;
  /** position among key differences, lowest first; absent for what only the table shows */
  rank?: number;
  /** the value compared: codes with the same value are said together */
  value: (entry: Explanation) => string;
  /** every value `value` can give, in the order the fact declares them (facts with a few named values only) */
  values?: readonly string[];
  /** the underlying fact, as `properties[].raw` gives it */
  raw: (entry: Explanation) => unknown;
  display: (entry: Explanation, m: Messages) => string;
  clause?: (m: Messages, codes: Explanation[]) => string;
  /** the codes a difference can speak of (a redirect's method: only redirects) */
  appliesTo?: (entry: Explanation) => boolean;
  /** whether the code's value is the usual one, not worth a line of its own (no redirect, no header) */
  goesWithoutSaying?: (entry: Explanation) => boolean;
}

/** `{codes}` as a list in the language ("301, 302 et 307"), and the plural form that goes with it. */
function pluralClause(m: Messages, path: string, codes: Explanation[], params: Record<string, string> = {}): string {
  return m.plural(path, codes.length, { codes: m.list(codes.map((entry) => String(entry.code))), ...params });
}

/** A fact with a few named values, each with its own shown value and clause. */
function namedValues(
  key: string,
  rank: number | undefined,
  values: readonly string[],
  value: (entry: Explanation) => string,
  raw: (entry: Explanation) => unknown = value,
): Dimension {
  return {
    key,
    rank,
    value,
    values,
    raw,
    display: (entry, m) => m.text(`values.${key}.${value(entry)}`),
    clause: (m, codes) => pluralClause(m, `differences.${key}.${value(codes[0])}`, codes),
  };
}

function headerList(m: Messages, names: string[]): string {
  return m.plural('differences.headerList', names.length, { list: m.list(names) });
}

/** The dimensions of one behaviour fact: most have one, a redirect two (permanence and method). */
function factDimensions(key: FactKey, fact: FactKind & FactDeclaration): Dimension[] {
  const { rank } = fact;
  switch (fact.kind) {
    case 'boolean':
    case 'enum': {
      const value = (entry: Explanation) => String(entry[key as 'retry']);
      const usual = 'usually' in fact ? String(fact.usually) : undefined;
      const values = fact.kind === 'enum' ? fact.values : ['true', 'false'];
      return [
        {
          ...namedValues(key, rank, values, value, (entry) => entry[key as 'retry']),
          goesWithoutSaying: (entry) => value(entry) === usual,
        },
      ];
    }
    case 'redirect':
      return [
        {
          ...namedValues(
            'redirect',
            rank,
            ['permanent', 'temporary', 'none'],
            (entry) => (entry.redirect ? (entry.redirect.permanent ? 'permanent' : 'temporary') : 'none'),
            (entry) => entry.redirect,
          ),
          goesWithoutSaying: (entry) => entry.redirect === null,
        },
        {
          ...namedValues(
            'redirectMethod',
            rank === undefined ? undefined : rank + 1,
            [...fact.methods, 'none'],
            (entry) => entry.redirect?.method ?? 'none',
            (entry) => entry.redirect?.method ?? null,
          ),
          appliesTo: (entry) => entry.redirect !== null,
          goesWithoutSaying: (entry) => entry.redirect === null,
        },
      ];
    case 'responseHeaders':
      return [
        {
          key,
          rank,
          value: (entry) =>
            entry.responseHeaders
              .map((header) => `${header.name}:${header.requirement}`)
              .sort()
              .join(', '),
          raw: (entry) => entry.responseHeaders,
          goesWithoutSaying: (entry) => entry.responseHeaders.length === 0,
          display: (entry, m) =>
            entry.responseHeaders.length === 0
              ? m.text('values.none')
              : entry.responseHeaders
                  .map((header) => m.text(`values.responseHeaders.${header.requirement}`, { header: header.name }))
                  .join(m.text('grammar.enumSeparator')),
          clause: (m, codes) => {
            const headers = codes[0].responseHeaders;
            if (headers.length === 0) return pluralClause(m, 'differences.responseHeaders.none', codes);
            const required = headers.filter((header) => header.requirement === 'must').map((header) => header.name);
            const others = headers.filter((header) => header.requirement !== 'must').map((header) => header.name);
            // One clause with one subject, even when some headers are required and others optional.
            if (required.length > 0 && others.length > 0)
              return pluralClause(m, 'differences.responseHeaders.mustAndMay', codes, {
                required: headerList(m, required),
                optional: headerList(m, others),
              });
            return required.length > 0
              ? pluralClause(m, 'differences.responseHeaders.must', codes, { headers: headerList(m, required) })
              : pluralClause(m, 'differences.responseHeaders.may', codes, { headers: headerList(m, others) });
          },
        },
      ];
    case 'requestHeaders':
      return [
        {
          key,
          rank,
          value: (entry) => [...entry.requestHeaders].sort().join(', '),
          raw: (entry) => entry.requestHeaders,
          goesWithoutSaying: (entry) => entry.requestHeaders.length === 0,
          display: (entry, m) => (entry.requestHeaders.length > 0 ? m.enumerate(entry.requestHeaders) : m.text('values.none')),
          clause: (m, codes) =>
            codes[0].requestHeaders.length === 0
              ? pluralClause(m, 'differences.requestHeaders.none', codes)
              : pluralClause(m, 'differences.requestHeaders.some', codes, { headers: headerList(m, codes[0].requestHeaders) }),
        },
      ];
    case 'codes':
    case 'sources':
      return [];
  }
}

const statusOf = (entry: Explanation) => entry.status;

/** Every dimension, in the order of the table: what a code is, how it behaves, who defines it. */
export const DIMENSIONS: readonly Dimension[] = [
  {
    key: 'class',
    rank: 90,
    value: (entry) => entry.class,
    raw: (entry) => entry.class,
    display: (entry) => `${entry.class} ${entry.className}`,
    clause: (m, codes) => pluralClause(m, 'differences.class', codes, { class: codes[0].class, className: codes[0].className }),
  },
  {
    key: 'reason',
    value: (entry) => entry.reason ?? '',
    raw: (entry) => entry.reason,
    display: (entry, m) => (entry.reason ?? '—') + (entry.localizedReason ? m.parenthetical(entry.localizedReason) : ''),
  },
  {
    key: 'spec',
    value: (entry) => (entry.spec ? `${entry.spec.document} ${entry.spec.section}` : ''),
    raw: (entry) => entry.spec,
    display: (entry) => (entry.spec ? specLabel(entry.spec) : '—'),
  },
  namedValues(
    'status',
    95,
    ['active', 'deprecated', 'obsolete', 'unused', 'temporary', 'unofficial', 'unassigned'] satisfies Status[],
    statusOf,
  ),
  ...(Object.entries(FACTS) as [FactKey, FactKind & FactDeclaration][]).flatMap(([key, fact]) => factDimensions(key, fact)),
  {
    key: 'origin',
    value: (entry) => (entry.official ? 'official' : (entry.vendor ?? 'unassigned')),
    raw: (entry) => (entry.official ? 'iana' : entry.vendor),
    display: (entry, m) =>
      entry.official
        ? m.text('values.official')
        : entry.vendor
          ? m.text('values.vendorOf', { vendor: entry.vendor })
          : m.text('values.status.unassigned'),
  },
];

export function dimension(key: string): Dimension {
  const found = DIMENSIONS.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no dimension "${key}"`);
  return found;
}

/** The keys of the dimensions that key differences may state, in the order they are stated. */
export const DIFFERENCE_ORDER: readonly Dimension[] = DIMENSIONS.filter((d) => d.rank !== undefined && d.clause).sort(
  (a, b) => a.rank! - b.rank!,
);

export interface PropertyRow {
  key: string;
  label: string;
  /** each code's value, as shown in the table, in the output language */
  values: string[];
  /** each code's underlying fact */
  raw: unknown[];
  same: boolean;
}

/** Rows of a table: one dimension of every code compared. */
export function propertyRows(entries: Explanation[], m: Messages, dimensions: readonly Dimension[] = DIMENSIONS): PropertyRow[] {
  return dimensions.map((d) => ({
    key: d.key,
    label: m.text(`labels.${d.key}`),
    values: entries.map((entry) => d.display(entry, m)),
    raw: entries.map(d.raw),
    same: new Set(entries.map(d.value)).size === 1,
  }));
}
