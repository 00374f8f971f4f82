/** One entry per line, trimmed, without empty lines. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Client-side checks of a list of names (the server checks the same). */
export function listError(list: string[], what: string, max: number): string | undefined {
  if (list.length > max) return `Höchstens ${max} ${what}.`;
  if (list.some((name) => name.length > 100)) return 'Ein Name darf höchstens 100 Zeichen lang sein.';
  const seen = new Set<string>();
  for (const name of list) {
    const key = name.toLocaleLowerCase('de');
    if (seen.has(key)) return `„${name}“ steht doppelt in der Liste.`;
    seen.add(key);
  }
  return undefined;
}
