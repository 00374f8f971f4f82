// Kept free of imports: the command line reads the roles for its help text without loading Drizzle.
export const ROLES = ['admin', 'coach', 'kommune', 'rat'] as const;
export type Role = (typeof ROLES)[number];
