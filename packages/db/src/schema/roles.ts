// Kept free of heavy imports: the command line reads the roles for its help text without loading Drizzle.
// The roles are part of the API contract (zod-free module of @asskomm/contracts).
export { ROLES, type Role } from '@asskomm/contracts/domain';
