/** The languages shipped complete: every text and message translated. A language on its way may ship in part (see CONTRIBUTING.md). */
export const COMPLETE = ['en', 'fr', 'es', 'pt-BR', 'ja', 'zh-CN'];

/** Every string of a tree, with its path. */
export function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (Array.isArray(node)) return node.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([key, value]) => strings(value, path ? `${path}.${key}` : key));
  return [];
}
