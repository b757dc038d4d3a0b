import type { KnowledgeBase, PluralCategory } from '../kb/knowledgeBase';
import { DEFAULT_LANGUAGE } from './language';
import type { MessageTree } from '../kb/types';

export type Params = Record<string, string | number>;

/**
 * Templates cut once into their pieces: text at even places, placeholder names at odd ones. A batch of lines that
 * name no code fills the same error message a hundred thousand times.
 */
const templatePieces = new Map<string, string[]>();

/** Replaces `{name}` placeholders; unknown placeholders are left as they are so that a mistake shows. */
export function fill(template: string, params: Params = {}): string {
  let pieces = templatePieces.get(template);
  if (pieces === undefined) {
    pieces = template.split(/\{(\w+)\}/);
    templatePieces.set(template, pieces);
  }
  let text = pieces[0];
  for (let i = 1; i < pieces.length; i += 2) {
    const name = pieces[i];
    text += (Object.hasOwn(params, name) ? String(params[name]) : `{${name}}`) + pieces[i + 1];
  }
  return text;
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * Interface strings of one language, with its plural rule, list and sentence grammar. Messages the language lacks
 * come from English (the build fills them in); `recordFallbacks` tells which of them a piece of output used, so
 * that `--json` can mark it.
 */
export class Messages {
  private recording?: Set<string>;

  /**
   * `englishPluralRule`: the rule of the English messages taken in place of this language's, whose forms are
   * English ones ("one", "other"): "100 answers", not "100 answer" under Japanese's single form.
   */
  constructor(
    readonly lang: string,
    private readonly tree: MessageTree,
    private readonly pluralRule: () => (count: number) => PluralCategory,
    private readonly fallbacks: ReadonlySet<string> = new Set(),
    private readonly englishPluralRule: () => (count: number) => PluralCategory = pluralRule,
  ) {}

  /** Messages already looked up, by path: a batch asks for the same few thousands of times. */
  private readonly found = new Map<string, string | MessageTree>();

  private node(path: string): string | MessageTree {
    let node = this.found.get(path);
    if (node === undefined) {
      node = this.tree;
      for (const part of path.split('.')) {
        const child: string | MessageTree | undefined = typeof node === 'object' && Object.hasOwn(node, part) ? node[part] : undefined;
        if (child === undefined) throw new Error(`missing message "${path}" in language "${this.lang}"`);
        node = child;
      }
      this.found.set(path, node);
    }
    if (this.recording && this.fallbacks.has(path)) this.recording.add(path);
    return node;
  }

  text(path: string, params?: Params): string {
    const node = this.node(path);
    if (typeof node !== 'string') throw new Error(`message "${path}" is not a string`);
    return this.format(node, params);
  }

  /** A template of this language from elsewhere (a finding's texts) filled in as its messages are. */
  format(template: string, params?: Params): string {
    return this.tidy(fill(template, params));
  }

  /**
   * Chinese and Japanese set no space beside their full-width punctuation: a template's space before or after a
   * parameter goes when the parameter ends or begins with such a sign ("Twitter（旧 API）での"). The signs are the
   * language's `grammar.spacelessNextTo`, empty in the languages that need nothing.
   */
  private tidy(text: string): string {
    if (this.spaceless === undefined) {
      const node = this.has('grammar.spacelessNextTo') ? this.node('grammar.spacelessNextTo') : '';
      const signs = typeof node === 'string' ? node : '';
      const set = signs.replace(/[\]\\^-]/g, '\\$&');
      this.spaceless = signs === '' ? null : new RegExp(`(?<=[${set}]) +| +(?=[${set}])`, 'gu');
    }
    return this.spaceless === null ? text : text.replace(this.spaceless, '');
  }

  private spaceless?: RegExp | null;

  /** Whether a message exists (optional messages, such as a sentence for only some values). */
  has(path: string): boolean {
    if (this.absent.has(path)) return false;
    try {
      this.node(path);
      return true;
    } catch {
      this.absent.add(path);
      return false;
    }
  }

  /** Optional messages found missing, so that asking again costs no exception. */
  private readonly absent = new Set<string>();

  /** A message with plural forms, the form chosen by the language's CLDR rule for `count` ("other" if it lacks it). */
  plural(path: string, count: number, params?: Params): string {
    const forms = this.node(path);
    if (typeof forms !== 'object') throw new Error(`message "${path}" has no plural forms`);
    const rule = this.fallbacks.has(path) ? this.englishPluralRule : this.pluralRule;
    const form = forms[rule()(count)] ?? forms.other;
    if (typeof form !== 'string') throw new Error(`message "${path}" has no "other" form`);
    return this.format(form, params);
  }

  /**
   * "301, 302, and 307" / "301, 302 et 307", from the language's own separators (Intl.ListFormat costs 20 ms). A
   * language whose "and" changes with the next word (Spanish "y" before an /i/ sound: "Range e If-Range") gives the
   * pattern of that word in `grammar.andBefore` (empty in the others), and the other forms in `listTwoBefore` and
   * `listLastBefore`.
   */
  list(items: readonly string[]): string {
    if (items.length <= 1) return items.join('');
    const last = items[items.length - 1];
    const before = this.andBefore().test(last) ? 'Before' : '';
    if (items.length === 2) return items[0] + this.text(`grammar.listTwo${before}`) + last;
    return items.slice(0, -1).join(this.text('grammar.listSeparator')) + this.text(`grammar.listLast${before}`) + last;
  }

  private andBeforePattern?: RegExp;
  private andBefore(): RegExp {
    const pattern = this.has('grammar.andBefore') ? this.text('grammar.andBefore') : '';
    // An empty pattern: the language's "and" is the same before every word.
    return (this.andBeforePattern ??= pattern === '' ? /(?!)/ : new RegExp(pattern, 'iu'));
  }

  /** Sentences one after the other: a space between them, none after a full-width 。 */
  joinSentences(sentences: readonly string[]): string {
    return sentences.join(this.text('grammar.sentenceSeparator'));
  }

  /** "200, 204, 301" / "200、204、301": items named one after the other, with no conjunction. */
  enumerate(items: readonly string[]): string {
    return items.join(this.text('grammar.enumSeparator'));
  }

  /** " (aside)" after a word, or "（aside）" in Chinese and Japanese, which set it in full-width brackets with no space. */
  parenthetical(aside: string): string {
    return this.text('grammar.parenthetical', { aside });
  }

  /** Joins clauses into one sentence: two in contrast ("…, whereas …"), more with the language's joiner. */
  sentence(clauses: readonly string[]): string {
    const body =
      clauses.length === 2
        ? this.text('grammar.contrastTwo', { 0: clauses[0], 1: clauses[1] })
        : clauses.join(this.text('grammar.clauseJoiner'));
    return capitalize(body) + this.text('grammar.sentenceEnd');
  }

  /**
   * The sentence of `sentence`, cut after each clause so that a long enumeration reads as a list. Two clauses stay
   * one line: their contrast is a single thought.
   */
  sentenceLines(clauses: readonly string[]): string[] {
    if (clauses.length < 3) return [this.sentence(clauses)];
    const joiner = this.text('grammar.clauseJoiner').trimEnd();
    const end = this.text('grammar.sentenceEnd');
    return clauses.map((clause, i) => (i === 0 ? capitalize(clause) : clause) + (i < clauses.length - 1 ? joiner : end));
  }

  /** Runs `build` and returns, with its result, the English messages it used in place of this language's. */
  recordFallbacks<T>(build: () => T): { value: T; fallbacks: string[] } {
    const outer = this.recording;
    this.recording = new Set();
    try {
      const value = build();
      return { value, fallbacks: [...this.recording].sort() };
    } finally {
      if (outer) for (const key of this.recording) outer.add(key);
      this.recording = outer;
    }
  }
}

/** The interface strings of a shipped language. */
export function messagesFor(kb: KnowledgeBase, lang: string): Messages {
  const texts = kb.locale(lang);
  return new Messages(
    lang,
    texts.messages,
    () => texts.plural,
    texts.untranslatedMessages,
    () => kb.locale(DEFAULT_LANGUAGE).plural,
  );
}
