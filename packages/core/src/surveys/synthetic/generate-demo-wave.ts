/**
 * Seeded generator of a finished demo wave for "Musterstadt (Demodaten)": population margins, the invited
 * sample and about 450 synthetic responses of about 1,000 invited, with the correlations known from the
 * literature so that the demo report looks plausible:
 * - women and older people feel less safe (DVS 2012: Sachsen 22.1 % unsafe at night, women 25.8 % vs men
 *   8.0 %, 75+ 35.7 %; domain.md 2.6), women avoid more (DVS 2017, SKiD 2020);
 * - victims feel less safe; young men are more often victims of assault (fear-of-crime paradox, domain.md 5);
 * - reporting differs by offence: burglary mostly reported, fraud and sexual harassment rarely (domain.md 2.5);
 * - older people respond more often and on paper, so the raw sample is older than the population and
 *   weighting matters.
 * Everything derives from the seed (create-rng.ts): the same seed gives the same wave.
 */

import type { SurveyResponse } from '../export/response-types.ts';
import type { SurveyConfig } from '../questionnaire/codebook-types.ts';
import { DEFAULT_OPTIONAL_BLOCKS } from '../questionnaire/standard-codebook.ts';
import { SEX_CODES } from '../questionnaire/value-sets.ts';
import { allocateProportional } from '../sample/allocate-sample.ts';
import { createRng, type Rng } from '../sample/create-rng.ts';
import { DEMO_MEASURE_TEXTS, DEMO_PLACE_TEXTS } from './demo-free-texts.ts';
import {
  DEMO_AGE_STRUCTURE,
  DEMO_DISTRICTS,
  DEMO_LOCAL_PLACES,
  DEMO_MUNICIPALITY,
} from './demo-municipality.ts';

export interface DemoWaveOptions {
  readonly seed?: string;
  readonly invited?: number;
  /** First field day (YYYY-MM-DD); default 2026-05-04. */
  readonly fieldStart?: string;
  /** Added to every respondent's latent fear (an earlier wave with less fear shows a trend). */
  readonly fearShift?: number;
}

export interface DemoWave {
  readonly municipality: { readonly name: string; readonly ags: string };
  readonly config: SurveyConfig & { readonly municipalityName: string };
  readonly seed: string;
  readonly fieldStart: string;
  readonly fieldEnd: string;
  /** Population 16+ by age group (SD_ALTER code) × sex (SD_GESCHLECHT code 1 männlich, 2 weiblich). */
  readonly ageSexMargins: readonly {
    readonly ageGroup: number;
    readonly sex: number;
    readonly population: number;
  }[];
  /** Population 16+ by district (SD_ORTSTEIL code = position in config.districts + 1). */
  readonly districtMargins: readonly {
    readonly district: number;
    readonly name: string;
    readonly population: number;
  }[];
  readonly invited: number;
  readonly invitedByDistrict: readonly { readonly district: number; readonly invited: number }[];
  readonly responses: readonly SurveyResponse[];
}

const FIELD_START = '2026-05-04';
const FIELD_DAYS = 42;
const REMINDER_DAY = 21;

/** Standard normal via Box–Muller. */
const normal = (rng: Rng): number => {
  const u = 1 - rng.nextFloat();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextFloat());
};
const chance = (rng: Rng, p: number): boolean => rng.nextFloat() < p;
const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
/** Code 1..cuts.length+1 of a latent value on ascending cut points. */
const ordinal = (x: number, cuts: readonly number[]): number => 1 + cuts.filter((c) => x > c).length;
const clampCode = (code: number, max: number): number => Math.min(max, Math.max(1, code));
/** Index drawn with probability proportional to its (non-negative) weight. */
function pickWeighted(weights: readonly number[], rng: Rng): number {
  let x = rng.nextFloat() * weights.reduce((s, w) => s + w, 0);
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]!;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function uuidFrom(rng: Rng): string {
  const hex = Array.from({ length: 4 }, () => rng.nextUint32().toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[rng.nextInt(4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

interface Person {
  readonly district: number;
  readonly ageGroup: number;
  readonly woman: boolean;
}

// Offences VIK_01..07: yearly prevalence, and share reported to the police.
const OFFENCES = [
  { p: 0.08, reported: 0.45 }, // theft
  { p: 0.02, reported: 0.8 }, // burglary
  { p: 0.01, reported: 0.6 }, // robbery
  { p: 0.025, reported: 0.35 }, // assault
  { p: 0.035, reported: 0.15 }, // sexual harassment
  { p: 0.06, reported: 0.35 }, // damage
  { p: 0.05, reported: 0.25 }, // fraud
] as const;

const DISTRICT_FEAR = [0.15, 0.05, 0, 0.55, -0.35]; // Altstadt, Nordviertel, Südvorstadt, Am Bahnhof, Heide
const DISTRICT_DISORDER = [0.3, 0.1, 0, 0.8, -0.5];
const RESPONSE_BY_AGE = [0.3, 0.34, 0.42, 0.46, 0.52, 0.58, 0.48];
const ONLINE_BY_AGE = [0.9, 0.88, 0.82, 0.72, 0.55, 0.35, 0.15];
// Angsträume: base propensity per local place, and which district it lies in (index) for a proximity boost.
const PLACE_WEIGHT = [
  { base: -0.6, district: 3 },
  { base: -0.9, district: 0 },
  { base: -1.8, district: 0 },
  { base: -1.0, district: 3 },
  { base: -1.3, district: 3 },
  { base: -1.7, district: 0 },
];
const AGE_SHARES = DEMO_AGE_STRUCTURE.map((a) => a.share);
const MEASURE_WEIGHT = [3, 2.6, 1.4, 1.2, 1.8, 1.1, 1.3, 0.9, 0.8, 0.9];

function respond(person: Person, rng: Rng, fearShift = 0): Record<string, number | string | number[]> {
  const v: Record<string, number | string | number[]> = {};
  const age = person.ageGroup;
  const young = age <= 2;
  const victim = OFFENCES.map((o, i) => {
    let p = o.p;
    if (i === 3 && young && !person.woman) p *= 3; // assault: young men
    if (i === 4 && person.woman) p *= age <= 3 ? 3 : 1.4; // harassment: women, esp. young
    if (i === 4 && !person.woman) p *= 0.25;
    if (i === 6 && age >= 6) p *= 1.4; // fraud: older people
    return chance(rng, p);
  });
  const fear =
    fearShift +
    normal(rng) * 0.9 +
    (person.woman ? 0.8 : 0) +
    0.15 * (age - 4) +
    DISTRICT_FEAR[person.district]! +
    (victim.some(Boolean) ? 0.5 : 0);
  const disorder = normal(rng) * 0.8 + DISTRICT_DISORDER[person.district]! + 0.25 * fear;

  v.WG01 = clampCode(ordinal(0.45 * age + normal(rng), [1, 2, 3, 3.8]), 5);
  v.WG02 = chance(rng, 0.02)
    ? -1
    : ordinal(0.5 * fear + 0.4 * disorder + normal(rng) * 0.8, [-0.9, 0.3, 1.2, 2]);
  for (let i = 0; i < 9; i++) {
    const code = `INC_${String(i + 1).padStart(2, '0')}`;
    const bias = [0.1, 0.3, 0, -0.1, 0.1, -0.6, -0.2, 0.5, 0.3][i]!;
    v[code] = chance(rng, 0.04) ? -1 : ordinal(disorder + bias + normal(rng) * 0.7, [-0.2, 0.8, 1.7]);
  }
  v.SF01 = ordinal(fear + normal(rng) * 0.5, [0, 1.45, 2.4]);
  const placeBias = [-0.6, 0.1, 0, 0.2, 0.5, 0.3];
  const unused = [0, 0.08, 0.05, 0.12, 0.2, age >= 6 ? 0.35 : 0.15];
  placeBias.forEach((bias, i) => {
    const code = `ORT_0${i + 1}`;
    v[code] = chance(rng, unused[i]!) ? -2 : ordinal(fear + bias + normal(rng) * 0.6, [-0.6, 0.5, 1.3, 2.2]);
  });
  const offenceFear = [0, 0.2, -0.1, person.woman ? 0.6 : -0.6, 0.1];
  offenceFear.forEach((bias, i) => {
    v[`AFF_0${i + 1}`] = ordinal(fear + bias + normal(rng) * 0.6, [0, 1.1, 2.1]);
    v[`KOG_0${i + 1}`] = ordinal(0.7 * fear + bias + normal(rng) * 0.6, [0.1, 1.0, 1.9, 2.8]);
  });
  const goesOut = !chance(rng, age >= 7 ? 0.35 : age >= 6 ? 0.15 : 0.05);
  v.KON_01 = goesOut ? (chance(rng, logistic(fear - 1.4 + (person.woman ? 0.4 : 0))) ? 1 : 2) : -2;
  v.KON_02 = goesOut ? (chance(rng, logistic(fear - 0.9)) ? 1 : 2) : -2;
  const avoidBias = [0, person.woman ? 0.5 : -0.3, age >= 6 ? 0.4 : 0, 0, -0.4];
  avoidBias.forEach((bias, i) => {
    v[`KON_0${i + 3}`] = ordinal(fear + bias + normal(rng) * 0.7, [0, 0.9, 1.8, 2.9]);
  });
  victim.forEach((was, i) => {
    const n = `0${i + 1}`;
    v[`VIK_${n}`] = chance(rng, 0.01) ? -1 : was ? 1 : 2;
    if (v[`VIK_${n}`] === 1) {
      const reported = OFFENCES[i]!.reported;
      v[`VIK_${n}_POL`] = chance(rng, 0.04) ? -1 : chance(rng, reported) ? 1 : chance(rng, 0.1) ? 2 : 3;
    }
  });
  v.VER_POL = chance(rng, 0.05) ? -1 : ordinal(0.4 * fear + normal(rng) * 0.9, [-0.9, 0.4, 1.3, 2.2]);
  v.VER_OA = chance(rng, 0.16) ? -1 : ordinal(0.4 * fear + 0.3 + normal(rng) * 0.9, [-0.9, 0.4, 1.3, 2.2]);

  const places: number[] = [];
  PLACE_WEIGHT.forEach((w, i) => {
    const near = w.district === person.district ? 0.6 : 0;
    if (chance(rng, logistic(w.base + near + 0.8 * fear - 0.4))) places.push(i + 1);
  });
  if (chance(rng, 0.05 + 0.05 * Math.max(0, fear))) places.push(97);
  v.ANG_ORTE = places.length > 0 ? places : [0];
  if (places.length > 0 && chance(rng, 0.1))
    v.ANG_TEXT = DEMO_PLACE_TEXTS[rng.nextInt(DEMO_PLACE_TEXTS.length)]!;

  if (chance(rng, 0.05)) v.MAS_WAHL = [0];
  else {
    const chosen: number[] = [];
    const weights = MEASURE_WEIGHT.map(
      (w, i) => w * (i === 3 && age >= 5 ? 1.6 : 1) * (i === 6 && young ? 2 : 1),
    );
    const k = 1 + rng.nextInt(3);
    while (chosen.length < k) {
      const open = weights.map((w, i) => (chosen.includes(i + 1) ? 0 : w));
      chosen.push(pickWeighted(open, rng) + 1);
    }
    v.MAS_WAHL = chosen.sort((a, b) => a - b);
  }
  v.MAS_ZUF = chance(rng, 0.1) ? -1 : ordinal(0.5 * fear + normal(rng) * 0.9, [-0.8, 0.5, 1.4, 2.3]);
  if (chance(rng, 0.08)) v.MAS_TEXT = DEMO_MEASURE_TEXTS[rng.nextInt(DEMO_MEASURE_TEXTS.length)]!;

  v.SD_ALTER = chance(rng, 0.02) ? -1 : age;
  v.SD_GESCHLECHT = chance(rng, 0.015)
    ? -1
    : chance(rng, 0.004)
      ? SEX_CODES.d
      : person.woman
        ? SEX_CODES.w
        : SEX_CODES.m;
  v.SD_ORTSTEIL = chance(rng, 0.02) ? -1 : person.district + 1;

  // Item non-response: about 2 % of the closed questions are skipped.
  const asked = new Set(Object.keys(v));
  for (const code of Object.keys(v)) {
    if (!code.endsWith('_TEXT') && !code.startsWith('SD_') && !code.endsWith('_POL') && chance(rng, 0.02))
      delete v[code];
  }
  // A follow-up (VIK_01_POL after VIK_01) stays only where its question was answered "ja" (as the form
  // enforces); VER_POL ("Vertrauen in die Polizei") is no follow-up: it has no parent question.
  for (const code of Object.keys(v)) {
    const parent = code.slice(0, -'_POL'.length);
    if (code.endsWith('_POL') && asked.has(parent) && v[parent] !== 1) delete v[code];
  }
  return v;
}

/** Generates the demo wave (default seed "musterstadt-2026", 1,000 invited). */
export function generateDemoWave(options: DemoWaveOptions = {}): DemoWave {
  const seed = options.seed ?? 'musterstadt-2026';
  const invited = options.invited ?? 1000;
  const fieldStart = options.fieldStart ?? FIELD_START;
  const rng = createRng(seed);
  const total = DEMO_DISTRICTS.reduce((s, d) => s + d.population, 0);

  // The last age group takes the rounding rest, so both margins sum to the same total (raking needs that).
  const groups = DEMO_AGE_STRUCTURE.map((a) => Math.round(total * a.share));
  groups[groups.length - 1]! += total - groups.reduce((s, g) => s + g, 0);
  const ageSexMargins = DEMO_AGE_STRUCTURE.flatMap((a, i) => {
    const group = groups[i]!;
    const women = Math.round(group * a.women);
    return [
      { ageGroup: a.ageGroup, sex: SEX_CODES.m, population: group - women },
      { ageGroup: a.ageGroup, sex: SEX_CODES.w, population: women },
    ];
  });
  const allocation = allocateProportional(
    new Map(DEMO_DISTRICTS.map((d) => [d.name, d.population])),
    invited,
  );
  const districtIndex = (name: string) => DEMO_DISTRICTS.findIndex((d) => d.name === name);

  const responses: SurveyResponse[] = [];
  for (const stratum of allocation) {
    for (let i = 0; i < stratum.sampleSize; i++) {
      const ageEntry = DEMO_AGE_STRUCTURE[pickWeighted(AGE_SHARES, rng)]!;
      const person: Person = {
        district: districtIndex(stratum.district),
        ageGroup: ageEntry.ageGroup,
        woman: chance(rng, ageEntry.women),
      };
      if (!chance(rng, RESPONSE_BY_AGE[person.ageGroup - 1]! * (person.woman ? 1.05 : 0.95))) continue;
      const online = chance(rng, ONLINE_BY_AGE[person.ageGroup - 1]!);
      // Returns: most in the first two weeks, a second wave after the reminder; paper arrives days later.
      const afterReminder = chance(rng, 0.3);
      const day = Math.min(
        FIELD_DAYS - 1,
        (afterReminder ? REMINDER_DAY : 0) +
          Math.floor(-Math.log(1 - rng.nextFloat()) * 5) +
          (online ? 0 : 3 + rng.nextInt(5)),
      );
      responses.push({
        responseId: uuidFrom(rng),
        mode: online ? 'online' : 'papier',
        date: addDays(fieldStart, day),
        values: respond(person, rng, options.fearShift),
      });
    }
  }
  responses.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.responseId < b.responseId ? -1 : 1,
  );

  return {
    municipality: { ...DEMO_MUNICIPALITY },
    config: {
      municipalityName: 'Musterstadt',
      districts: DEMO_DISTRICTS.map((d) => d.name),
      localPlaces: [...DEMO_LOCAL_PLACES],
      enabledOptionalBlocks: [...DEFAULT_OPTIONAL_BLOCKS],
    },
    seed,
    fieldStart,
    fieldEnd: addDays(fieldStart, FIELD_DAYS - 1),
    ageSexMargins,
    districtMargins: DEMO_DISTRICTS.map((d, i) => ({
      district: i + 1,
      name: d.name,
      population: d.population,
    })),
    invited,
    invitedByDistrict: allocation.map((a) => ({
      district: districtIndex(a.district) + 1,
      invited: a.sampleSize,
    })),
    responses,
  };
}
