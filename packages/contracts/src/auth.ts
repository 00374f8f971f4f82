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

/** The login page's form: what it checks before sending, worded for the person at the keyboard. */
export const ZLoginForm = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Geben Sie Ihre E-Mail-Adresse ein.')
    .regex(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Geben Sie eine E-Mail-Adresse im Format name@beispiel.de ein.'),
  password: z.string().min(1, 'Geben Sie Ihr Passwort ein.'),
});
export type TLoginForm = z.output<typeof ZLoginForm>;

/** The password page's form: the new password typed twice, different from the current one. */
export const ZPasswordForm = z
  .object({
    currentPassword: z.string().min(1, 'Geben Sie Ihr aktuelles Passwort ein.'),
    newPassword: z.string().min(1, 'Geben Sie ein neues Passwort ein.'),
    newPasswordRepeat: z.string().min(1, 'Wiederholen Sie das neue Passwort.'),
  })
  .superRefine((form, context) => {
    if (form.newPassword && form.newPassword === form.currentPassword)
      context.addIssue({
        code: 'custom',
        path: ['newPassword'],
        message: 'Das neue Passwort muss sich vom aktuellen unterscheiden.',
      });
    if (form.newPassword && form.newPasswordRepeat && form.newPasswordRepeat !== form.newPassword)
      context.addIssue({
        code: 'custom',
        path: ['newPasswordRepeat'],
        message: 'Die beiden neuen Passwörter stimmen nicht überein.',
      });
  });
export type TPasswordForm = z.output<typeof ZPasswordForm>;

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
