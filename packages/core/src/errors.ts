/**
 * The one error registry. Each code has an HTTP status and a German message for users; the internal
 * detail (for logs) is kept apart and never sent to clients. Every code is documented in docs/errors.md
 * (checked by a test).
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, message: 'Die Eingaben sind unvollständig oder ungültig.' },
  MALFORMED_BODY: { status: 400, message: 'Die Anfrage konnte nicht gelesen werden (ungültiges JSON).' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Die gesendeten Daten sind zu groß.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Dieses Datenformat wird nicht unterstützt.' },
  AUTH_REQUIRED: { status: 401, message: 'Bitte melden Sie sich an.' },
  AUTH_INVALID_CREDENTIALS: { status: 401, message: 'E-Mail-Adresse oder Passwort ist falsch.' },
  AUTH_WRONG_PASSWORD: { status: 400, message: 'Das bisherige Passwort ist falsch.' },
  CSRF_INVALID: {
    status: 403,
    message:
      'Die Sitzung ist abgelaufen oder die Anfrage stammt nicht von dieser Seite. Bitte laden Sie die Seite neu.',
  },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: 'Bitte ändern Sie zuerst Ihr Einmalpasswort.' },
  FORBIDDEN: { status: 403, message: 'Dafür fehlt Ihnen die Berechtigung.' },
  NOT_FOUND: { status: 404, message: 'Nicht gefunden.' },
  CONFLICT: { status: 409, message: 'Der Eintrag existiert bereits oder wurde inzwischen geändert.' },
  REPORT_DRAFT_PUBLISHED: {
    status: 409,
    message: 'Dieser Entwurf ist bereits veröffentlicht. Für Änderungen legen Sie einen neuen Entwurf an.',
  },
  RATE_LIMITED: {
    status: 429,
    message: 'Zu viele Versuche. Bitte warten Sie kurz und versuchen Sie es erneut.',
  },
  JOB_NOT_DONE: { status: 409, message: 'Der Auftrag ist noch nicht fertig.' },
  JOB_INPUT_GONE: { status: 410, message: 'Die Eingabe des Auftrags ist nicht mehr vorhanden.' },
  IMPORT_REJECTED: { status: 422, message: 'Die Datei wurde nicht importiert, weil sie Fehler enthält.' },
  REFERENCE_DATA_MISSING: {
    status: 409,
    message:
      'Die Referenzdaten (Gemeinden, Grenzen) sind noch nicht geladen: asskomm reference load VERZEICHNIS.',
  },
  SURVEY_CODE_INVALID: {
    status: 400,
    message:
      'Dieser Zugangscode ist nicht gültig. Er hat 12 Zeichen (Buchstaben und Ziffern, z. B. ABCD-EFGH-JKMN). Bitte prüfen Sie Ihre Eingabe.',
  },
  SURVEY_CODE_UNKNOWN: {
    status: 404,
    message:
      'Zu diesem Zugangscode gibt es keine Befragung. Bitte prüfen Sie den Code in Ihrem Anschreiben. Ist die Befragung bereits beendet, gilt der Code nicht mehr.',
  },
  SURVEY_CODE_USED: {
    status: 410,
    message:
      'Mit diesem Zugangscode wurde der Fragebogen bereits abgeschickt: Die Antworten sind angekommen und gespeichert. Jeder Code kann nur einmal verwendet werden.',
  },
  SURVEY_CLOSED: {
    status: 410,
    message: 'Die Befragung ist beendet. Es können keine Antworten mehr angenommen werden.',
  },
  SURVEY_NOT_OPEN: { status: 409, message: 'Die Befragung hat noch nicht begonnen.' },
  SURVEY_WAVE_LOCKED: {
    status: 409,
    message: 'Das ist im aktuellen Status der Befragungswelle nicht möglich.',
  },
  SURVEY_ENTRY_CLOSED: {
    status: 409,
    message:
      'Papierbögen können nur in der Feldphase oder nach deren Abschluss erfasst werden, nicht im Entwurf und nicht nach der Auswertung.',
  },
  SURVEY_SECRET_MISMATCH: {
    status: 503,
    message: 'Die Befragung ist vorübergehend nicht erreichbar. Bitte versuchen Sie es später erneut.',
  },
  PUBLIC_URL_MISSING: {
    status: 409,
    message:
      'Die öffentliche Adresse der Plattform ist nicht eingetragen; ohne sie zeigen Link und QR-Code im Brief ins Leere. Eine Administratorin oder ein Administrator trägt sie unter „Einstellungen“ ein.',
  },
  LETTER_SENDER_INCOMPLETE: {
    status: 409,
    message:
      'Im Brief fehlt eine Möglichkeit, jemanden zu erreichen. Bitte Anschrift, Ansprechperson und Telefon oder E-Mail des Absenders eintragen.',
  },
  SAMPLE_ALREADY_DRAWN: {
    status: 409,
    message:
      'Für diese Befragung wurde schon eine Stichprobe gezogen. Eine weitere Ziehung verschickt zusätzliche Briefe; bitte bestätigen Sie sie ausdrücklich.',
  },
  LETTERS_DELETED: {
    status: 410,
    message:
      'Die Briefe dieser Stichprobe sind nicht mehr gespeichert: Sie werden mit Beginn der Feldphase gelöscht, weil sie Anschriften enthalten.',
  },
  // Funding (RL KommPräv): one code per rule; the message names the rule and the values.
  FUNDING_OUTSIDE_WINDOW: {
    status: 422,
    message: 'Der Antrag liegt außerhalb der Antragsfrist (31. August bis 15. Oktober des Vorjahres).',
  },
  FUNDING_CONSULTATION_MISSING: {
    status: 422,
    message: 'Vor dem Antrag ist eine Beratung durch die Geschäftsstelle des Landespräventionsrates nötig.',
  },
  FUNDING_INVESTIVE_ITEM: { status: 422, message: 'Investive Ausgaben sind nicht förderfähig.' },
  FUNDING_PLAN_UNBALANCED: {
    status: 422,
    message: 'Ausgaben und Finanzierung des Plans sind nicht gleich hoch.',
  },
  FUNDING_GRANT_TOO_HIGH: {
    status: 422,
    message: 'Die Zuwendung darf höchstens 90 % der förderfähigen Ausgaben betragen.',
  },
  FUNDING_OWN_SHARE_TOO_LOW: {
    status: 422,
    message: 'Der Eigenanteil muss mindestens 10 % der Ausgaben betragen.',
  },
  FUNDING_APPROVAL_OVER_REQUEST: {
    status: 422,
    message: 'Die bewilligte Zuwendung darf die beantragte nicht übersteigen.',
  },
  FUNDING_CALL_OVER_APPROVAL: {
    status: 422,
    message: 'Die abgerufenen Mittel dürfen die bewilligte Zuwendung nicht übersteigen.',
  },
  FUNDING_PROOF_OVER_APPROVAL: {
    status: 422,
    message: 'Die nachgewiesenen Ausgaben aus der Zuwendung übersteigen die bewilligte Zuwendung.',
  },
  FUNDING_STATUS_TRANSITION: {
    status: 409,
    message: 'Dieser Schritt ist im aktuellen Stand des Förderantrags nicht möglich.',
  },
  INTERNAL: {
    status: 500,
    message: 'Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.',
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface AppErrorOptions {
  /** Overrides the registry's user message (German, safe to show). */
  userMessage?: string;
  /** Per-field German messages for forms. */
  fields?: Record<string, string>;
  /** Structured, safe-to-show details (e.g. import errors with line and column). */
  details?: unknown;
  /** Internal message for logs only; never sent to the client. */
  internal?: string;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly userMessage: string;
  readonly fields?: Record<string, string>;
  readonly details?: unknown;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    const entry = ERROR_CODES[code];
    super(options.internal ?? options.userMessage ?? entry.message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = entry.status;
    this.userMessage = options.userMessage ?? entry.message;
    this.fields = options.fields;
    this.details = options.details;
  }

  toJSON() {
    return {
      error: {
        code: this.code,
        message: this.userMessage,
        ...(this.fields ? { fields: this.fields } : {}),
        ...(this.details !== undefined ? { details: this.details } : {}),
      },
    };
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
