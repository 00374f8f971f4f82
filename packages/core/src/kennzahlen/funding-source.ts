import type { CoreContext } from '../context';

/** One approved grant as the key figures count it: amount in integer cents, counted in its funding year. */
export interface FundingFigureRecord {
  ags: string | null;
  municipalityName: string | null;
  jahr: number;
  /** Date of the Bewilligungsbescheid (JJJJ-MM-TT). */
  datum: string | null;
  cent: number;
  /** Project title or similar; never a person's name. */
  beschreibung: string;
}

/**
 * Where `foerdermittel_bewilligt_cent` comes from: the funding module (RL KommPräv) lists its approved grants.
 * `includeDemo` false: leave out demo municipalities' grants. Set as `ctx.fundingFigures`.
 */
export type FundingFigureSource = (
  ctx: CoreContext,
  options: { includeDemo: boolean },
) => Promise<FundingFigureRecord[]>;
