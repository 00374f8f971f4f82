// Remark categories (Open311 service codes) and the body each goes to unless a municipality has set
// its own (remark_routes). Codes are ASCII so that Open311 clients can put them in URLs.
export const REMARK_CATEGORIES = [
  {
    code: 'graffiti',
    name: 'Graffiti',
    description: 'Schmierereien und Graffiti an Gebäuden, Brücken, Haltestellen',
    body: 'Ordnungsamt',
  },
  {
    code: 'vandalismus',
    name: 'Vandalismus',
    description: 'Beschädigte Bänke, Spielplätze, Haltestellen oder Schilder',
    body: 'Ordnungsamt',
  },
  {
    code: 'vermuellung',
    name: 'Vermüllung',
    description: 'Illegale Müllablagerungen, verschmutzte Plätze',
    body: 'Ordnungsamt (Stadtreinigung)',
  },
  {
    code: 'beleuchtung',
    name: 'Beleuchtung',
    description: 'Defekte oder fehlende Straßenbeleuchtung, dunkle Wege',
    body: 'Bauamt (Straßenbeleuchtung)',
  },
  {
    code: 'angstraum',
    name: 'Angstraum',
    description: 'Orte, an denen man sich unsicher fühlt',
    body: 'Ordnungsamt und Kriminalpräventiver Rat',
  },
  {
    code: 'verkehr',
    name: 'Verkehr',
    description: 'Gefährliche Stellen im Straßenverkehr, Schulwege',
    body: 'Straßenverkehrsbehörde',
  },
  {
    code: 'sonstiges',
    name: 'Sonstiges',
    description: 'Alles andere, was die Sicherheit im Ort betrifft',
    body: 'Ordnungsamt',
  },
] as const;

export type RemarkCategoryCode = (typeof REMARK_CATEGORIES)[number]['code'];
export const REMARK_CATEGORY_CODES = REMARK_CATEGORIES.map((c) => c.code) as [
  RemarkCategoryCode,
  ...RemarkCategoryCode[],
];

export function remarkCategory(code: string) {
  return REMARK_CATEGORIES.find((c) => c.code === code);
}

export const REMARK_STATUSES = ['eingegangen', 'in_bearbeitung', 'erledigt', 'abgelehnt'] as const;
export type RemarkStatus = (typeof REMARK_STATUSES)[number];

export const REMARK_STATUS_LABELS: Record<RemarkStatus, string> = {
  eingegangen: 'Eingegangen',
  in_bearbeitung: 'In Bearbeitung',
  erledigt: 'Erledigt',
  abgelehnt: 'Abgelehnt',
};

/** Status changes staff may make; a settled remark can be reopened. */
export const REMARK_TRANSITIONS: Record<RemarkStatus, readonly RemarkStatus[]> = {
  eingegangen: ['in_bearbeitung', 'erledigt', 'abgelehnt'],
  in_bearbeitung: ['erledigt', 'abgelehnt', 'eingegangen'],
  erledigt: ['in_bearbeitung'],
  abgelehnt: ['in_bearbeitung'],
};

/** Saxony's bounding box (VG5000, rounded outwards): a remark's coordinates must lie inside. */
export const SAXONY_BOUNDS = { minLat: 50.1, maxLat: 51.75, minLong: 11.8, maxLong: 15.1 } as const;

/** Largest photo a remark may carry (the server refuses larger ones while reading; the form says so first). */
export const PHOTO_MAX_BYTES = 8 * 1024 * 1024;
