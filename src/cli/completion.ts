import type { KnowledgeBase } from '../data/knowledgeBase';
import { UsageError } from '../errors';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

const OPTIONS = ['--json', '--lang', '--no-color', '--list', '--brief', '--help', '--version'];

/** A completion script for both commands: options, languages after --lang, and every known code. */
export function completionScript(kb: KnowledgeBase, shell: Shell): string {
  if (!SHELLS.includes(shell)) throw new UsageError('unknownShell', { input: String(shell) });
  const codes = kb.knownCodes().join(' ');
  const languages = kb.languages().join(' ');
  const options = OPTIONS.join(' ');
  switch (shell) {
    case 'bash':
      return `# httpexplain / httpdiff completion for bash: eval "$(httpexplain completion bash)"
_httpdiff_complete() {
  local current="\${COMP_WORDS[COMP_CWORD]}" previous="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$previous" in
    --lang|-l) COMPREPLY=($(compgen -W "${languages}" -- "$current")); return ;;
  esac
  COMPREPLY=($(compgen -W "${options} ${codes}" -- "$current"))
}
complete -F _httpdiff_complete httpexplain httpdiff
`;
    case 'zsh':
      return `#compdef httpexplain httpdiff
# httpexplain / httpdiff completion for zsh: eval "$(httpexplain completion zsh)"
_httpdiff() {
  _arguments \\
    '--json[print JSON]' \\
    '(-l --lang)'{-l,--lang}'[language]:language:(${languages})' \\
    '--no-color[never colour the output]' \\
    '--list[list every known code]' \\
    '--brief[table and key differences only]' \\
    '(-h --help)'{-h,--help}'[show help]' \\
    '(-V --version)'{-V,--version}'[print the version]' \\
    '*:code:(${codes})'
}
compdef _httpdiff httpexplain httpdiff
`;
    case 'fish':
      return `# httpexplain / httpdiff completion for fish: httpexplain completion fish | source
for command in httpexplain httpdiff
  complete -c $command -f -a "${codes}"
  complete -c $command -l json -d "print JSON"
  complete -c $command -s l -l lang -x -a "${languages}" -d "language"
  complete -c $command -l no-color -d "never colour the output"
  complete -c $command -s h -l help -d "show help"
  complete -c $command -s V -l version -d "print the version"
end
complete -c httpexplain -l list -d "list every known code"
complete -c httpdiff -l brief -d "table and key differences only"
`;
  }
}
