/**
 * One function between the commands and the renderers: a command hands over a result and the format the user
 * chose; the result goes as it is to the JSON renderer, or through its view to the terminal renderer.
 */
import type { Comparison } from '../domain/compare';
import type { Candidates, ClassOverview, Explanation } from '../domain/explain';
import type { ExpectedError } from '../errors';
import type { ListEntry } from '../kb/types';
import type { Trace } from '../trace/types';
import type { Messages } from '../i18n/messages';
import { errorMessage } from '../i18n/errorMessage';
import { toJson } from '../render/sanitize';
import { renderDocument, type TerminalOptions } from '../render/terminal';
import { comparisonView } from '../views/comparison';
import type { Document } from '../views/document';
import { explanationView } from '../views/explanation';
import { candidatesView, classView, listView, matchNote } from '../views/lists';
import { shortCandidates, shortClass, shortExplanation } from '../views/short';
import { traceView } from '../views/trace';

export type Result =
  | { kind: 'explanation'; value: Explanation }
  | { kind: 'comparison'; value: Comparison; brief: boolean }
  | { kind: 'class'; value: ClassOverview }
  | { kind: 'candidates'; value: Candidates }
  | { kind: 'list'; value: readonly ListEntry[]; filter?: string }
  | { kind: 'trace'; value: Trace }
  | { kind: 'error'; value: ExpectedError; extra?: Record<string, unknown> };

export type Format =
  | { json: true; compact?: boolean }
  /** text: how to draw, and the ecosystems whose constants an explanation shows */
  | { json: false; terminal: TerminalOptions; ecosystems: readonly string[]; short?: boolean };

/** What `--json` prints for a result: the domain object itself, or `{"error": …}`. */
export function jsonOf(result: Result, m: Messages): unknown {
  if (result.kind !== 'error') return result.value;
  const { value: error, extra } = result;
  return { error: { code: error.key, message: errorMessage(m, error), exitCode: error.exitCode, ...extra } };
}

function viewOf(result: Exclude<Result, { kind: 'error' }>, m: Messages, ecosystems: readonly string[], short: boolean): Document {
  if (short && result.kind === 'explanation') return shortExplanation(result.value, m);
  if (short && result.kind === 'class') return shortClass(result.value);
  if (short && result.kind === 'candidates') return shortCandidates(result.value, m);
  switch (result.kind) {
    case 'explanation':
      return explanationView(result.value, m, matchNote(result.value, m), ecosystems);
    case 'comparison':
      return comparisonView(result.value, m, result.brief);
    case 'class':
      return classView(result.value, m);
    case 'candidates':
      return candidatesView(result.value, m);
    case 'list':
      return listView(result.value, m, result.filter);
    case 'trace':
      return traceView(result.value, m);
  }
}

/** A result as text in the chosen format. Errors have no text form: their line goes to standard error. */
export function present(result: Exclude<Result, { kind: 'error' }>, format: Format, m: Messages): string {
  if (format.json) return toJson(jsonOf(result, m), format.compact ? undefined : 2) + '\n';
  // A line of --short is never wrapped: one answer, one line, for grep.
  const terminal = { ...format.terminal, labelSeparator: m.text('grammar.labelSeparator') };
  if (format.short) Object.assign(terminal, { width: Infinity, measure: Infinity });
  return renderDocument(viewOf(result, m, format.ecosystems, !!format.short), terminal);
}

/**
 * What goes between two answers in text: nothing between one-line answers; between whole explanations, a blank line,
 * a rule and a blank line, so that where one ends and the next begins shows at a glance.
 */
export function separator(format: Format): string {
  if (format.json || format.short) return '';
  const rule = renderDocument(
    [{ kind: 'line', spans: [{ text: '\u2500'.repeat(Math.min(format.terminal.measure, 40)), dim: true }] }],
    format.terminal,
  );
  return `\n${rule}\n`;
}

/** Several results as JSON: one object, or an array in the order of the queries. */
export function presentJsonList(results: Result[], m: Messages): string {
  const objects = results.map((result) => jsonOf(result, m));
  return toJson(objects.length === 1 ? objects[0] : objects, 2) + '\n';
}
