import { type FundingViolation, germanDate } from './violation';

/**
 * RL KommPräv, Zuwendungsvoraussetzungen: before applying, the municipality is advised by the office of
 * the Landespräventionsrat (LPR). A consultation counts when it was held on or before the submission day.
 */
export const PRIOR_CONSULTATION_RULE =
  'RL KommPräv, Zuwendungsvoraussetzung: vorherige Beratung durch die Geschäftsstelle des LPR';

/** The latest consultation held on or before the submission day, or null. */
export function priorConsultation<T extends { heldOn: string }>(
  submittedOn: string,
  consultations: T[],
): T | null {
  const before = consultations.filter((c) => c.heldOn <= submittedOn);
  return before.reduce<T | null>((latest, c) => (!latest || c.heldOn > latest.heldOn ? c : latest), null);
}

export function checkPriorConsultation(
  submittedOn: string,
  consultations: { heldOn: string }[],
): FundingViolation | null {
  if (priorConsultation(submittedOn, consultations)) return null;
  const later = consultations
    .filter((c) => c.heldOn > submittedOn)
    .map((c) => c.heldOn)
    .sort();
  return {
    code: 'FUNDING_CONSULTATION_MISSING',
    rule: PRIOR_CONSULTATION_RULE,
    message:
      `${PRIOR_CONSULTATION_RULE}: Bis zum Einreichungstag ${germanDate(submittedOn)} ist für die Kommune keine Beratung erfasst` +
      (later.length > 0 ? ` (die erste erfasste Beratung ist vom ${germanDate(later[0]!)}).` : '.'),
    values: { submittedOn, consultationsBefore: 0 },
  };
}
