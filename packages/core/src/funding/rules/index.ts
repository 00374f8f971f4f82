// The RL KommPräv rules, one per file, each a pure function: a FundingViolation with its German
// explanation when the rule is broken, else null.
export * from './application-window';
export * from './approval-within-request';
export * from './balanced-plan';
export * from './call-within-approval';
export * from './grant-share';
export * from './interim-report-due';
export * from './no-investive-items';
export * from './own-share';
export * from './plan-sums';
export * from './prior-consultation';
export * from './proof-within-approval';
export * from './repayment';
export * from './violation';
