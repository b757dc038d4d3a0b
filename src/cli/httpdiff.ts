import { compareCodes } from '../domain/compare';
import { NameIndex, resolveCode, splitQueries } from '../resolve/resolve';
import { toJson } from '../render/sanitize';
import { renderComparison } from '../render/terminal';
import { baseProgram, runCommand, terminalOptions, type CommonOptions, type Io } from './common';

interface DiffOptions extends CommonOptions {
  brief?: boolean;
}

export function httpdiff(io: Io): Promise<number> {
  return runCommand('httpdiff', io, (ctx) => {
    const { m } = ctx;
    return baseProgram(ctx, {
      description: m.text('help.diffDescription'),
      usage: m.text('help.diffUsage'),
      notFound: m.text('help.exitNotFoundDiff'),
      examples: [
      'httpdiff 202 303',
      'httpdiff 301 302 303 307 308',
      'httpdiff "see other" accepted',
      'httpdiff 401 403 --brief',
      'httpdiff 499 504 --json',
      'httpdiff 429 503 --lang fr',
      ],
    })
      .argument(`[${m.text('help.codesName')}...]`, m.text('help.codes'))
      .option('--brief', m.text('help.brief'))
      .action((words: string[], options: DiffOptions) => {
        const names = new NameIndex(ctx.kb);
        const codes = splitQueries(words).map((query) => resolveCode(ctx.kb, query, names));
        const comparison = compareCodes(ctx.kb, codes, ctx.lang);
        ctx.io.stdout.write(
          options.json
            ? toJson(comparison, 2) + '\n'
            : renderComparison(comparison, { ...terminalOptions(m, options, ctx.io), brief: !!options.brief }),
        );
      });
  });
}
