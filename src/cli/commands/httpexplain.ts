import { explainCandidates, explainClass, explainCode } from '../../domain/explain';
import { EXIT, ExpectedError, UsageError } from '../../errors';
import { errorMessage } from '../../i18n/errorMessage';
import { classOf, type ListEntry } from '../../kb/types';
import { NameIndex, resolveQuery, splitQueries, type Resolution } from '../../resolve/resolve';
import { terminalOptions, type Context } from '../context';
import { ShowHelp, type CommandDeclaration, type SharedOptions } from '../declaration';
import { present, presentJsonList, separator, type Format, type Result } from '../present';
import { reportError } from '../program';
import { completion } from './completion';
import type { UrlOptions } from '../trace';

export interface ExplainOptions extends SharedOptions, UrlOptions {
  list?: boolean | string;
  ecosystems?: string;
  short?: boolean;
}

/** The result for one resolved query. */
export function resultOf(ctx: Context, resolution: Resolution): Exclude<Result, { kind: 'error' }> {
  switch (resolution.kind) {
    case 'code':
      return { kind: 'explanation', value: explainCode(ctx.kb, resolution.code, ctx.lang, resolution.match) };
    case 'class':
      return { kind: 'class', value: explainClass(ctx.kb, resolution.class, ctx.lang) };
    case 'candidates':
      return {
        kind: 'candidates',
        value: explainCandidates(ctx.kb, resolution.query, resolution.codes, ctx.lang, resolution.total, resolution.vendors),
      };
  }
}

/** The ecosystems whose constants an explanation shows when the user names none: a few of the most used. */
export const DEFAULT_ECOSYSTEMS = ['python', 'go', 'node', 'spring', 'dotnet'];

/**
 * The ecosystems the user follows: --ecosystems, else HTTPDIFF_ECOSYSTEMS, else the default few; a comma-separated
 * list of ids, "all" or "none". An id we do not know is a usage error that lists ours.
 */
export function chosenEcosystems(ctx: Context, option: string | undefined): string[] {
  const known = ctx.kb.ecosystems.map((ecosystem) => ecosystem.id);
  const value = option ?? ctx.io.env.HTTPDIFF_ECOSYSTEMS;
  if (value === undefined || value.trim() === '') return DEFAULT_ECOSYSTEMS.filter((id) => known.includes(id));
  const ids = value
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);
  if (ids.length === 1 && ids[0] === 'all') return known;
  if (ids.length === 1 && ids[0] === 'none') return [];
  for (const id of ids) if (!known.includes(id)) throw new UsageError('unknownEcosystem', { input: id, ecosystems: known });
  return ids;
}

/** JSON, or text: one line per answer with --short (`shortByDefault` for batch mode), else the whole explanation. */
export function formatOf(ctx: Context, options: SharedOptions & { ecosystems?: string; short?: boolean }, shortByDefault = false): Format {
  if (options.json) return { json: true };
  const short = options.short ?? shortByDefault;
  return { json: false, terminal: terminalOptions(options.color, ctx.io), ecosystems: chosenEcosystems(ctx, options.ecosystems), short };
}

/**
 * Several queries behave as lines of a batch: each good one answered, each bad one reported on its own line, in
 * order; exit 1 if any failed (a single query keeps its own exit code). With --json: one object, or an array of the
 * answers and errors in the order of the queries.
 */
function explainQueries(ctx: Context, words: string[], options: ExplainOptions): number {
  const names = new NameIndex(ctx.kb);
  const queries = splitQueries(words);
  const format = formatOf(ctx, options);
  const results: Result[] = [];
  let failure: ExpectedError | undefined;
  for (const query of queries) {
    try {
      results.push(resultOf(ctx, resolveQuery(ctx.kb, query, names)));
    } catch (error) {
      if (!(error instanceof ExpectedError)) throw error;
      failure = error;
      results.push({ kind: 'error', value: error });
    }
  }
  if (format.json) {
    ctx.io.stdout.write(presentJsonList(results, ctx.m));
  } else {
    let answered = 0;
    for (const result of results) {
      if (result.kind === 'error') continue;
      ctx.io.stdout.write((answered++ > 0 ? separator(format) : '') + present(result, format, ctx.m));
    }
  }
  for (const result of results) if (result.kind === 'error') ctx.io.stderr.write(`${ctx.name}: ${errorMessage(ctx.m, result.value)}\n`);
  if (!failure) return EXIT.ok;
  return queries.length === 1 ? failure.exitCode : EXIT.notFound;
}

const STATUSES = ['active', 'deprecated', 'obsolete', 'unused', 'temporary', 'unofficial'];

/**
 * The codes --list shows: all, or those of a class ("4xx"), a status ("unofficial", "deprecated", "official") or
 * a vendor ("cloudflare", "aws").
 */
function listed(ctx: Context, filter: string | undefined): ListEntry[] {
  const entries = ctx.kb.list();
  if (filter === undefined) return [...entries];
  const wanted = filter.trim().toLowerCase();
  if (/^[1-5]xx$/.test(wanted)) return entries.filter((entry) => classOf(entry.code) === wanted);
  if (wanted === 'official') return entries.filter((entry) => entry.official);
  if (STATUSES.includes(wanted)) return entries.filter((entry) => entry.status === wanted);
  const byVendor = entries.filter((entry) => entry.vendors.some((id) => id === wanted || id.split('-').includes(wanted)));
  if (byVendor.length > 0) return byVendor;
  const vendors = [...new Set(entries.flatMap((entry) => entry.vendors))].sort();
  throw new UsageError('unknownListFilter', { input: filter, statuses: ['official', ...STATUSES], vendors });
}

/** A query written as a URL (as src/trace/url.ts looksLikeUrl: repeated here, so that code lookups load nothing of src/trace). */
const URL_QUERY = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The first option given that applies only to URLs (a code query given one is a usage error). */
function urlOptionOf(options: UrlOptions): string | undefined {
  const given = {
    '-X': options.request,
    '-H': options.header,
    '-d': options.data,
    '--max-redirs': options.maxRedirs,
    '-m': options.maxTime,
    '-k': options.insecure,
    '--fail': options.fail,
  };
  if (options.follow === false) return '--no-follow';
  return Object.entries(given).find(([, value]) => value !== undefined && value !== false)?.[0];
}

export const httpexplain: CommandDeclaration<ExplainOptions> = {
  name: 'httpexplain',
  description: 'help.explainDescription',
  usage: 'help.explainUsage',
  arguments: [{ name: 'help.queriesName', help: 'help.queriesOrUrls', variadic: true, completion: 'codes' }],
  options: [
    { long: 'list', value: { name: 'help.listValue', optional: true }, help: 'help.list' },
    { long: 'ecosystems', value: { name: 'help.ecosystemsValue', completion: 'ecosystems' }, help: 'help.ecosystems' },
    { long: 'short', short: 's', help: 'help.short' },
    { long: 'no-short', help: 'help.noShort' },
    // For URLs (src/cli/trace.ts), in curl's spelling.
    { long: 'request', short: 'X', value: { name: 'help.methodValue' }, help: 'help.request' },
    { long: 'header', short: 'H', value: { name: 'help.headerValue' }, help: 'help.header', repeatable: true },
    { long: 'data', short: 'd', value: { name: 'help.dataValue' }, help: 'help.data' },
    { long: 'max-redirs', value: { name: 'help.countValue' }, help: 'help.maxRedirs' },
    { long: 'max-time', short: 'm', value: { name: 'help.secondsValue' }, help: 'help.maxTime' },
    { long: 'no-follow', help: 'help.noFollow' },
    { long: 'insecure', short: 'k', help: 'help.insecure' },
    { long: 'fail', help: 'help.fail' },
  ],
  examples: [
    'httpexplain 303',
    'httpexplain 303 404 500',
    'httpexplain "see other"        httpexplain SEE_OTHER',
    'httpexplain payload too large  httpexplain teapot',
    'httpexplain 4xx                httpexplain --list',
    'httpexplain 503 --json | jq .howToResolve',
    "curl -s -o /dev/null -w '%{http_code}' https://example.org | httpexplain",
    'httpexplain 404 --lang fr',
    'httpexplain http://example.org/old-page',
    'httpexplain -X POST -d "q=1" https://example.org/form --json',
  ],
  // 3: a URL got no final answer (src/trace/types.ts, EXIT_NO_ANSWER).
  exits: { [EXIT.notFound]: 'help.exitNotFoundOrFail', 3: 'help.exitNoAnswer' },
  subcommands: [completion],
  async run(ctx, words, options) {
    if (options.list !== undefined && options.list !== false) {
      const filter = typeof options.list === 'string' ? options.list : words[0];
      ctx.io.stdout.write(present({ kind: 'list', value: listed(ctx, filter), filter }, formatOf(ctx, options), ctx.m));
      return EXIT.ok;
    }
    const readsStdin = (words.length === 1 && words[0] === '-') || (words.length === 0 && !ctx.io.stdin.isTTY);
    if (readsStdin) {
      // Loaded only here: reading standard input needs modules a single answer does not. Lines of URLs are traced.
      const [{ readBatch }, { readInput, refuseUrlOptions }] = await Promise.all([import('../batch'), import('../trace')]);
      return readInput(ctx, options, formatOf(ctx, options), (batchCtx) => {
        const urlOption = urlOptionOf(options);
        return urlOption ? Promise.resolve(refuseUrlOptions(ctx, urlOption, !!options.json)) : readBatch(batchCtx, options);
      });
    }
    // URLs are traced (loaded only then: node:http and the tracer cost a code lookup nothing).
    if (words.some((word) => URL_QUERY.test(word.trim()))) {
      const { traceUrls } = await import('../trace');
      return traceUrls(ctx, words, options, formatOf(ctx, options));
    }
    if (words.length > 0 && urlOptionOf(options)) {
      const { refuseUrlOptions } = await import('../trace');
      return refuseUrlOptions(ctx, urlOptionOf(options)!, !!options.json);
    }
    if (words.length === 0) {
      if (options.json) {
        return reportError(ctx, new UsageError('noQueries'), true);
      }
      throw new ShowHelp();
    }
    return explainQueries(ctx, words, options);
  },
};
