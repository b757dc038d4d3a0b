import type { KnowledgeBase } from '../data/knowledgeBase';
import { UsageError } from '../errors';
import type { Messages } from '../i18n/messages';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

/** Options of both commands, then those of one: [long, short, help message]. */
const SHARED: [string, string, string][] = [
  ['json', '', 'help.json'],
  ['lang', 'l', 'help.langShort'],
  ['no-color', '', 'help.noColor'],
  ['help', 'h', 'help.help'],
  ['version', 'V', 'help.version'],
];
const OWN: Record<'httpexplain' | 'httpdiff', [string, string, string][]> = {
  httpexplain: [['list', '', 'help.list']],
  httpdiff: [['brief', '', 'help.brief']],
};

/** Quotes for the places a description goes: zsh's '…[description]' specs and fish's "…" strings. */
const forZsh = (text: string) => text.replace(/'/g, "'\\''").replace(/\[/g, '(').replace(/\]/g, ')').replace(/:/g, '\\:');
const forFish = (text: string) => text.replace(/[\\"$]/g, (char) => `\\${char}`);

/** A completion script for both commands: each one's options, languages after --lang, and every known code. */
export function completionScript(kb: KnowledgeBase, shell: Shell, m: Messages): string {
  if (!SHELLS.includes(shell)) throw new UsageError('unknownShell', { input: String(shell) });
  const codes = kb.knownCodes().join(' ');
  const languages = kb.languages().join(' ');
  const flags = (options: [string, string, string][]) => options.flatMap(([long, short]) => [`--${long}`, ...(short ? [`-${short}`] : [])]).join(' ');
  switch (shell) {
    case 'bash':
      return `# httpexplain / httpdiff completion for bash: eval "$(httpexplain completion bash)"
_httpdiff_complete() {
  local current="\${COMP_WORDS[COMP_CWORD]}" previous="\${COMP_WORDS[COMP_CWORD-1]}" own
  case "$previous" in
    --lang|-l) COMPREPLY=($(compgen -W "${languages}" -- "$current")); return ;;
  esac
  case "\${COMP_WORDS[0]##*/}" in
    httpexplain) own="${flags(OWN.httpexplain)} completion" ;;
    *) own="${flags(OWN.httpdiff)}" ;;
  esac
  COMPREPLY=($(compgen -W "${flags(SHARED)} $own ${codes}" -- "$current"))
}
complete -F _httpdiff_complete httpexplain httpdiff
`;
    case 'zsh': {
      const spec = ([long, short, help]: [string, string, string]) =>
        short
          ? `'(-${short} --${long})'{-${short},--${long}}'[${forZsh(m.text(help))}]${long === 'lang' ? `:lang:(${languages})` : ''}'`
          : `'--${long}[${forZsh(m.text(help))}]'`;
      const specs = (options: [string, string, string][]) => options.map((option) => `    ${spec(option)} \\`).join('\n');
      return `#compdef httpexplain httpdiff
# httpexplain / httpdiff completion for zsh: eval "$(httpexplain completion zsh)"
_httpdiff() {
  local -a own
  if [[ $service == httpexplain ]]; then
    own=(${OWN.httpexplain.map(spec).join(' ')})
  else
    own=(${OWN.httpdiff.map(spec).join(' ')})
  fi
  _arguments \\
${specs(SHARED)}
    "\${own[@]}" \\
    '*:code:(${codes})'
}
compdef _httpdiff httpexplain httpdiff
`;
    }
    case 'fish': {
      const lines = (command: string, options: [string, string, string][]) =>
        options
          .map(([long, short, help]) =>
            [`complete -c ${command}`, short && `-s ${short}`, `-l ${long}`, long === 'lang' && `-x -a "${languages}"`, `-d "${forFish(m.text(help))}"`]
              .filter(Boolean)
              .join(' '),
          )
          .join('\n');
      return `# httpexplain / httpdiff completion for fish: httpexplain completion fish | source
complete -c httpexplain -f -a "${codes}"
complete -c httpdiff -f -a "${codes}"
${lines('httpexplain', [...SHARED, ...OWN.httpexplain])}
${lines('httpdiff', [...SHARED, ...OWN.httpdiff])}
`;
    }
  }
}
