import { FUNDING_STATUS_LABELS, type FundingStatus } from '@asskomm/contracts';
import { AppError } from '../errors';
import type { FundingViolation } from './rules/violation';

/**
 * Throws when any rule is broken: the first violation's code, all messages (each naming its rule and
 * values) in the German message, and every violation in `details` for the form to show at its field.
 */
export function assertNoViolations(violations: (FundingViolation | null)[]): void {
  const found = violations.filter((v): v is FundingViolation => v !== null);
  if (found.length === 0) return;
  throw new AppError(found[0]!.code, {
    userMessage: found.map((v) => v.message).join(' '),
    details: { violations: found },
  });
}

/** The step is allowed only in the listed statuses; otherwise FUNDING_STATUS_TRANSITION naming both. */
export function assertStatus(status: string, allowed: readonly FundingStatus[], step: string): void {
  if ((allowed as readonly string[]).includes(status)) return;
  const label = FUNDING_STATUS_LABELS[status as FundingStatus] ?? status;
  throw new AppError('FUNDING_STATUS_TRANSITION', {
    userMessage: `„${step}“ ist im Status „${label}“ nicht möglich (nur bei: ${allowed.map((s) => FUNDING_STATUS_LABELS[s]).join(', ')}).`,
    details: { status, step, allowed },
  });
}
