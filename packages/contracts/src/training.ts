import { z } from 'zod';
import { plainText } from './plain-text.ts';

// Training (Qualifizierung): the course catalogue, cohorts, participants, attendance and the participant's
// own view through a personal access link.

/**
 * The courses the LPR offers. The Beccaria qualification has its four fixed modules (8 weekends, at most 25
 * participants per cohort); the part-time degree course Präventionsmanagement gets its modules per cohort.
 * Completing every module of a Beccaria cohort makes a "Fachkraft für Kriminalprävention" (counted in the
 * key figures).
 */
export const TRAINING_COURSES = {
  beccaria: {
    title: 'Fachkraft für Kriminalprävention (Beccaria-Qualifizierung)',
    modules: ['Kriminologie', 'Kriminalprävention', 'Projektmanagement', 'Projektbegleitung'],
  },
  praeventionsmanagement: {
    title: 'Studiengang Präventionsmanagement (berufsbegleitend)',
    modules: null,
  },
} as const satisfies Record<string, { title: string; modules: readonly string[] | null }>;
export type TrainingCourse = keyof typeof TRAINING_COURSES;
export const TRAINING_COURSE_KEYS = Object.keys(TRAINING_COURSES) as [TrainingCourse, ...TrainingCourse[]];

/** At most 25 participants per cohort; further registrations go on the waiting list. */
export const MAX_COHORT_SIZE = 25;

export const PARTICIPANT_STATUS_LABELS = {
  angemeldet: 'angemeldet',
  warteliste: 'Warteliste',
  zurueckgezogen: 'zurückgezogen',
} as const;
export type TrainingParticipantStatus = keyof typeof PARTICIPANT_STATUS_LABELS;

const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT erwartet' });
const line = (max: number) => plainText().trim().max(max, `höchstens ${max} Zeichen`);
const required = (max: number) => line(max).min(1, 'Pflichtfeld');

export const ZCohortInput = z
  .strictObject({
    course: z.enum(TRAINING_COURSE_KEYS, { error: 'Bitte einen Kurs wählen.' }),
    title: required(200),
    startsOn: isoDate,
    endsOn: isoDate.nullable().default(null),
    place: line(200).default(''),
    capacity: z
      .number({ error: 'Bitte die Zahl der Plätze angeben.' })
      .int('ganze Zahl erwartet')
      .min(1, 'mindestens 1 Platz')
      .max(MAX_COHORT_SIZE, `höchstens ${MAX_COHORT_SIZE} Plätze je Durchgang`)
      .default(MAX_COHORT_SIZE),
    /** Modules in order; for the Beccaria course leave out (its four modules) or give their dates. */
    modules: z
      .array(z.strictObject({ title: required(200), heldOn: isoDate.nullable().default(null) }))
      .max(20, 'höchstens 20 Module')
      .optional(),
  })
  .superRefine((value, issues) => {
    if (value.endsOn && value.endsOn < value.startsOn)
      issues.addIssue({ code: 'custom', path: ['endsOn'], message: 'Das Ende liegt vor dem Beginn.' });
    const fixed = TRAINING_COURSES[value.course].modules;
    if (fixed && value.modules && value.modules.map((m) => m.title).join('|') !== fixed.join('|'))
      issues.addIssue({
        code: 'custom',
        path: ['modules'],
        message: `Die Beccaria-Qualifizierung hat genau die Module ${fixed.join(', ')}.`,
      });
    if (!fixed && !value.modules?.length)
      issues.addIssue({
        code: 'custom',
        path: ['modules'],
        message: 'Bitte mindestens ein Modul des Studiengangs angeben.',
      });
  });
export type CohortInput = z.input<typeof ZCohortInput>;

export const ZParticipantInput = z.strictObject({
  name: required(200),
  email: plainText({ error: 'Bitte die E-Mail-Adresse angeben.' })
    .trim()
    .max(254)
    .pipe(z.email({ error: 'Bitte eine gültige E-Mail-Adresse angeben.' })),
  organisation: line(200).default(''),
  ags: z
    .string()
    .regex(/^\d{8}$/, { error: 'Die AGS hat 8 Ziffern.' })
    .nullable()
    .default(null),
});
export type ParticipantInput = z.input<typeof ZParticipantInput>;

export const ZAttendanceInput = z.strictObject({ attended: z.boolean({ error: 'ja oder nein erwartet' }) });

/** The participant's personal access link carries this token (in the URL fragment, never sent in a path). */
export const ZSelfAccess = z.strictObject({
  token: plainText({ error: 'Bitte den Zugangsschlüssel angeben.' })
    .trim()
    .regex(/^[A-Za-z0-9_-]{20,100}$/, { error: 'Der Zugangsschlüssel ist ungültig.' }),
});

export const ZTrainingModule = z.object({
  id: z.number(),
  position: z.number(),
  title: z.string(),
  heldOn: z.string().nullable(),
});
export type TrainingModule = z.infer<typeof ZTrainingModule>;

/** A cohort without personal data: what every signed-in account may see. */
export const ZCohortSummary = z.object({
  id: z.number(),
  course: z.enum(TRAINING_COURSE_KEYS),
  courseTitle: z.string(),
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  place: z.string(),
  capacity: z.number(),
  isDemo: z.boolean(),
  enrolled: z.number(),
  waiting: z.number(),
  completed: z.number(),
  modules: z.array(ZTrainingModule),
});
export type CohortSummary = z.infer<typeof ZCohortSummary>;

export const ZParticipant = z.object({
  id: z.number(),
  cohortId: z.number(),
  name: z.string(),
  email: z.string(),
  organisation: z.string(),
  ags: z.string().nullable(),
  municipalityName: z.string().nullable(),
  status: z.enum(['angemeldet', 'warteliste', 'zurueckgezogen']),
  /** 1-based place on the waiting list, null when not waiting. */
  waitingPosition: z.number().nullable(),
  attendedModuleIds: z.array(z.number()),
  completed: z.boolean(),
  completedOn: z.string().nullable(),
});
export type Participant = z.infer<typeof ZParticipant>;

export const ZParticipantList = z.object({ items: z.array(ZParticipant) });

/** Answer to an enrolment or a new link: the personal access path, shown once (only its hash is stored). */
export const ZParticipantCreated = z.object({ participant: ZParticipant, accessPath: z.string() });
export type ParticipantCreated = z.infer<typeof ZParticipantCreated>;

/** What a participant sees of their own record. */
export const ZParticipantSelf = z.object({
  participant: ZParticipant,
  cohort: ZCohortSummary,
});
export type ParticipantSelf = z.infer<typeof ZParticipantSelf>;
