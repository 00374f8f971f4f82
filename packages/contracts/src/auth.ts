import { z } from 'zod';
import { plainText } from './plain-text.ts';

export const ZLoginBody = z.strictObject({
  email: plainText().trim().min(1, 'Bitte die E-Mail-Adresse angeben.').max(254),
  password: plainText().min(1, 'Bitte das Passwort angeben.').max(256),
});

export const ZPasswordBody = z.strictObject({
  currentPassword: plainText().min(1, 'Bitte das bisherige Passwort angeben.').max(256),
  newPassword: plainText().min(1, 'Bitte ein neues Passwort angeben.').max(256),
});

export const ZSessionUser = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  role: z.enum(['admin', 'coach', 'kommune', 'rat']),
  ags: z.string().nullable(),
  assignedAgs: z.array(z.string()),
  mustChangePassword: z.boolean(),
});

export const ZSessionResponse = z.object({ user: ZSessionUser, csrfToken: z.string() });
