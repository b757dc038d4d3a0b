/**
 * What a view hands a renderer: finished text, in the output language, arranged in blocks. The views build
 * documents from results (src/views/*.ts); the terminal renderer draws any document (src/render/terminal.ts),
 * without knowing what it says. Top-level blocks are separated by a blank line; the blocks of a group are not.
 */
import type { ClassKey } from '../kb/types';

/** A piece of a line: plain, bold, dim, or in the colour of a class. */
export interface Span {
  text: string;
  bold?: boolean;
  dim?: boolean;
  /** coloured as the status codes of this class are */
  class?: ClassKey;
  /** a gap where the line goes on below when it is wider than the terminal (spans are otherwise never wrapped) */
  gap?: boolean;
}

export type Block =
  /** blocks one under the other, without blank lines between them */
  | { kind: 'group'; blocks: Block[] }
  /** a line drawn as it is, never wrapped */
  | { kind: 'line'; spans: Span[] }
  /** running text, wrapped to the width; indented in a section */
  | { kind: 'text'; text: string; bold?: boolean; dim?: boolean; indent?: boolean }
  /** a heading, then its blocks indented */
  | { kind: 'section'; heading: string; blocks: Block[] }
  /** label and value pairs, values aligned and wrapped under their own column */
  | { kind: 'fields'; rows: [label: string, value: string][] }
  /** numbered items, each made of lines kept as they are (then wrapped) */
  | { kind: 'numbered'; items: string[][] }
  | { kind: 'bullets'; items: string[] }
  /** a list of codes: number in its class's colour, reason, and a dim note */
  /** `note` is an aside, brackets included, set right after the reason */
  | { kind: 'codes'; items: { code: number; class: ClassKey; reason: string; note?: string }[] }
  /** a table with a column per code; stacked one value a line when the width cannot hold it */
  | { kind: 'table'; columns: { text: string; class: ClassKey }[]; rows: { label: string; values: string[] }[] }
  /** codes drawn in the cells of a grid: rows and columns are the values of two facts */
  | { kind: 'grid'; corner: string; columns: string[]; rows: { label: string; cells: { text: string; class: ClassKey }[][] }[] };

export type Document = Block[];

export function section(heading: string, ...blocks: Block[]): Block {
  return { kind: 'section', heading, blocks };
}

export function text(value: string, options: { bold?: boolean; dim?: boolean } = {}): Block {
  return { kind: 'text', text: value, ...options };
}

export function group(...blocks: Block[]): Block {
  return { kind: 'group', blocks };
}
