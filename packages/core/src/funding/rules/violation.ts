import type { ErrorCode } from '../../errors';

/**
 * A broken funding rule: the error code from the registry, the rule it comes from (RL KommPräv point or
 * budget law), a German sentence naming rule and values, and the values themselves for the client.
 */
export interface FundingViolation {
  code: Extract<ErrorCode, `FUNDING_${string}`>;
  rule: string;
  message: string;
  values: Record<string, string | number>;
}

/** "2026-10-15" → "15.10.2026". */
export function germanDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
