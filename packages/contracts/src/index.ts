// The API contract, shared by server (validation, OpenAPI) and web (types, form validation).
// Browser-safe: depends on zod only. Names are unique across files so everything is exported flat.
import './locale.ts';

export * from './access-code.ts';
export * from './auth.ts';
export * from './domain.ts';
export * from './fieldwork-forms.ts';
export * from './funding.ts';
export type * from './funding-views.ts';
export * from './jobs.ts';
export * from './kennzahlen.ts';
export * from './knowledge.ts';
export * from './money.ts';
export * from './municipalities.ts';
export * from './network.ts';
export type * from './network-views.ts';
export * from './paper-entry.ts';
export * from './pks.ts';
export * from './plain-text.ts';
export * from './projects.ts';
export type * from './public-network.ts';
export * from './reference.ts';
export * from './remark-categories.ts';
export * from './remarks.ts';
export * from './reports.ts';
export * from './survey-results.ts';
export * from './surveys.ts';
export * from './text-list.ts';
export * from './training.ts';
export type * from './types.ts';
export * from './users.ts';
