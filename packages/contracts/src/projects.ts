/**
 * Prevention projects along the seven steps of the Beccaria standards (quality of crime prevention
 * projects), with target groups, partners, materials, milestones and status; links to coaching and
 * funding, and for evaluation the survey items whose change between two waves the project reports.
 */
import { z } from 'zod';
import { plainText } from './plain-text.ts';
import { textList } from './text-list.ts';

export const BECCARIA_STEPS = [
  'problem',
  'ursachen',
  'ziele',
  'massnahmen',
  'durchfuehrung',
  'ueberpruefung',
  'schlussfolgerungen',
] as const;
export type BeccariaStep = (typeof BECCARIA_STEPS)[number];

export const BECCARIA_STEP_LABELS: Readonly<Record<BeccariaStep, string>> = {
  problem: 'Problembeschreibung',
  ursachen: 'Analyse der Entstehungsbedingungen',
  ziele: 'Ziele und Zielgruppen',
  massnahmen: 'Maßnahmen',
  durchfuehrung: 'Konzeption und Durchführung',
  ueberpruefung: 'Überprüfung der Zielerreichung',
  schlussfolgerungen: 'Schlussfolgerungen und Dokumentation',
};

/** What each step asks, shown as help in the editor and printed in the application form. */
export const BECCARIA_STEP_HINTS: Readonly<Record<BeccariaStep, string>> = {
  problem: 'Welches Problem soll gelöst werden? Wo, seit wann, wie stark – belegt mit Daten?',
  ursachen: 'Welche Ursachen und Bedingungen begünstigen das Problem?',
  ziele: 'Was soll sich bei wem bis wann ändern? Ziele, Mittlerziele und Zielgruppen.',
  massnahmen: 'Mit welchen Maßnahmen sollen die Ziele erreicht werden, und warum wirken sie?',
  durchfuehrung: 'Wer macht was bis wann mit welchen Mitteln? Zeitplan, Partner, Ressourcen.',
  ueberpruefung: 'Woran wird gemessen, ob die Ziele erreicht wurden (Indikatoren, Befragung)?',
  schlussfolgerungen: 'Was wurde erreicht und gelernt? Wie wird es dokumentiert und weitergegeben?',
};

export const PROJECT_STATUSES = ['planung', 'laufend', 'abgeschlossen', 'abgebrochen'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_STATUS_LABELS: Readonly<Record<ProjectStatus, string>> = {
  planung: 'in Planung',
  laufend: 'läuft',
  abgeschlossen: 'abgeschlossen',
  abgebrochen: 'abgebrochen',
};

const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT erwartet.' });
const line = (max: number) =>
  plainText()
    .trim()
    .max(max, { error: `Höchstens ${max} Zeichen.` });
const requiredLine = (max: number, what: string) => line(max).min(1, { error: `Bitte ${what} angeben.` });
const longText = (max: number) =>
  plainText({ multiline: true })
    .trim()
    .max(max, { error: `Höchstens ${max} Zeichen.` });

export const ZBeccariaSteps = z.strictObject(
  Object.fromEntries(BECCARIA_STEPS.map((s) => [s, longText(20_000).default('')])) as Record<
    BeccariaStep,
    z.ZodDefault<ReturnType<typeof longText>>
  >,
);
export type TBeccariaSteps = z.infer<typeof ZBeccariaSteps>;

export const ZProjectMaterial = z.strictObject({
  title: requiredLine(300, 'einen Titel des Materials'),
  kind: line(100).default(''),
  quantity: z.number().int().min(0).max(10_000_000).nullable().default(null),
});
export const ZProjectMilestone = z.strictObject({
  title: requiredLine(300, 'einen Titel des Meilensteins'),
  dueOn: isoDate.nullable().default(null),
  doneOn: isoDate.nullable().default(null),
});

/** Survey items and the two waves whose change the project reports (before → after). */
export const ZProjectEvaluation = z.strictObject({
  waveBefore: z.number().int().positive().nullable().default(null),
  waveAfter: z.number().int().positive().nullable().default(null),
  items: z
    .array(plainText().regex(/^[A-Z][A-Z0-9_]{1,29}$/, { error: 'Fragecode wie SF01 erwartet.' }))
    .max(30)
    .default([]),
});

export const ZProjectInput = z.strictObject({
  ags: z.string().regex(/^\d{8}$/, { error: 'Die AGS hat 8 Ziffern.' }),
  title: requiredLine(200, 'einen Projekttitel'),
  status: z
    .enum(PROJECT_STATUSES, { error: `Status: eines von ${PROJECT_STATUSES.join(', ')}.` })
    .default('planung'),
  startsOn: isoDate.nullable().default(null),
  endsOn: isoDate.nullable().default(null),
  steps: ZBeccariaSteps.default(Object.fromEntries(BECCARIA_STEPS.map((s) => [s, ''])) as TBeccariaSteps),
  targetGroups: z.array(requiredLine(200, 'eine Zielgruppe')).max(30).default([]),
  partners: z.array(requiredLine(200, 'einen Partner')).max(50).default([]),
  materials: z.array(ZProjectMaterial).max(100).default([]),
  milestones: z.array(ZProjectMilestone).max(100).default([]),
  coachingId: z.number().int().positive().nullable().default(null),
  evaluation: ZProjectEvaluation.default({ waveBefore: null, waveAfter: null, items: [] }),
});
export type TProjectInput = z.input<typeof ZProjectInput>;
export type TProject = z.output<typeof ZProjectInput>;

/** A material's count as typed ('' = not given). */
const quantityText = z
  .string()
  .trim()
  .regex(/^\d*$/, { error: 'Anzahl: bitte eine ganze Zahl ohne Vorzeichen angeben.' })
  .transform((text) => (text === '' ? null : Number(text)))
  .pipe(z.number().max(10_000_000, { error: 'Anzahl: höchstens 10.000.000.' }).nullable());

/**
 * The web's project form: target groups and partners typed one a line, a material's count as typed; the
 * output is a ZProjectInput.
 */
export const ZProjectForm = ZProjectInput.extend({
  targetGroups: textList(requiredLine(200, 'eine Zielgruppe'), { max: 30 }),
  partners: textList(requiredLine(200, 'einen Partner'), { max: 50 }),
  materials: z.array(ZProjectMaterial.extend({ quantity: quantityText })).max(100),
});
export type TProjectFormInput = z.input<typeof ZProjectForm>;
export type TProjectForm = z.output<typeof ZProjectForm>;

/** An update leaves the municipality alone; every other field may change. */
export const ZProjectUpdate = ZProjectInput.omit({ ags: true });
export type TProjectUpdate = z.output<typeof ZProjectUpdate>;

export const ZProjectListQuery = z.strictObject({
  ags: z
    .string()
    .regex(/^\d{8}$/, { error: 'Die AGS hat 8 Ziffern.' })
    .optional(),
});
