/**
 * Funding under the RL KommPräv (Richtlinie Kommunale Prävention of the Saxon interior ministry): the
 * application with its cost and financing plan, review and decision, calls for funds, interim report,
 * proof of use and repayment. Amounts are integer cents (see money.ts). The rules themselves live in
 * core (packages/core/src/funding/rules); here are the shapes and the status machine both sides share.
 */
import { z } from 'zod';
import { centAmount } from './money.ts';
import { plainText } from './plain-text.ts';

export const FUNDING_STATUSES = [
  'entwurf',
  'eingereicht',
  'in_pruefung',
  'bewilligt',
  'abgelehnt',
  'zurueckgezogen',
  'nachweis_eingereicht',
  'rueckforderung',
  'abgeschlossen',
] as const;
export type FundingStatus = (typeof FUNDING_STATUSES)[number];

export const FUNDING_STATUS_LABELS: Readonly<Record<FundingStatus, string>> = {
  entwurf: 'Entwurf',
  eingereicht: 'eingereicht',
  in_pruefung: 'in Prüfung',
  bewilligt: 'bewilligt',
  abgelehnt: 'abgelehnt',
  zurueckgezogen: 'zurückgezogen',
  nachweis_eingereicht: 'Verwendungsnachweis eingereicht',
  rueckforderung: 'Rückforderung offen',
  abgeschlossen: 'abgeschlossen',
};

/**
 * Allowed status changes. entwurf → eingereicht (the municipality submits; window, consultation and plan
 * are checked) → in_pruefung (the LPR starts the review) → bewilligt or abgelehnt (decision);
 * bewilligt → nachweis_eingereicht (proof of use) → abgeschlossen, or rueckforderung when money was not
 * used → abgeschlossen once repaid. The municipality may withdraw until the decision.
 */
export const FUNDING_TRANSITIONS: Readonly<Record<FundingStatus, readonly FundingStatus[]>> = {
  entwurf: ['eingereicht', 'zurueckgezogen'],
  eingereicht: ['in_pruefung', 'zurueckgezogen'],
  in_pruefung: ['bewilligt', 'abgelehnt', 'zurueckgezogen'],
  bewilligt: ['nachweis_eingereicht'],
  abgelehnt: [],
  zurueckgezogen: [],
  nachweis_eingereicht: ['abgeschlossen', 'rueckforderung'],
  rueckforderung: ['abgeschlossen'],
  abgeschlossen: [],
};

export function canMoveFunding(from: FundingStatus, to: FundingStatus): boolean {
  return FUNDING_TRANSITIONS[from].includes(to);
}

/** Cost categories of the plan. Investive expenses are listed so the rule can name them: never eligible. */
export const COST_CATEGORIES = [
  'personal',
  'honorare',
  'sachmittel',
  'oeffentlichkeitsarbeit',
  'veranstaltungen',
  'reisekosten',
  'investiv',
] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];
export const COST_CATEGORY_LABELS: Readonly<Record<CostCategory, string>> = {
  personal: 'Projektbezogene Personalausgaben',
  honorare: 'Honorare und Fremdleistungen',
  sachmittel: 'Sachausgaben (Verbrauchsmaterial)',
  oeffentlichkeitsarbeit: 'Druck und Öffentlichkeitsarbeit',
  veranstaltungen: 'Veranstaltungen',
  reisekosten: 'Reisekosten',
  investiv: 'Investive Ausgaben (nicht förderfähig)',
};

const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT erwartet.' });
const line = (max: number, what: string) =>
  plainText()
    .trim()
    .min(1, { error: `Bitte ${what} angeben.` })
    .max(max, { error: `Höchstens ${max} Zeichen.` });
const longText = (max: number) =>
  plainText({ multiline: true })
    .trim()
    .max(max, { error: `Höchstens ${max} Zeichen.` });

export const ZCostItem = z.strictObject({
  category: z.enum(COST_CATEGORIES, { error: `Kategorie: eine von ${COST_CATEGORIES.join(', ')}.` }),
  description: line(300, 'eine Beschreibung der Ausgabe'),
  amountCent: centAmount('Ausgabe'),
});
export type TCostItem = z.infer<typeof ZCostItem>;

/** Financing: own share (cash and in kind, e.g. municipal staff or rooms), third parties, the grant asked for. */
export const ZFinancing = z.strictObject({
  ownCashCent: centAmount('Eigenanteil (Geld)').default(0),
  ownInKindCent: centAmount('Eigenanteil (Eigenleistung)').default(0),
  thirdPartyCent: centAmount('Drittmittel').default(0),
  requestedCent: centAmount('Beantragte Zuwendung'),
});
export type TFinancing = z.infer<typeof ZFinancing>;

export const ZFundingPlan = z.strictObject({
  items: z.array(ZCostItem).max(200, { error: 'Höchstens 200 Ausgabenpositionen.' }),
  financing: ZFinancing,
});
export type TFundingPlan = z.infer<typeof ZFundingPlan>;

export const ZFundingApplicationCreate = z.strictObject({
  projectId: z.number().int().positive(),
  fundingYear: z
    .number()
    .int()
    .min(2018, { error: 'Förderjahr ab 2018 (RL KommPräv vom 12. Juni 2018).' })
    .max(2100),
  plan: ZFundingPlan,
});
export type TFundingApplicationCreate = z.infer<typeof ZFundingApplicationCreate>;

export const ZFundingPlanUpdate = z.strictObject({ plan: ZFundingPlan });

export const ZFundingDecision = z.discriminatedUnion('outcome', [
  z.strictObject({
    outcome: z.literal('bewilligt'),
    approvedCent: centAmount('Bewilligte Zuwendung'),
    decidedOn: isoDate,
    conditions: longText(20_000).default(''),
  }),
  z.strictObject({
    outcome: z.literal('abgelehnt'),
    decidedOn: isoDate,
    reason: longText(20_000).min(1, { error: 'Bitte eine Begründung angeben.' }),
  }),
]);
export type TFundingDecision = z.infer<typeof ZFundingDecision>;

export const ZFundingCall = z.strictObject({ amountCent: centAmount('Abgerufener Betrag') });
export const ZInterimReport = z.strictObject({
  text: longText(50_000).min(1, { error: 'Bitte den Sachstand beschreiben.' }),
});

export const ZProofOfUse = z.strictObject({
  /** Sachbericht: what was done and achieved. */
  report: longText(50_000).default(''),
  /** Own share actually spent (cash and in kind), for the numerical proof. */
  ownShareSpentCent: centAmount('Eigenanteil verausgabt').default(0),
});

export const RECEIPT_MAX_BYTES = 5 * 1024 * 1024;
export const RECEIPT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export const ZReceiptInput = z.strictObject({
  paidOn: isoDate,
  payee: line(200, 'den Empfänger der Zahlung'),
  purpose: line(300, 'den Zweck der Ausgabe'),
  amountCent: centAmount('Belegbetrag'),
});
export type TReceiptInput = z.infer<typeof ZReceiptInput>;

/**
 * The web's receipt form: the receipt and, optionally, its scan (null while none is chosen), checked
 * against the server's limits (5 MB; PDF, JPEG or PNG) before anything is sent.
 */
export const ZReceiptForm = ZReceiptInput.extend({
  paidOn: z.string().min(1, { error: 'Bitte das Zahlungsdatum angeben.' }).pipe(isoDate),
  file: z.custom<File | null>().superRefine((file, context) => {
    if (!(file instanceof File)) return;
    if (file.size > RECEIPT_MAX_BYTES)
      context.addIssue({ code: 'custom', message: `„${file.name}“ ist größer als 5 MB.` });
    else if (!(RECEIPT_TYPES as readonly string[]).includes(file.type))
      context.addIssue({ code: 'custom', message: `„${file.name}“ ist weder PDF noch JPEG oder PNG.` });
  }),
});
export type TReceiptFormInput = z.input<typeof ZReceiptForm>;
export type TReceiptForm = z.output<typeof ZReceiptForm>;

export const ZFundingListQuery = z.strictObject({
  ags: z
    .string()
    .regex(/^\d{8}$/, { error: 'Die AGS hat 8 Ziffern.' })
    .optional(),
  year: z.coerce.number().int().min(2018).max(2100).optional(),
  status: z.enum(FUNDING_STATUSES, { error: `Status: einer von ${FUNDING_STATUSES.join(', ')}.` }).optional(),
});

export const ZFundingBudget = z.strictObject({ budgetCent: centAmount('Haushaltsmittel') });
