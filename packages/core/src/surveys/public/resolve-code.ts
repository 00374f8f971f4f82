import { normalizeAccessCode } from '@asskomm/contracts';
import { type Db, municipalities, surveyAccessCodes, surveyWaves, type WaveStatus } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { hashAccessCode } from '../codes/hash-access-code.ts';
import { berlinDate, placeName } from '../waves/berlin-date.ts';

/** What a code opens: its wave and whether it may still be used. Never holds the code itself. */
export interface CodeState {
  hash: string;
  waveId: number;
  used: boolean;
  status: WaveStatus;
  fieldStart: string | null;
  fieldEnd: string | null;
  version: string | null;
  title: string;
  municipalityName: string;
}

/** The keyed hash of what the person typed; SURVEY_CODE_INVALID if it cannot be a code at all. */
export function codeHashOf(code: unknown, secret: string): string {
  const canonical = normalizeAccessCode(code);
  if (canonical === null) throw new AppError('SURVEY_CODE_INVALID', { fields: { code: 'Ungültiger Code.' } });
  return hashAccessCode(canonical, secret);
}

/** Loads the code's wave (optionally locking the code row in the caller's transaction). */
export async function lookupCode(db: Db, hash: string, options: { lock?: boolean } = {}): Promise<CodeState> {
  const query = db
    .select({
      waveId: surveyAccessCodes.waveId,
      used: surveyAccessCodes.used,
      status: surveyWaves.status,
      fieldStart: surveyWaves.fieldStart,
      fieldEnd: surveyWaves.fieldEnd,
      version: surveyWaves.questionnaireVersion,
      title: surveyWaves.title,
      municipalityName: municipalities.name,
    })
    .from(surveyAccessCodes)
    .innerJoin(surveyWaves, eq(surveyWaves.id, surveyAccessCodes.waveId))
    .innerJoin(municipalities, eq(municipalities.ags, surveyWaves.ags))
    .where(eq(surveyAccessCodes.codeHash, hash));
  const [row] = options.lock ? await query.for('update', { of: surveyAccessCodes }) : await query;
  if (!row) throw new AppError('SURVEY_CODE_UNKNOWN', { fields: { code: 'Unbekannter Code.' } });
  return { hash, ...row, municipalityName: placeName(row.municipalityName) };
}

const germanDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}.${m}.${y}`;
};

/** Refuses used codes and waves that are not in the field (yet or any more). */
export function assertOpen(
  state: CodeState,
  today: string = berlinDate(),
): asserts state is CodeState & {
  version: string;
} {
  if (state.used) throw new AppError('SURVEY_CODE_USED');
  if (state.status === 'entwurf') {
    throw new AppError('SURVEY_NOT_OPEN', {
      userMessage: state.fieldStart
        ? `Die Befragung hat noch nicht begonnen. Sie können ab dem ${germanDate(state.fieldStart)} teilnehmen.`
        : undefined,
    });
  }
  if (state.status !== 'feldphase' || (state.fieldEnd !== null && state.fieldEnd < today)) {
    throw new AppError('SURVEY_CLOSED', {
      userMessage: state.fieldEnd
        ? `Die Befragung ist am ${germanDate(state.fieldEnd)} zu Ende gegangen. Es können keine Antworten mehr angenommen werden.`
        : undefined,
    });
  }
  if (!state.version)
    throw new AppError('INTERNAL', { internal: `wave ${state.waveId} in field without questionnaire` });
}
