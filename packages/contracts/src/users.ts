import { z } from 'zod';
import { ROLES, ROLES_WITH_MUNICIPALITY } from './domain.ts';
import { plainText } from './plain-text.ts';
import { textList } from './text-list.ts';

const ags = z.string().regex(/^\d{8}$/, { error: 'Die AGS hat 8 Ziffern.' });

/**
 * Invite an account: the server generates a one-time password, shown once. `kommune` and `rat` need
 * their municipality (ags); a coach may be given the municipalities they look after (assignedAgs).
 */
export const ZUserCreate = z
  .strictObject({
    email: plainText({ error: 'Bitte die E-Mail-Adresse angeben.' })
      .trim()
      .max(254)
      .pipe(z.email({ error: 'Bitte eine gültige E-Mail-Adresse angeben.' })),
    name: plainText().trim().max(200).optional(),
    role: z.enum(ROLES, { error: 'Bitte eine Rolle wählen.' }),
    ags: ags.nullable().optional(),
    assignedAgs: z.array(ags).max(500).optional(),
  })
  .superRefine((value, issues) => {
    const needsAgs = ROLES_WITH_MUNICIPALITY.includes(value.role);
    if (needsAgs && !value.ags)
      issues.addIssue({
        code: 'custom',
        path: ['ags'],
        message: 'Für die Rollen Kommune und Rat bitte die Kommune angeben.',
      });
    if (!needsAgs && value.ags)
      issues.addIssue({
        code: 'custom',
        path: ['ags'],
        message: 'Nur die Rollen Kommune und Rat sind an eine Kommune gebunden.',
      });
    if (value.role !== 'coach' && value.assignedAgs?.length)
      issues.addIssue({
        code: 'custom',
        path: ['assignedAgs'],
        message: 'Betreute Kommunen gibt es nur für Coaches.',
      });
  });

/**
 * The web's invite form: the municipality as chosen ('' = none) and the coach's municipalities typed into
 * one field. Only the fields the chosen role shows are checked; the form sends only those (ZUserCreate
 * checks the rest on the server).
 */
export const ZUserInviteForm = z
  .strictObject({
    email: ZUserCreate.shape.email,
    name: plainText().trim().max(200),
    role: ZUserCreate.shape.role,
    ags: z.union([z.literal(''), ags]).transform((value) => value || null),
    assignedAgs: textList(ags, { separator: 'words', max: 500 }),
  })
  .superRefine((value, issues) => {
    if (ROLES_WITH_MUNICIPALITY.includes(value.role) && !value.ags)
      issues.addIssue({
        code: 'custom',
        path: ['ags'],
        message: 'Für die Rollen Kommune und Rat bitte die Kommune angeben.',
      });
  });
export type TUserInviteFormInput = z.input<typeof ZUserInviteForm>;
export type TUserInviteForm = z.output<typeof ZUserInviteForm>;

export const ZUserIdParams = z.object({
  id: z.coerce.number({ error: 'Die Kontonummer muss eine Zahl sein.' }).int().positive().max(2_147_483_647),
});

export const ZUserDisabledBody = z.strictObject({ disabled: z.boolean() });

export const ZUserListItem = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  ags: z.string().nullable(),
  municipalityName: z.string().nullable(),
  assignedAgs: z.array(z.string()),
  mustChangePassword: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export const ZUserList = z.object({ items: z.array(ZUserListItem) });

/** The one-time password appears in this answer only; it is not stored in clear anywhere. */
export const ZCreatedUser = z.object({
  id: z.number(),
  email: z.string(),
  role: z.enum(ROLES),
  ags: z.string().nullable(),
  oneTimePassword: z.string().nullable(),
});
export const ZPasswordReset = z.object({ id: z.number(), email: z.string(), oneTimePassword: z.string() });
export const ZUserDisabled = z.object({ id: z.number(), disabled: z.boolean() });
