import type { KnowledgeBase } from '../data/knowledgeBase';
import type { MessageTree, PluralCounts } from '../data/types';

type Params = Record<string, string | number>;

/** Replaces `{name}` placeholders; unknown placeholders are left as they are so that a mistake shows. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Interface strings of one language, with its plural rules, list and sentence grammar. */
export class Messages {
  private readonly takesOne: ReadonlySet<number>;

  constructor(
    readonly lang: string,
    private readonly tree: MessageTree,
    plural: PluralCounts,
  ) {
    this.takesOne = new Set(plural.one);
  }

  private node(path: string): string | MessageTree {
    let node: string | MessageTree | undefined = this.tree;
    for (const part of path.split('.')) {
      node = typeof node === 'object' && Object.hasOwn(node, part) ? node[part] : undefined;
      if (node === undefined) throw new Error(`missing message "${path}" in language "${this.lang}"`);
    }
    return node;
  }

  text(path: string, params?: Params): string {
    const node = this.node(path);
    if (typeof node !== 'string') throw new Error(`message "${path}" is not a string`);
    return fill(node, params);
  }

  /**
   * A message with plural forms (`one`, `other`), chosen for `count` by the language's plural.json, which a test
   * checks against its CLDR rules: the same choice as Intl.PluralRules, without the 1.5 ms its creation costs at
   * every start (it loads ICU's number formatting).
   */
  plural(path: string, count: number, params?: Params): string {
    const forms = this.node(path);
    if (typeof forms !== 'object') throw new Error(`message "${path}" has no plural forms`);
    const form = forms[this.takesOne.has(count) ? 'one' : 'other'] ?? forms.other;
    if (typeof form !== 'string') throw new Error(`message "${path}" has no "other" form`);
    return fill(form, params);
  }

  /**
   * "301, 302, and 307" / "301, 302 et 307", from the language's own separators (Intl.ListFormat would do the
   * same but costs 20 ms to create).
   */
  list(items: readonly string[]): string {
    if (items.length <= 1) return items.join('');
    if (items.length === 2) return items.join(this.text('grammar.listTwo'));
    return items.slice(0, -1).join(this.text('grammar.listSeparator')) + this.text('grammar.listLast') + items[items.length - 1];
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
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The interface strings of a shipped language. */
export function messagesFor(kb: KnowledgeBase, lang: string): Messages {
  const texts = kb.locale(lang);
  return new Messages(lang, texts.messages, texts.plural);
}
