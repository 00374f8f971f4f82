import { z } from 'zod';

/** How the entries of a typed list are separated. */
const SEPARATORS = {
  /** One entry a line (a text area). */
  lines: /\n/,
  /** Commas, semicolons, spaces or line breaks (codes such as AGS in one text field). */
  words: /[\s,;]+/,
} as const;

/**
 * A list typed into one text field (the web form's value is the text; its output the trimmed entries,
 * empty ones dropped). Each entry is checked with `entry`; a refused one is named in the field's single
 * message, so the message stands at the field that holds the text.
 */
export function textList<T extends z.ZodType<string, string>>(
  entry: T,
  { separator = 'lines', max }: { separator?: keyof typeof SEPARATORS; max: number },
) {
  return z.string().transform((text, context): z.output<T>[] => {
    const items = text
      .split(SEPARATORS[separator])
      .map((item) => item.trim())
      .filter(Boolean);
    if (items.length > max) {
      context.addIssue({ code: 'custom', message: `Höchstens ${max} Einträge.` });
      return z.NEVER;
    }
    const parsed: z.output<T>[] = [];
    for (const item of items) {
      const result = entry.safeParse(item);
      if (!result.success) {
        context.addIssue({ code: 'custom', message: `„${item}“: ${result.error.issues[0]?.message}` });
        return z.NEVER;
      }
      parsed.push(result.data);
    }
    return parsed;
  });
}
