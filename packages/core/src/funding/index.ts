// Funding under the RL KommPräv (issue 13): application → review → decision → calls for funds →
// interim report → proof of use → repayment. Rules in rules/, one per file.

export * from './application-form';
export * from './application-row';
export * from './approved-grants';
export * from './create-application';
export * from './decide-application';
export * from './disbursement';
export * from './funding-errors';
export * from './funding-overview';
export * from './get-application';
export * from './proof-of-use';
export * from './rules/index';
export * from './submit-application';
