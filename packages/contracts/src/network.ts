// The alliance network's API contract: consultations, cooperation agreements, coaching, prevention
// councils (KPR). Remarks have their own schemas; knowledge exchange is in knowledge.ts.
import { z } from 'zod';
import { COUNCIL_MEMBER_ROLES } from './domain.ts';
import { plainText } from './plain-text.ts';

const isoDate = z.iso.date('Datum im Format JJJJ-MM-TT erwartet');
const text = (max: number) => plainText({ multiline: true }).trim().max(max, `höchstens ${max} Zeichen`);
const required = (max: number) => text(max).min(1, 'Pflichtfeld');

export const ZConsultationInput = z.strictObject({
  heldOn: isoDate,
  advisor: required(200),
  topic: required(300),
  notes: text(20_000).default(''),
  followUps: z
    .array(
      z.strictObject({
        text: required(500),
        dueOn: isoDate.nullable().default(null),
        done: z.boolean().default(false),
      }),
    )
    .max(50)
    .default([]),
});
export type TConsultationInput = z.infer<typeof ZConsultationInput>;

export const ZAgreementInput = z.strictObject({
  signedOn: isoDate,
  parties: z.array(required(200)).min(2, 'mindestens zwei Vertragspartner').max(10),
  goals: text(20_000).default(''),
});
export type TAgreementInput = z.infer<typeof ZAgreementInput>;

/** Largest agreement document accepted (a signed scan); the web form checks it before uploading. */
export const AGREEMENT_DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

export const ZMilestone = z.strictObject({
  title: required(300),
  dueOn: isoDate.nullable().default(null),
  doneOn: isoDate.nullable().default(null),
});

const coachingFields = {
  coachUserId: z.number().int().positive().nullable(),
  coachName: required(200),
  year: z.number().int().min(2000, 'Jahr ab 2000').max(2100, 'Jahr bis 2100'),
  topic: required(300),
  hours: z.number().min(0, 'nicht negativ').max(10_000),
  milestones: z.array(ZMilestone).max(100),
  notes: text(20_000),
};

export const ZCoachingInput = z.strictObject({
  ...coachingFields,
  coachUserId: coachingFields.coachUserId.default(null),
  hours: coachingFields.hours.default(0),
  milestones: coachingFields.milestones.default([]),
  notes: coachingFields.notes.default(''),
});
export type TCoachingInput = z.infer<typeof ZCoachingInput>;
/** A change of some fields; built without the defaults, so fields not sent stay as they are. */
export const ZCoachingUpdate = z.strictObject(coachingFields).partial();
export type TCoachingUpdate = z.infer<typeof ZCoachingUpdate>;

export const ZCouncilInput = z.strictObject({
  name: required(200),
  foundedOn: isoDate.nullable().default(null),
  reactivatedOn: isoDate.nullable().default(null),
});
export type TCouncilInput = z.infer<typeof ZCouncilInput>;

export const ZCouncilMemberInput = z.strictObject({
  name: required(200),
  organisation: text(200).default(''),
  role: z.enum(COUNCIL_MEMBER_ROLES, `eine von: ${COUNCIL_MEMBER_ROLES.join(', ')}`),
  email: z.email('ungültige E-Mail-Adresse').max(254).nullable().default(null),
  phone: text(50).nullable().default(null),
});
export type TCouncilMemberInput = z.infer<typeof ZCouncilMemberInput>;

export const ZCouncilMeetingInput = z.strictObject({
  heldOn: isoDate,
  agenda: text(20_000).default(''),
  minutes: text(50_000).default(''),
  decisions: z.array(required(1000)).max(100).default([]),
  tasks: z
    .array(
      z.strictObject({
        text: required(500),
        owner: required(200),
        dueOn: isoDate.nullable().default(null),
        done: z.boolean().default(false),
      }),
    )
    .max(100)
    .default([]),
});
export type TCouncilMeetingInput = z.infer<typeof ZCouncilMeetingInput>;
