import { ancestorsOf } from '../pks/key-hierarchy';

/**
 * Shape of Saxon crime by key, to make synthetic data look like the real thing. Computed from the
 * 13 districts of PKS 2022 (packages/importers/test/fixtures/open-data/pks_kreise_sachsen_2020_2022.csv, sums over districts):
 * share = cases / cases of `------` (266,609); attempts, cleared and suspects per case.
 * 220000 (Körperverletzung) is not in the district table; its share is the German 2023 ratio
 * 612,955 / 5,940,667 with the German clearance rate 87.5 % (reference/domain.md §4.4).
 */
export interface KeyProfile {
  key: string;
  share: number;
  attemptsPerCase: number;
  clearedPerCase: number;
  suspectsPerCase: number;
}

// [key, share, attempts/case, cleared/case (capped at 1), suspects/case]
const TABLE: readonly (readonly [string, number, number, number, number])[] = [
  ['------', 1.0, 0.065, 0.584, 0.409],
  ['111000', 0.00118, 0.041, 0.905, 0.902],
  ['210000', 0.00552, 0.187, 0.69, 0.854],
  ['211000', 0.00002, 0.3, 0.7, 1.2],
  ['212000', 0.00017, 0.348, 0.674, 0.957],
  ['216000', 0.00019, 0.412, 0.451, 0.471],
  ['217000', 0.00245, 0.233, 0.566, 0.768],
  ['219000', 0.00033, 0.112, 0.888, 1.573],
  ['220000', 0.10318, 0.06, 0.875, 0.85],
  ['222000', 0.02249, 0.146, 0.8, 0.945],
  ['224000', 0.05531, 0.04, 0.893, 0.794],
  ['3***00', 0.1638, 0.019, 0.466, 0.373],
  ['326*00', 0.05801, 0.015, 0.901, 0.718],
  ['4***00', 0.17036, 0.23, 0.174, 0.114],
  ['435*00', 0.00784, 0.452, 0.291, 0.254],
  ['436*00', 0.00332, 0.421, 0.31, 0.287],
  ['****00', 0.33416, 0.126, 0.317, 0.224],
  ['***100', 0.00551, 0.209, 0.523, 0.481],
  ['***200', 0.00457, 0.116, 0.275, 0.257],
  ['***300', 0.05804, 0.022, 0.135, 0.099],
  ['*50*00', 0.03789, 0.114, 0.117, 0.095],
  ['*90*00', 0.00671, 0.017, 0.074, 0.083],
  ['510000', 0.11362, 0.083, 0.771, 0.581],
  ['515000', 0.03616, 0.002, 0.993, 0.747],
  ['515001', 0.03606, 0.002, 0.994, 0.747],
  ['530000', 0.02092, 0.006, 0.475, 0.478],
  ['540000', 0.015, 0.013, 0.821, 0.819],
  ['621100', 0.0066, 0.0, 0.984, 0.919],
  ['621110', 0.00431, 0.0, 0.993, 0.959],
  ['621120', 0.00229, 0.0, 0.967, 0.951],
  ['630000', 0.00383, 0.062, 0.963, 1.022],
  ['640000', 0.00591, 0.053, 0.428, 0.454],
  ['674000', 0.12115, 0.012, 0.253, 0.224],
  ['725000', 0.07147, 0.007, 0.956, 0.95],
  ['730000', 0.04914, 0.015, 0.899, 0.825],
  ['890000', 0.92853, 0.069, 0.556, 0.372],
  ['892000', 0.02953, 0.155, 0.786, 0.898],
  ['892500', 0.00032, 0.69, 1.0, 1.167],
  ['897000', 0.01283, 0.089, 0.474, 0.368],
  ['899000', 0.18564, 0.056, 0.221, 0.203],
  ['899500', 0.03163, 0.002, 0.13, 0.105],
  ['972500', 0.06517, 0.006, 0.998, 0.995],
];

export const SAXONY_KEY_PROFILES: readonly KeyProfile[] = TABLE.map(([key, share, a, c, s]) => ({
  key,
  share,
  attemptsPerCase: a,
  clearedPerCase: c,
  suspectsPerCase: s,
}));

/** Saxony 2022: 266,609 cases; population 31.12.2021 about 4.04 million → HZ ≈ 6,600. */
export const SAXONY_HZ_TOTAL = 6600;

export interface OrderedProfile extends KeyProfile {
  /** Indexes (into the ordered list) of the keys that contain this one. */
  parents: number[];
}

/**
 * Profiles of `keys` in an order where every containing key comes first (fewer ancestors first:
 * a container's ancestors are a strict subset of its member's), with their containers attached.
 */
export function orderProfiles(keys: readonly string[]): OrderedProfile[] {
  const byKey = new Map(SAXONY_KEY_PROFILES.map((p) => [p.key, p]));
  const chosen = keys.map((k) => {
    const p = byKey.get(k);
    if (!p) throw new Error(`Kein Profil für Schlüssel ${k}`);
    return p;
  });
  const sorted = [...chosen].sort((a, b) => ancestorsOf(a.key).size - ancestorsOf(b.key).size);
  const pos = new Map(sorted.map((p, i) => [p.key, i]));
  return sorted.map((p) => ({
    ...p,
    parents: [...ancestorsOf(p.key)].filter((a) => pos.has(a)).map((a) => pos.get(a) as number),
  }));
}
