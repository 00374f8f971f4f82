/**
 * The items of a wave's questionnaire for the paper data-entry screen: codes, texts, allowed values and
 * follow-up conditions, in questionnaire order (the order of the paper form).
 */
import type { CoreContext } from '../../context.ts';
import type { ShowIfCondition } from '../questionnaire/codebook-types.ts';
import { type WaveSummary, waveSummary } from './get-survey-results.ts';
import { type AnyActor, loadAnalysisWave, waveCodebook } from './load-analysis-wave.ts';

export interface CodebookEntry {
  readonly code: string;
  readonly text: string;
  readonly type: 'single' | 'multi' | 'text';
  readonly page: string;
  readonly pageTitle: string;
  readonly groupTitle: string | null;
  readonly values: readonly {
    readonly code: number;
    readonly label: string;
    readonly missing: boolean;
    readonly exclusive: boolean;
  }[];
  readonly maxSelected: number | null;
  readonly maxLength: number | null;
  readonly showIf: ShowIfCondition | null;
}

export interface WaveCodebook {
  readonly wave: WaveSummary;
  readonly questionnaireVersion: string | null;
  readonly items: readonly CodebookEntry[];
}

export async function getWaveCodebook(
  ctx: CoreContext,
  actor: AnyActor,
  waveId: number,
): Promise<WaveCodebook> {
  const wave = await loadAnalysisWave(ctx, actor, waveId, 'survey:read');
  const codebook = waveCodebook(wave);
  return {
    wave: waveSummary(wave),
    questionnaireVersion: wave.questionnaireVersion,
    items: codebook.items.map((item) => ({
      code: item.code,
      text: item.text,
      type: item.type,
      page: item.page,
      pageTitle: codebook.pages.find((p) => p.id === item.page)?.title ?? item.page,
      groupTitle: item.group ? (codebook.groups[item.group]?.title ?? null) : null,
      values: item.values.map((v) => ({
        code: v.code,
        label: v.label,
        missing: v.missing,
        exclusive: v.exclusive,
      })),
      maxSelected: item.maxSelected ?? null,
      maxLength: item.maxLength ?? null,
      showIf: item.showIf ?? null,
    })),
  };
}
