import { explainCandidates, explainClass, explainCode, listEntry } from '../domain/explain';
import { EXIT } from '../errors';
import { capitalize } from '../i18n/messages';
import { NameIndex, resolveQuery, splitQueries, type Resolution } from '../resolve/resolve';
import { toJson } from '../render/sanitize';
import * as terminal from '../render/terminal';
import { baseProgram, runCommand, terminalOptions, type CommonOptions, type Context, type Io } from './common';
import { completionScript, SHELLS } from './completion';

interface ExplainOptions extends CommonOptions {
  list?: boolean;
}

/** The domain object for one resolved query: what `--json` prints for it. */
export function explainResolution(ctx: Context, resolution: Resolution) {
  switch (resolution.kind) {
    case 'code':
      return explainCode(ctx.kb, resolution.code, ctx.lang);
    case 'class':
      return explainClass(ctx.kb, resolution.class, ctx.lang);
    case 'candidates':
      return explainCandidates(ctx.kb, resolution.query, resolution.codes, ctx.lang);
  }
}

/** The text for one resolved query. */
export function renderResolution(ctx: Context, resolution: Resolution, options: CommonOptions): string {
  const view = terminalOptions(ctx.m, options, ctx.io);
  switch (resolution.kind) {
    case 'code': {
      const text = terminal.renderExplanation(explainCode(ctx.kb, resolution.code, ctx.lang), view);
      return resolution.via === 'search' ? terminal.renderSearchNote(resolution.query, view) + text : text;
    }
    case 'class':
      return terminal.renderClass(explainClass(ctx.kb, resolution.class, ctx.lang), view);
    case 'candidates':
      return terminal.renderCandidates(explainCandidates(ctx.kb, resolution.query, resolution.codes, ctx.lang), view);
  }
}

function explainQueries(ctx: Context, words: string[], options: ExplainOptions): void {
  const names = new NameIndex(ctx.kb);
  const resolutions = splitQueries(words).map((query) => resolveQuery(ctx.kb, query, names));
  if (options.json) {
    const objects = resolutions.map((resolution) => explainResolution(ctx, resolution));
    ctx.io.stdout.write(toJson(objects.length === 1 ? objects[0] : objects, 2) + '\n');
  } else {
    ctx.io.stdout.write(resolutions.map((resolution) => renderResolution(ctx, resolution, options)).join('\n'));
  }
}

function list(ctx: Context, options: ExplainOptions): void {
  const codes = ctx.kb.knownCodes().map((code) => listEntry(ctx.kb, code));
  ctx.io.stdout.write(options.json ? toJson(codes, 2) + '\n' : terminal.renderList(codes, terminalOptions(ctx.m, options, ctx.io)));
}

export function httpexplain(io: Io): Promise<number> {
  return runCommand('httpexplain', io, (ctx, setExitCode) => {
    const { m } = ctx;
    const program = baseProgram(ctx, {
      description: m.text('help.explainDescription'),
      usage: m.text('help.explainUsage'),
      notFound: m.text('help.exitNotFound'),
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
    })
      .argument(`[${m.text('help.queriesName')}...]`, `${m.text('help.queries')}. ${capitalize(m.text('help.stdin'))}`)
      .option('--list', m.text('help.list'))
      .action(async (words: string[], options: ExplainOptions) => {
        if (options.list) return list(ctx, options);
        const readsStdin = (words.length === 1 && words[0] === '-') || (words.length === 0 && !ctx.io.stdin.isTTY);
        if (readsStdin) {
          // Loaded only here: reading standard input needs modules a single answer does not.
          const { readBatch } = await import('./batch');
          setExitCode(await readBatch(ctx, options));
          return;
        }
        if (words.length === 0) {
          program.outputHelp({ error: true });
          setExitCode(EXIT.usage);
          return;
        }
        explainQueries(ctx, words, options);
      });
    program
      .command('completion')
      .description(m.text('help.completion'))
      .argument(`<${m.text('help.shellName')}>`, m.text('help.shell'))
      .action((shell: string) => {
        ctx.io.stdout.write(completionScript(ctx.kb, shell as (typeof SHELLS)[number], m));
      });
    return program;
  });
}
