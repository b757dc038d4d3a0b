import { explainCandidates, explainClass, explainCode } from '../../domain/explain';
import { EXIT, UsageError } from '../../errors';
import { NameIndex, resolveQuery, splitQueries, type Resolution } from '../../resolve/resolve';
import { terminalOptions, type Context } from '../context';
import { ShowHelp, type CommandDeclaration, type SharedOptions } from '../declaration';
import { present, presentJsonList, type Format, type Result } from '../present';
import { reportError } from '../program';
import { completion } from './completion';

export interface ExplainOptions extends SharedOptions {
  list?: boolean;
}

/** The result for one resolved query. */
export function resultOf(ctx: Context, resolution: Resolution): Exclude<Result, { kind: 'error' }> {
  switch (resolution.kind) {
    case 'code':
      return {
        kind: 'explanation',
        value: explainCode(ctx.kb, resolution.code, ctx.lang),
        searchedFor: resolution.via === 'search' ? resolution.query : undefined,
      };
    case 'class':
      return { kind: 'class', value: explainClass(ctx.kb, resolution.class, ctx.lang) };
    case 'candidates':
      return { kind: 'candidates', value: explainCandidates(ctx.kb, resolution.query, resolution.codes, ctx.lang) };
  }
}

export function formatOf(ctx: Context, options: SharedOptions): Format {
  return options.json ? { json: true } : { json: false, terminal: terminalOptions(options.color, ctx.io) };
}

function explainQueries(ctx: Context, words: string[], options: ExplainOptions): number {
  const names = new NameIndex(ctx.kb);
  const results = splitQueries(words).map((query) => resultOf(ctx, resolveQuery(ctx.kb, query, names)));
  const format = formatOf(ctx, options);
  ctx.io.stdout.write(format.json ? presentJsonList(results, ctx.m) : results.map((result) => present(result, format, ctx.m)).join('\n'));
  return EXIT.ok;
}

export const httpexplain: CommandDeclaration<ExplainOptions> = {
  name: 'httpexplain',
  description: 'help.explainDescription',
  usage: 'help.explainUsage',
  arguments: [{ name: 'help.queriesName', help: 'help.queries', variadic: true, completion: 'codes' }],
  options: [{ long: 'list', help: 'help.list' }],
  examples: [
    'httpexplain 303',
    'httpexplain 303 404 500',
    'httpexplain "see other"        httpexplain SEE_OTHER',
    'httpexplain payload too large  httpexplain teapot',
    'httpexplain 4xx                httpexplain --list',
    'httpexplain 503 --json | jq .howToResolve',
    "curl -s -o /dev/null -w '%{http_code}' https://example.org | httpexplain",
    'httpexplain 404 --lang fr',
  ],
  exits: { [EXIT.notFound]: 'help.exitNotFound' },
  subcommands: [completion],
  async run(ctx, words, options) {
    if (options.list) {
      ctx.io.stdout.write(present({ kind: 'list', value: ctx.kb.list() }, formatOf(ctx, options), ctx.m));
      return EXIT.ok;
    }
    const readsStdin = (words.length === 1 && words[0] === '-') || (words.length === 0 && !ctx.io.stdin.isTTY);
    if (readsStdin) {
      // Loaded only here: reading standard input needs modules a single answer does not.
      const { readBatch } = await import('../batch');
      return readBatch(ctx, options);
    }
    if (words.length === 0) {
      if (options.json) {
        reportError(ctx, new UsageError('noQueries'), true);
        return EXIT.usage;
      }
      throw new ShowHelp();
    }
    return explainQueries(ctx, words, options);
  },
};
