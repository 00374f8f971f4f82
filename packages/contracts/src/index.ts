// The API contract, shared by server (validation, OpenAPI) and web (types, form validation).
// Browser-safe: depends on zod only. Names are unique across files so everything is exported flat.
import './locale.ts';

export * from './access-code.ts';
export * from './auth.ts';
export * from './domain.ts';
export * from './funding.ts';
export type * from './funding-views.ts';
export * from './money.ts';
export * from './municipalities.ts';
export * from './pks.ts';
export * from './plain-text.ts';
export * from './projects.ts';
export * from './reference.ts';
export * from './survey-results.ts';
export * from './surveys.ts';
export type * from './types.ts';
export * from './users.ts';
