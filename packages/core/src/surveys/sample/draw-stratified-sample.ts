/**
 * Draws the reproducible random sample of a wave from a register extract: eligible persons (16+, see
 * is-eligible.ts), stratified by district, proportional (largest remainder) or with set sizes per district.
 *
 * Reproducibility: within each district the persons are sorted by register ID before drawing, and each
 * district has its own generator seeded with "<seed>\u0000<district>". The same extract and seed give the
 * same sample regardless of the row order of the file, and a change in one district leaves the others alone.
 *
 * The result still carries addresses, in memory only, for the letters; never persist them.
 */
import { allocateFixed, allocateProportional, type StratumAllocation } from './allocate-sample.ts';
import { createRng, sampleWithoutReplacement } from './create-rng.ts';
import { isEligible, MIN_AGE } from './is-eligible.ts';
import type { RegisterPerson } from './register-types.ts';

export interface DrawSampleOptions {
  /** Any text, stored with the wave (e.g. generated once when the wave is created). */
  readonly seed: string;
  /** First day of fieldwork (YYYY-MM-DD), for the age limit. */
  readonly fieldStart: string;
  /** Total size (proportional allocation) or set sizes per district name. */
  readonly size: number | Readonly<Record<string, number>>;
  readonly minAge?: number;
}

export interface SampleResult {
  /** Drawn persons, sorted by district and then register ID. Addresses: memory only. */
  readonly persons: readonly RegisterPerson[];
  readonly allocation: readonly StratumAllocation[];
  readonly eligible: number;
  /** Persons left out because they are (possibly) younger than the age limit. */
  readonly tooYoung: number;
}

const byId = (a: RegisterPerson, b: RegisterPerson) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function drawStratifiedSample(
  persons: readonly RegisterPerson[],
  options: DrawSampleOptions,
): SampleResult {
  const minAge = options.minAge ?? MIN_AGE;
  const strata = new Map<string, RegisterPerson[]>();
  let tooYoung = 0;
  for (const person of persons) {
    if (!isEligible(person, options.fieldStart, minAge)) {
      tooYoung++;
      continue;
    }
    const list = strata.get(person.district);
    if (list === undefined) strata.set(person.district, [person]);
    else list.push(person);
  }
  const populations = new Map([...strata].map(([district, list]) => [district, list.length]));
  const allocation =
    typeof options.size === 'number'
      ? allocateProportional(populations, options.size)
      : allocateFixed(populations, options.size);

  const drawn: RegisterPerson[] = [];
  for (const { district, sampleSize } of allocation) {
    const frame = [...(strata.get(district) ?? [])].sort(byId);
    const rng = createRng(`${options.seed}\u0000${district}`);
    drawn.push(...sampleWithoutReplacement(frame, sampleSize, rng).sort(byId));
  }
  return { persons: drawn, allocation, eligible: persons.length - tooYoung, tooYoung };
}
