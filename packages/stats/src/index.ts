// @asskomm/stats — design-based survey estimation and exact Poisson inference, tested against R.
// Pure functions over typed arrays; no I/O, no dependencies. One documented function per file.

export { betaCdf } from './beta-cdf';
export { betaQuantile } from './beta-quantile';
export { binomialCdf } from './binomial-cdf';
export { binomialDensity } from './binomial-density';
export { type Alternative, type BinomialTestResult, binomialTest } from './binomial-test';
export { type FactorCodes, factorCodes } from './factor-codes';
export { flagSmallCells } from './flag-small-cells';
export { gammaCdf } from './gamma-cdf';
export { gammaQuantile } from './gamma-quantile';
export { type IndependentDifference, independentDifference } from './independent-difference';
export { type KishEffect, kishEffect } from './kish-effect';
export { logBeta } from './log-beta';
export { logGamma } from './log-gamma';
// Confidence intervals
export { logitInterval } from './logit-interval';
export { normalCdf } from './normal-cdf';
// Distributions
export { normalQuantile } from './normal-quantile';
export { poissonCdf } from './poisson-cdf';
export { poissonDensity } from './poisson-density';
// Crime rates: exact Poisson inference
export { type PoissonRate, poissonRate } from './poisson-rate';
export { type PopulationMargin, postStratify } from './post-stratify';
export { type RakeControl, rake } from './rake';
export { type RateRatio, rateRatio } from './rate-ratio';
// Survey designs and calibration
export type {
  CalibrationMargin,
  EstimateOptions,
  LonelyPsu,
  SamplingStage,
  SurveyDesign,
  SurveyDomain,
  SurveyEstimate,
} from './survey-design';
export { type SvyByResult, type SvyByStatistic, svyBy } from './svy-by';
export { type SvyDesignOptions, svyDesign } from './svy-design';
export { svyDomain } from './svy-domain';
export { svyDomainsBy } from './svy-domains-by';
// Estimators
export { svyMean } from './svy-mean';
export { svyProportion } from './svy-proportion';
export { svyTotal } from './svy-total';
export { tCdf } from './t-cdf';
export { tQuantile } from './t-quantile';
export { trimWeights } from './trim-weights';
export { wilsonInterval } from './wilson-interval';
