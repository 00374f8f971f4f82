// The form-error helpers the remark forms share with the other forms. (On main they have moved to
// lib/form-errors.ts; when this branch is merged, this one line points there.)
export { applyServerError, summaryOf } from '../users/form-errors.ts';
