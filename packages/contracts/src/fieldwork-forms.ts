import { z } from 'zod';
import { ZAllocation, ZCodesBody, ZLetterSender, ZSampleFields } from './surveys.ts';

// The fieldwork forms of the web app (sample draw, letter sender, extra codes) as they edit their inputs:
// text, with empty meaning "not given". Wherever the API checks the same value, its rule (and so its
// message) is reused, so the browser refuses exactly what the server would.

/** A text input that may stay empty; anything typed is checked by the API's rule for that field. */
// biome-ignore lint/suspicious/noExplicitAny: the rules take unknown (coerced) or string input; zod types inputs invariantly.
const blankOr = <T extends z.ZodType<unknown, any>>(rule: T) =>
  z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(rule);

/** One district's row when the letters are split by fixed numbers. */
const districtRow = z.object({ district: z.string(), count: z.string().trim() });
const districtCount = districtRow.superRefine((row, context) => {
  if (!/^\d+$/.test(row.count)) {
    context.addIssue({
      code: 'custom',
      path: ['count'],
      message: `Bitte eine Anzahl für „${row.district}“ eingeben.`,
    });
  }
});

/** Proportional to the districts' population, or a fixed number per district (sent as the API's record). */
const allocation = z
  .discriminatedUnion('mode', [
    // The rows stay in the form while hidden (switching back keeps what was typed), unchecked.
    z.object({ mode: z.literal('proportional'), fixed: z.array(districtRow) }),
    z.object({ mode: z.literal('fixed'), fixed: z.array(districtCount) }),
  ])
  .transform((value) =>
    value.mode === 'proportional'
      ? ('proportional' as const)
      : Object.fromEntries(value.fixed.map((row) => [row.district, Number(row.count)])),
  )
  .pipe(ZAllocation);

const sampleDrawFields = z.object({
  // A File, or null while none is chosen.
  file: z
    .custom<File | null>((value) => value instanceof File, {
      error: 'Bitte wählen Sie den Registerauszug (CSV).',
    })
    .transform((file) => file as File),
  size: blankOr(ZSampleFields.shape.size),
  seed: blankOr(ZSampleFields.shape.seed),
  allocation,
  letterDate: blankOr(ZSampleFields.shape.letterDate),
  reminderDate: blankOr(ZSampleFields.shape.reminderDate),
  confirmAdditional: z.boolean(),
});

/** The first draw of a wave: register file and options. */
export const ZSampleDrawForm = sampleDrawFields;
/**
 * A further draw, once letters of the wave are out: it sends more letters with new codes and changes
 * what the return rate refers to, so it must be confirmed (the API refuses it without, too).
 */
export const ZFurtherSampleDrawForm = sampleDrawFields.extend({
  confirmAdditional: z.boolean().refine((confirmed) => confirmed, {
    error: 'Bitte bestätigen Sie, dass Sie eine weitere Stichprobe ziehen möchten.',
  }),
});
export type TSampleDrawFormInput = z.input<typeof ZSampleDrawForm>;
export type TSampleDrawForm = z.output<typeof ZSampleDrawForm>;

/** The wave's letter sender as its form edits it: every field a text input; empty clears the field. */
export const ZLetterSenderForm = ZLetterSender.omit({ municipalityName: true }).required();
export type TLetterSenderForm = z.output<typeof ZLetterSenderForm>;

/** The number of extra access codes, typed as text; the API's rule gives the bounds. */
export const ZCodesForm = z.object({
  count: z
    .string()
    .trim()
    .regex(/^\d+$/, { error: 'Bitte eine Anzahl zwischen 1 und 100.000 eingeben.' })
    .transform(Number)
    .pipe(ZCodesBody.shape.count),
});
export type TCodesFormInput = z.input<typeof ZCodesForm>;
export type TCodesForm = z.output<typeof ZCodesForm>;
