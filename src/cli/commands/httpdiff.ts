import { compareCodes } from '../../domain/compare';
import { EXIT } from '../../errors';
import { NameIndex, resolveCode, splitQueries } from '../../resolve/resolve';
import type { CommandDeclaration, SharedOptions } from '../declaration';
import { present } from '../present';
import { formatOf } from './httpexplain';

export interface DiffOptions extends SharedOptions {
  brief?: boolean;
}

export const httpdiff: CommandDeclaration<DiffOptions> = {
  name: 'httpdiff',
  description: 'help.diffDescription',
  usage: 'help.diffUsage',
  arguments: [{ name: 'help.codesName', help: 'help.codes', variadic: true, completion: 'codes' }],
  options: [{ long: 'brief', help: 'help.brief' }],
  examples: [
    'httpdiff 202 303',
    'httpdiff 301 302 303 307 308',
    'httpdiff "see other" accepted',
    'httpdiff 401 403 --brief',
    'httpdiff 499 504 --json',
    'httpdiff 429 503 --lang fr',
  ],
  exits: { [EXIT.notFound]: 'help.exitNotFoundDiff' },
  run(ctx, words, options) {
    const names = new NameIndex(ctx.kb);
    const codes = splitQueries(words).map((query) => resolveCode(ctx.kb, query, names));
    const comparison = compareCodes(ctx.kb, codes, ctx.lang);
    ctx.io.stdout.write(present({ kind: 'comparison', value: comparison, brief: !!options.brief }, formatOf(ctx, options), ctx.m));
    return EXIT.ok;
  },
};
