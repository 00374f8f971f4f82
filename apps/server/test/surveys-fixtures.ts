// Shared set-up for the survey API tests (surveys-*.test.ts): a wave in the field with fresh codes.
import type { Actor, CoreContext } from '@asskomm/core';
import { createAccessCodes } from '@asskomm/core/surveys/fieldwork';
import { addDays, berlinDate, createWave, setWaveStatus } from '@asskomm/core/surveys/waves';

export const SYSTEM_ADMIN: Actor = {
  id: 0,
  email: 'test-admin@example.org',
  name: 'Test-Admin',
  role: 'admin',
  ags: null,
  assignedAgs: [],
};

export const DISTRICTS = ['Altstadt', 'Nordviertel', 'Südvorstadt'];
export const PLACES = ['Bahnhofsvorplatz', 'Stadtpark'];

/** A wave of `ags` in 'feldphase' (field period around today) and `codes` fresh access codes. */
export async function waveInField(
  ctx: CoreContext,
  options: { ags?: string; codes?: number; title?: string } = {},
): Promise<{ waveId: number; codes: string[] }> {
  const today = berlinDate();
  const wave = await createWave(ctx, SYSTEM_ADMIN, {
    ags: options.ags ?? '14999999',
    title: options.title ?? 'Bürgerbefragung Test',
    fieldStart: addDays(today, -7),
    fieldEnd: addDays(today, 30),
    sampleSize: 100,
    config: {
      districts: DISTRICTS,
      localPlaces: PLACES,
      enabledOptionalBlocks: ['INC', 'KOG', 'KON', 'ANG', 'MAS'],
    },
  });
  const { codes } = await createAccessCodes(ctx, SYSTEM_ADMIN, wave.id, options.codes ?? 10);
  await setWaveStatus(ctx, SYSTEM_ADMIN, wave.id, 'feldphase');
  return { waveId: wave.id, codes };
}

/** A complete, valid online answer (SurveyJS data shape: matrices nested under their group). */
export function completeAnswers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    WG01: 3,
    WG02: 2,
    INC: {
      INC_01: 1,
      INC_02: 2,
      INC_03: 3,
      INC_04: 4,
      INC_05: -1,
      INC_06: 1,
      INC_07: 1,
      INC_08: 2,
      INC_09: 1,
    },
    SF01: 2,
    ORT: { ORT_01: 1, ORT_02: 2, ORT_03: 3, ORT_04: -2, ORT_05: 5, ORT_06: 1 },
    AFF: { AFF_01: 1, AFF_02: 2, AFF_03: 3, AFF_04: 4, AFF_05: 1 },
    KOG: { KOG_01: 1, KOG_02: 2, KOG_03: 3, KOG_04: 4, KOG_05: 5 },
    KON_AUSGEHEN: { KON_01: 1, KON_02: -2 },
    KON_MEIDEN: { KON_03: 1, KON_04: 2, KON_05: 3, KON_06: 4, KON_07: 5 },
    VIK: { VIK_01: 1, VIK_02: 2, VIK_03: 2, VIK_04: -1, VIK_05: 2, VIK_06: 2, VIK_07: 2 },
    VIK_POL: { VIK_01_POL: 1 },
    VER: { VER_POL: 2, VER_OA: 3 },
    ANG_ORTE: [1, 97],
    ANG_TEXT: 'Die Unterführung am Bahnhof ist nachts dunkel.',
    MAS_WAHL: [1, 2, 5],
    MAS_ZUF: 3,
    MAS_TEXT: 'Mehr Licht.',
    SD_ALTER: 4,
    SD_GESCHLECHT: 2,
    SD_ORTSTEIL: 2,
    ...overrides,
  };
}

/** A register extract (CSV, `;`) with `n` persons spread over the districts, born 1940–2011. */
export function registerCsv(n: number, districts: readonly string[] = DISTRICTS): string {
  const lines = ['id;geburtsjahr;geschlecht;ortsteil;name;strasse;hausnummer;plz;ort'];
  for (let i = 1; i <= n; i++) {
    const district = districts[i % districts.length];
    lines.push(
      `R${String(i).padStart(5, '0')};${1940 + (i % 72)};${['m', 'w', 'd'][i % 3]};${district};Person Nummer${i};Lindenstraße;${i};09999;Musterstadt`,
    );
  }
  return `${lines.join('\n')}\n`;
}
