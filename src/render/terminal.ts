import type { Chalk } from 'chalk';
import type { ClassKey } from '../kb/types';
import type { Block, Document, Span } from '../views/document';
import { ASCII_BORDERS, toAscii } from './ascii';
import { fitColumns } from './columns';
import { displayWidth, longestPiece, padEnd, wrap } from './wrap';

export type ColorLevel = 0 | 1 | 2 | 3;

/** How to draw: the terminal's width and how many colours it takes (0: none, no escape codes). */
export interface TerminalOptions {
  /** the whole width, which tables use */
  width: number;
  /** the width of running text, at most the whole width: a line of prose longer than ~100 columns reads badly */
  measure: number;
  colorLevel: ColorLevel;
  /** box-drawing borders: on a terminal (or with colour forced); plain aligned columns elsewhere */
  decorated: boolean;
  /** ASCII only (the C locale, TERM=dumb) */
  ascii: boolean;
  /** what stands between a label and its value in the language: ": ", " : " in French, "：" in Chinese */
  labelSeparator?: string;
}

interface Style {
  width: number;
  measure: number;
  c: Chalk;
  decorated: boolean;
  ascii: boolean;
  labelSeparator: string;
}

const INDENT = '  ';
/** cli-table3 characters for a table without borders: columns aligned, separated by spaces. */
const NO_BORDERS = Object.fromEntries(
  [
    'top',
    'top-mid',
    'top-left',
    'top-right',
    'bottom',
    'bottom-mid',
    'bottom-left',
    'bottom-right',
    'left',
    'left-mid',
    'mid',
    'mid-mid',
    'right',
    'right-mid',
    'middle',
  ].map((name) => [name, '']),
);

function classColor(c: Chalk, cls: ClassKey): Chalk {
  return { '1xx': c.blue, '2xx': c.green, '3xx': c.cyan, '4xx': c.yellow, '5xx': c.red }[cls];
}

function styled(s: Style, span: Span): string {
  let chalk = span.class ? classColor(s.c, span.class) : s.c;
  if (span.bold) chalk = chalk.bold;
  if (span.dim) chalk = chalk.dim;
  return span.class || span.bold || span.dim ? chalk(span.text) : span.text;
}

/**
 * `text` wrapped after a lead ("  1. ", "  • ", a label): its first line starts with the lead, the others are
 * indented as far. `leadWidth` is the lead's width on screen, colour codes aside.
 */
function afterLead(s: Style, lead: string, leadWidth: number, text: string): string {
  const indent = ' '.repeat(leadWidth);
  return lead + wrap(text, s.measure, indent).slice(indent.length);
}

/** Below this many columns beside the labels, a long value would wrap a few words a line: it goes under its label instead. */
const NARROWEST_VALUE_COLUMN = 30;

/**
 * Label/value lines with the values aligned, wrapped under their own column. On a narrow terminal, a value too long
 * for one line of that column goes under its label; so does, at any width, a value with a piece that cannot be cut
 * and does not fit beside the labels (a URL).
 */
function fields(s: Style, rows: [string, string][]): string {
  const labelWidth = Math.max(...rows.map(([label]) => displayWidth(label))) + 2;
  const valueWidth = s.measure - INDENT.length - labelWidth;
  return rows
    .map(([label, value]) =>
      (valueWidth < NARROWEST_VALUE_COLUMN && displayWidth(value) > valueWidth) || longestPiece(value) > valueWidth
        ? `${INDENT}${s.c.dim(label)}\n${wrap(value, s.measure, INDENT + INDENT)}`
        : afterLead(s, INDENT + s.c.dim(padEnd(label, labelWidth)), INDENT.length + labelWidth, value),
    )
    .join('\n');
}

/** An indented line whose continuation lines are indented further, so that where each value starts shows. */
function hanging(s: Style, text: string): string {
  return wrap(text, s.measure, INDENT + INDENT, INDENT);
}

/** A table's rows one under the other, for terminals too narrow for a column per code. */
function stacked(s: Style, block: Extract<Block, { kind: 'table' }>): string {
  return block.rows
    .map((row) =>
      [s.c.bold(row.label), ...row.values.map((value, i) => hanging(s, `${block.columns[i].text}${s.labelSeparator}${value}`))].join('\n'),
    )
    .join('\n');
}

/** cli-table3 pads every cell with a space on each side; borders, when drawn, take a column between cells and one at each end. */
function drawTable(s: Style, head: string[], rows: string[][], widths: number[], cell: (text: string, column: number) => string): string {
  const Table = require('cli-table3') as typeof import('cli-table3');
  const table = new Table({
    head,
    colWidths: widths.map((width) => width + 2),
    // cli-table3 would colour borders through @colors/colors, even on a pipe; plain borders cost nothing to load.
    // Compact: no rule between body rows, so the table stays as short as the facts it shows.
    style: { head: [], border: [], compact: true },
    ...(s.decorated ? (s.ascii ? { chars: ASCII_BORDERS } : {}) : { chars: NO_BORDERS }),
  });
  for (const row of rows) table.push(row.map((text, i) => cell(wrap(text, widths[i]), i)));
  const text = table.toString();
  // Without borders, one more space puts the first column under the other blocks' indented lines.
  return s.decorated ? text : text.replace(/ +$/gm, '').replace(/^(?=.)/gm, ' ');
}

function frameWidth(s: Style, columns: number): number {
  return 2 * columns + (s.decorated ? columns + 1 : 1);
}

/** The labels of a table keep at least this width when it fits: a label wrapped a word or a syllable a line reads badly. */
const LABEL_LEAST_WIDTH = 14;

/** A column per code, each as wide as its words need (see fitColumns); stacked when even that does not fit. */
function table(s: Style, block: Extract<Block, { kind: 'table' }>): string {
  const columns = block.columns.length + 1;
  const widths = fitColumns(
    [['', ...block.columns.map((column) => column.text)], ...block.rows.map((row) => [row.label, ...row.values])],
    s.width - frameWidth(s, columns),
    [LABEL_LEAST_WIDTH],
  );
  if (!widths) return stacked(s, block);
  const head = ['', ...block.columns.map((column) => classColor(s.c, column.class).bold(column.text))];
  const rows = block.rows.map((row) => [row.label, ...row.values]);
  return drawTable(s, head, rows, widths, (text, column) => (column === 0 ? s.c.bold(text) : text));
}

function grid(s: Style, block: Extract<Block, { kind: 'grid' }>): string {
  const cellText = (cell: { text: string }[]) => cell.map((item) => item.text).join(', ');
  const plainRows = block.rows.map((row) => [row.label, ...row.cells.map(cellText)]);
  const widths = fitColumns([[block.corner, ...block.columns], ...plainRows], s.width - frameWidth(s, block.columns.length + 1));
  if (!widths) {
    return block.rows
      .flatMap((row) =>
        row.cells.map((cell, i) =>
          cell.length > 0 ? hanging(s, `${row.label} · ${block.columns[i]}${s.labelSeparator}${cellText(cell)}`) : '',
        ),
      )
      .filter(Boolean)
      .join('\n');
  }
  // Headings wrapped like the cells, not cut: "méthode et corps conservés" is wider than its column at 80 columns.
  const head = [s.c.dim(block.corner), ...block.columns.map((column, i) => s.c.bold(wrap(column, widths[i + 1])))];
  // Each cell's codes in their class's colour: the codes are short, so a cell's text is never wrapped inside a code.
  const colored = new Map(
    block.rows.flatMap((row) => row.cells.flat().map((item) => [item.text, classColor(s.c, item.class).bold(item.text)] as const)),
  );
  const paint = (text: string) => text.replace(/[^,\s]+/g, (word) => colored.get(word) ?? word);
  return drawTable(s, head, plainRows, widths, (text, column) => (column === 0 ? s.c.bold(text) : paint(text)));
}

function codes(s: Style, block: Extract<Block, { kind: 'codes' }>): string {
  return block.items
    .map((item) => `${INDENT}${classColor(s.c, item.class)(String(item.code))}  ${item.reason}${item.note ? s.c.dim(item.note) : ''}`)
    .join('\n');
}

function draw(s: Style, block: Block, indent: string): string {
  switch (block.kind) {
    case 'group':
      return block.blocks.map((child) => draw(s, child, indent)).join('\n');
    case 'line': {
      const tooWide = displayWidth(block.spans.map((span) => span.text).join('')) > s.width;
      return block.spans.map((span) => (span.gap && tooWide ? '\n' : styled(s, span))).join('');
    }
    case 'text': {
      const wrapped = wrap(block.text, s.measure, indent);
      return block.bold || block.dim ? styled(s, { text: wrapped, bold: block.bold, dim: block.dim }) : wrapped;
    }
    case 'section':
      return [s.c.bold(block.heading), ...block.blocks.map((child) => draw(s, child, INDENT))].join('\n');
    case 'fields':
      return fields(s, block.rows);
    case 'numbered':
      return block.items
        .map((lines, i) => afterLead(s, `${INDENT}${`${i + 1}.`.padEnd(3)}`, INDENT.length + 3, lines.join('\n')))
        .join('\n');
    case 'bullets':
      return block.items.map((item) => afterLead(s, `${INDENT}${s.ascii ? '*' : '•'} `, INDENT.length + 2, item)).join('\n');
    case 'codes':
      return codes(s, block);
    case 'table':
      return table(s, block);
    case 'grid':
      return grid(s, block);
  }
}

/** Every text of a document in ASCII; the names of block kinds and classes are ASCII already. */
function asciiStrings(value: unknown): unknown {
  if (typeof value === 'string') return toAscii(value);
  if (Array.isArray(value)) return value.map(asciiStrings);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asciiStrings(item)]));
  return value;
}

/** Draws a document for a terminal (or, without colour and borders, for a pipe). chalk loads only here. */
export function renderDocument(document: Document, options: TerminalOptions): string {
  const chalk = require('chalk') as typeof import('chalk');
  const s: Style = { labelSeparator: ': ', ...options, c: new chalk.Instance({ level: options.colorLevel }) };
  // Written in ASCII before it is laid out, so that lines are wrapped at their real length.
  const blocks = s.ascii ? (asciiStrings(document) as Document) : document;
  return blocks.map((block) => draw(s, block, '')).join('\n\n') + '\n';
}
