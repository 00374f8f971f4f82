import { isTheftKey, TOTAL_KEY } from './keys';

/**
 * Which keys are contained in which, so that "sub-key larger than parent" can be checked.
 * Only containments that hold by definition are listed, because under the PKS counting rules
 * (reference/domain.md §4.1) a case is recorded once, under one key, and each suspect is counted once
 * per key and once per higher group ("echte Tatverdächtigenzählung"). Hence for a contained key both
 * cases and suspects can never exceed the container's. Sums of sub-keys are NOT checked: sub-keys
 * need not add up to the parent.
 *
 * Rules:
 * 1. every key is contained in `------` (Straftaten insgesamt);
 * 2. main groups 0–2 and 5–7 are hierarchical by digits: a key ending in zeros contains all keys
 *    sharing its non-zero prefix (515001 ⊂ 515000 ⊂ 510000 ⊂ 500000; 621110 ⊂ 621100);
 * 3. theft (groups 3, 4 and `*`-keys) is positional: `*` stands for any digit, and a leading `*`
 *    for 3 or 4 (435*00 ⊂ 4***00 ⊂ ****00; 326*00 ⊂ 3***00);
 * 4. Summenschlüssel by their published composition (domain.md §4.3, PKS "Übersicht
 *    Summenschlüssel"): only members that are part of the definition itself, not of one year's list.
 */
const EXPLICIT_PARENTS: Record<string, readonly string[]> = {
  // Gewaltkriminalität contains Mord/Totschlag (892500 = 010000 + 020000), Raub, gef./schwere KV.
  '010000': ['892500'],
  '020000': ['892500'],
  '892500': ['892000'],
  '210000': ['892000'],
  '222000': ['892000'],
  // Tageswohnungseinbruch is the part of Wohnungseinbruchdiebstahl committed 06–21 h (domain.md §4.3).
  '436*00': ['435*00'],
  // Graffiti (§§ 303 Abs. 2, 304 Abs. 2 StGB) is Sachbeschädigung (§§ 303–305a StGB).
  '899500': ['674000'],
  // Handtaschenraub and Raub auf Straßen, Wegen, Plätzen are Straßenkriminalität by definition.
  '216000': ['899000'],
  '217000': ['899000'],
  // Sonderkennung "Unerlaubt eingereiste/aufhältige Personen (SZ: 725100, 725700)": per its label the
  // sum of two sub-keys of 725000 (Straftaten gegen das Aufenthalts-, Asyl- und FreizügG/EU).
  '972500': ['725000'],
};

function directParents(key: string): string[] {
  if (key === TOTAL_KEY) return [];
  const out: string[] = [TOTAL_KEY];
  const explicit = EXPLICIT_PARENTS[key];
  if (explicit) out.push(...explicit);
  if (isTheftKey(key)) {
    // Rule 3: replace each digit by `*`, one position at a time; recursion yields all combinations.
    for (let i = 0; i < 6; i++) {
      const c = key[i];
      if (c !== undefined && c !== '*') out.push(`${key.slice(0, i)}*${key.slice(i + 1)}`);
    }
  } else if (/^[0125-7]\d{5}$/.test(key)) {
    // Rule 2: zero the last non-zero digit (the first digit stays: it is the main group).
    const m = /^(.*[^0])(0*)$/.exec(key.slice(1));
    if (m?.[1]) {
      const prefix = key[0] + m[1].slice(0, -1);
      out.push(prefix.padEnd(6, '0'));
    }
  }
  return out;
}

const memo = new Map<string, ReadonlySet<string>>();

/** All keys that contain `key` by definition (transitive), whether present in a file or not. */
export function ancestorsOf(key: string): ReadonlySet<string> {
  const hit = memo.get(key);
  if (hit) return hit;
  const result = new Set<string>();
  for (const parent of directParents(key)) {
    if (parent === key) continue;
    result.add(parent);
    for (const a of ancestorsOf(parent)) result.add(a);
  }
  memo.set(key, result);
  return result;
}

/** Ancestors of `key` restricted to `present`, for checks within one file. */
export function presentAncestors(key: string, present: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const a of ancestorsOf(key)) if (a !== key && present.has(a)) out.push(a);
  return out;
}
