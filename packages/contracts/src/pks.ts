import { z } from 'zod';
import { PKS_IMPORT_FORMATS } from './domain.ts';
import { plainText } from './plain-text.ts';

const key = z.string().regex(/^[0-9*-]{6}$/, 'Ein Straftatenschlüssel hat 6 Zeichen (Ziffern, * oder -).');
const year = z.coerce.number().int().min(1987).max(2100);

export const ZProfileParams = z.object({
  ags: z
    .string()
    .regex(/^(\d{8}|\d{5}|14)$/, 'AGS: 8 Ziffern (Kommune), 5 Ziffern (Kreis) oder 14 (Sachsen).'),
});

export const ZProfileQuery = z.strictObject({
  keys: plainText()
    .max(400)
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((k) => k.trim())
            .filter(Boolean)
        : undefined,
    )
    .pipe(z.array(key).max(50).optional()),
  from: year.optional(),
  to: year.optional(),
});

export const ZMapQuery = z.strictObject({
  key: key.default('------'),
  year: year.optional(),
});

export const ZImportListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** Text fields of the multipart upload (the file itself is the part "datei"). */
export const ZUploadFields = z.strictObject({
  format: z.enum(PKS_IMPORT_FORMATS).optional(),
  year: year.optional(),
  source: plainText().trim().min(1).max(120).optional(),
});

/** Largest upload the server accepts (a 1,000,000-row municipality table is about 30 MB). */
export const PKS_UPLOAD_MAX_BYTES = 50 * 1024 * 1024;
const UPLOAD_MAX_MB = PKS_UPLOAD_MAX_BYTES / 1024 / 1024;

/**
 * The web's upload form: the chosen File (null while none is chosen) and the text fields as typed ('' =
 * not given; the server then detects the format and names the source). Checked before anything is sent:
 * a file within the server's limit and, if given, a four-digit year.
 */
export const ZPksUploadForm = z.strictObject({
  file: z
    .custom<File | null>()
    .superRefine((file, context) => {
      if (!(file instanceof File))
        return void context.addIssue({ code: 'custom', message: 'Wählen Sie eine Datei aus.' });
      if (file.size > PKS_UPLOAD_MAX_BYTES)
        context.addIssue({
          code: 'custom',
          message: `Die Datei ist größer als ${UPLOAD_MAX_MB} MB. Teilen Sie sie nach Jahren auf.`,
        });
    })
    .transform((file) => file as File),
  format: z.union([z.literal(''), z.enum(PKS_IMPORT_FORMATS)]),
  year: z
    .string()
    .trim()
    .regex(/^(\d{4})?$/, 'Das Berichtsjahr hat vier Ziffern.'),
  source: plainText().trim().max(120, 'Die Quelle hat höchstens 120 Zeichen.'),
});
export type TPksUploadFormInput = z.input<typeof ZPksUploadForm>;
export type TPksUploadForm = z.output<typeof ZPksUploadForm>;

export const ZImportIssue = z.object({
  code: z.string(),
  line: z.number().optional(),
  column: z.string().optional(),
  value: z.string().optional(),
  otherLine: z.number().optional(),
  message: z.string(),
  omitted: z.number().optional(),
});

const ZRateRatio = {
  rateRatio: z.number(),
  ciLow: z.number(),
  ciHigh: z.number(),
  pValue: z.number(),
  notable: z.boolean(),
  direction: z.enum(['hoeher', 'niedriger', 'gleich']),
  text: z.string(),
};

export const ZChange = z.object({
  ...ZRateRatio,
  baseYears: z.array(z.number()),
  breaks: z.array(z.string()),
});
export const ZComparison = z.object({
  ...ZRateRatio,
  referenceHz: z.number(),
  referenceCases: z.number(),
  referencePopulation: z.number(),
});

export const ZProfilePoint = z.object({
  year: z.number(),
  cases: z.number(),
  attempts: z.number().nullable(),
  cleared: z.number().nullable(),
  suspects: z.number().nullable(),
  population: z.number().nullable(),
  populationDerived: z.boolean(),
  lowerBound: z.boolean().optional(),
  hz: z.number().nullable(),
  hzCiLow: z.number().nullable(),
  hzCiHigh: z.number().nullable(),
  clearanceRate: z.number().nullable(),
  changeVsPrevious: ZChange.nullable(),
  changeVsFiveYearMean: ZChange.nullable(),
  vsDistrict: ZComparison.nullable(),
  vsSaxony: ZComparison.nullable(),
});

export const ZReferencePoint = z.object({
  year: z.number(),
  cases: z.number(),
  population: z.number().nullable(),
  populationDerived: z.boolean(),
  hz: z.number().nullable(),
  hzCiLow: z.number().nullable(),
  hzCiHigh: z.number().nullable(),
  clearanceRate: z.number().nullable(),
  lowerBound: z.boolean(),
});

export const ZPksSource = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  url: z.string().nullable(),
});

export const ZProfileResponse = z.object({
  ags: z.string(),
  name: z.string(),
  kind: z.enum(['gemeinde', 'kreis', 'land']),
  isDemo: z.boolean(),
  district: z.object({ ags: z.string(), name: z.string() }).nullable(),
  series: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      sumOf: z.array(z.string()).optional(),
      groupId: z.string().nullable(),
      parentGroupId: z.string().nullable(),
      note: z.string().nullable(),
      breaks: z.array(
        z.object({
          year: z.number(),
          affects: z.enum(['cases', 'hz']),
          label: z.string(),
          source: z.string(),
        }),
      ),
      points: z.array(ZProfilePoint),
      district: z.array(ZReferencePoint).nullable(),
      saxony: z.array(ZReferencePoint).nullable(),
    }),
  ),
  denominator: z.string(),
  notes: z.array(z.string()),
  attributions: z.array(ZPksSource),
});

export const ZMapResponse = z.object({
  key: z.string(),
  label: z.string(),
  year: z.number().nullable(),
  years: z.array(z.number()),
  items: z.array(
    z.object({
      ags: z.string(),
      name: z.string(),
      kreisTyp: z.string().nullable(),
      cases: z.number(),
      population: z.number().nullable(),
      populationDerived: z.boolean(),
      hz: z.number().nullable(),
      hzCiLow: z.number().nullable(),
      hzCiHigh: z.number().nullable(),
      hzPublished: z.number().nullable(),
      clearanceRate: z.number().nullable(),
      vsSaxony: ZComparison.nullable(),
    }),
  ),
  saxony: z
    .object({
      cases: z.number(),
      population: z.number().nullable(),
      hz: z.number().nullable(),
      hzCiLow: z.number().nullable(),
      hzCiHigh: z.number().nullable(),
    })
    .nullable(),
  attributions: z.array(ZPksSource),
});

export const ZKeysResponse = z.object({
  items: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      mainGroup: z.string(),
      mainGroupLabel: z.string(),
      isSummary: z.boolean(),
      isWildcard: z.boolean(),
      isTotal: z.boolean(),
      firstYear: z.number(),
      lastYear: z.number(),
      districtYears: z.array(z.number()),
    }),
  ),
  mainGroups: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      key: z.string(),
      parentId: z.string().optional(),
      fallbackSumKeys: z.array(z.string()).optional(),
      note: z.string().optional(),
    }),
  ),
  districtYears: z.array(z.number()),
});

export const ZImportSummary = z.object({
  format: z.enum(PKS_IMPORT_FORMATS),
  formatLabel: z.string(),
  source: z.string(),
  filename: z.string().nullable(),
  areaKind: z.enum(['gemeinde', 'kreis', 'land', 'gemischt']),
  years: z.array(z.number()),
  rowCount: z.number(),
  areaCount: z.number(),
  keyCount: z.number(),
  encoding: z.string().nullable(),
  totals: z.array(z.object({ year: z.number(), cases: z.number(), areas: z.number() })),
  errorCount: z.number(),
  warningCount: z.number(),
});

export const ZPreviewResponse = z.object({
  ok: z.boolean(),
  summary: ZImportSummary,
  errors: z.array(ZImportIssue),
  warnings: z.array(ZImportIssue),
  replacesRows: z.number(),
  sample: z.object({
    columns: z.array(z.string()),
    rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
  }),
});

export const ZImportResponse = z.object({
  importId: z.number(),
  summary: ZImportSummary,
  warnings: z.array(ZImportIssue),
  replacedRows: z.number(),
  durationMs: z.number(),
});

export const ZImportListResponse = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      source: z.string(),
      format: z.string(),
      areaKind: z.string(),
      filename: z.string().nullable(),
      years: z.array(z.number()),
      rowCount: z.number(),
      replacedRows: z.number(),
      areaCount: z.number(),
      areas: z.array(z.string()),
      warningCount: z.number(),
      warnings: z.array(ZImportIssue),
      importedBy: z.string(),
      importedAt: z.string(),
      durationMs: z.number().nullable(),
    }),
  ),
});
