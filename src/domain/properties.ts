import type { Messages } from '../i18n/messages';
import { specLabel, type Explanation } from './explain';

export interface PropertyRow {
  key: string;
  label: string;
  /** each code's value, as shown in the table, in the output language */
  values: string[];
  /** each code's underlying fact */
  raw: unknown[];
  same: boolean;
}

/**
 * One property of a code, as the table shows it and as key differences state it. `clause` is absent for
 * properties that only the table shows; `appliesTo` narrows the codes a difference speaks of.
 */
export interface Dimension {
  key: string;
  label: string;
  value(entry: Explanation): string;
  raw(entry: Explanation): unknown;
  display(entry: Explanation, m: Messages): string;
  clause?(m: Messages, value: string, codes: Explanation[]): string;
  appliesTo?(entry: Explanation): boolean;
}

const yesNo = (flag: boolean, m: Messages) => m.text(flag ? 'values.yes' : 'values.no');
const redirectKind = (entry: Explanation) =>
  entry.redirect ? (entry.redirect.permanent ? 'permanent' : 'temporary') : 'none';

/** `{codes}` as a list in the language ("301, 302 et 307"), and the plural form that goes with it. */
function pluralClause(m: Messages, path: string, codes: Explanation[], params: Record<string, string> = {}): string {
  return m.plural(path, codes.length, { codes: m.list(codes.map((entry) => String(entry.code))), ...params });
}

/** A fact with a few named values, each with its own label (`values.KEY.VALUE`) and clause (`differences.KEY.VALUE`). */
function enumDimension(key: 'retry' | 'fault' | 'status'): Dimension {
  const value = (entry: Explanation) => entry[key];
  return {
    key,
    label: `labels.${key}`,
    value,
    raw: value,
    display: (entry, m) => m.text(`values.${key}.${value(entry)}`),
    clause: (m, fact, codes) => pluralClause(m, `differences.${key}.${fact}`, codes),
  };
}

/** Labels and clauses of the table rows and key differences, in the order differences are listed. */
export const DIMENSIONS: Dimension[] = [
  {
    key: 'redirect',
    label: 'labels.redirect',
    value: redirectKind,
    raw: (entry) => entry.redirect,
    display: (entry, m) => m.text(`values.redirect.${redirectKind(entry)}`),
    clause: (m, value, codes) => pluralClause(m, `differences.redirect.${value}`, codes),
  },
  {
    key: 'method',
    label: 'labels.method',
    value: (entry) => entry.redirect?.method ?? 'none',
    raw: (entry) => entry.redirect?.method ?? null,
    display: (entry, m) => m.text(`values.method.${entry.redirect?.method ?? 'none'}`),
    clause: (m, value, codes) => pluralClause(m, `differences.method.${value}`, codes),
    appliesTo: (entry) => entry.redirect !== null,
  },
  {
    key: 'cacheable',
    label: 'labels.cacheable',
    value: (entry) => String(entry.cacheableByDefault),
    raw: (entry) => entry.cacheableByDefault,
    display: (entry, m) => yesNo(entry.cacheableByDefault, m),
    clause: (m, value, codes) => pluralClause(m, `differences.cacheable.${value}`, codes),
  },
  {
    key: 'headers',
    label: 'labels.headers',
    value: (entry) => [...entry.headers].sort().join(', '),
    raw: (entry) => entry.headers,
    display: (entry, m) => (entry.headers.length > 0 ? entry.headers.join(', ') : m.text('values.none')),
    clause: (m, _value, codes) => {
      const headers = codes[0].headers;
      if (headers.length === 0) return pluralClause(m, 'differences.headers.none', codes);
      const list = m.plural('differences.headerList', headers.length, { list: m.list(headers) });
      return pluralClause(m, 'differences.headers.some', codes, { headers: list });
    },
  },
  enumDimension('retry'),
  enumDimension('fault'),
  {
    key: 'body',
    label: 'labels.body',
    value: (entry) => String(entry.bodyAllowed),
    raw: (entry) => entry.bodyAllowed,
    display: (entry, m) => m.text(entry.bodyAllowed ? 'values.allowed' : 'values.notAllowed'),
    clause: (m, value, codes) => pluralClause(m, `differences.body.${value}`, codes),
  },
  {
    key: 'class',
    label: 'labels.class',
    value: (entry) => entry.class,
    raw: (entry) => entry.class,
    display: (entry) => `${entry.class} ${entry.className}`,
    clause: (m, _value, codes) =>
      pluralClause(m, 'differences.class', codes, { class: codes[0].class, className: codes[0].className }),
  },
  enumDimension('status'),
  {
    key: 'reason',
    label: 'labels.reason',
    value: (entry) => entry.reason ?? '',
    raw: (entry) => entry.reason,
    display: (entry) =>
      [entry.reason ?? '—', entry.localizedReason && `(${entry.localizedReason})`].filter(Boolean).join(' '),
  },
  {
    key: 'spec',
    label: 'labels.spec',
    value: (entry) => (entry.spec ? `${entry.spec.document} ${entry.spec.section}` : ''),
    raw: (entry) => entry.spec,
    display: (entry) => (entry.spec ? specLabel(entry.spec) : '—'),
  },
  {
    key: 'origin',
    label: 'labels.origin',
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

/** Table order: what a code is first, then how it behaves. */
export const TABLE_ORDER = ['class', 'reason', 'spec', 'status', 'cacheable', 'redirect', 'method', 'headers', 'body', 'retry', 'fault', 'origin'];


/** One row of the comparison table: a property of every code compared. */
export function propertyRows(entries: Explanation[], m: Messages, keys: readonly string[] = TABLE_ORDER): PropertyRow[] {
  return keys.map((key) => {
    const dimension = DIMENSIONS.find((candidate) => candidate.key === key)!;
    return {
      key,
      label: m.text(dimension.label),
      values: entries.map((entry) => dimension.display(entry, m)),
      raw: entries.map(dimension.raw),
      same: new Set(entries.map(dimension.value)).size === 1,
    };
  });
}

/** The behaviour rows `httpexplain` shows for one code. */
export const BEHAVIOUR_KEYS = ['cacheable', 'redirect', 'method', 'headers', 'body', 'retry', 'fault'] as const;

