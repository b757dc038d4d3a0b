import { EXIT, UsageError } from '../../errors';
import { completionScript, SHELLS, type Shell } from '../completion';
import type { CommandDeclaration } from '../declaration';

/** `httpexplain completion SHELL`: the completion script of every command, made from their declarations. */
export const completion: CommandDeclaration = {
  name: 'completion',
  description: 'help.completion',
  arguments: [{ name: 'help.shellName', help: 'help.shell', required: true, completion: 'shells' }],
  options: [],
  examples: [],
  exits: {},
  async run(ctx, [shell]) {
    if (!(SHELLS as readonly string[]).includes(shell)) throw new UsageError('unknownShell', { input: shell });
    // Loaded here: the commands' own declarations are what the script is made of.
    const { COMMANDS } = await import('./index');
    ctx.io.stdout.write(completionScript(shell as Shell, Object.values(COMMANDS), ctx.kb, ctx.m));
    return EXIT.ok;
  },
};
