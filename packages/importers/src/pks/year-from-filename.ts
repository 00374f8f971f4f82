/**
 * Berichtsjahr from a file name, for BKA tables, which have no year column. Recognises `PKS2022`,
 * `PKS_2022` and a year between separators (`…_sachsen_2022_originalformat.csv`). Returns null when
 * no year or more than one different year is found (e.g. `…_2020_2022.csv`): then the caller must say.
 */
export function yearFromFilename(filename: string): number | null {
  const base = filename.split(/[\\/]/).pop() ?? filename;
  const years = new Set<number>();
  for (const m of base.matchAll(/pks[ _-]?((?:19|20)\d\d)/gi)) years.add(Number(m[1]));
  for (const m of base.matchAll(/(?:^|[_\-. ])((?:19|20)\d\d)(?=[_\-. ]|$)/g)) years.add(Number(m[1]));
  return years.size === 1 ? [...years][0]! : null;
}
