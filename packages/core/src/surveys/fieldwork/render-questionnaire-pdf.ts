import type { Actor, CoreContext } from '../../context.ts';
import { questionnaireLocale, waveQuestionnaire } from '../waves/frozen-questionnaire.ts';
import { loadWave } from '../waves/load-wave.ts';
import { renderPaperQuestionnaire } from './report-letters.ts';

/**
 * The paper questionnaire of a wave (PDF): the frozen questionnaire once fieldwork has started, otherwise
 * a preview from the current settings. Same items, order and answer codes as the online form.
 */
export async function renderWaveQuestionnairePdf(
  ctx: CoreContext,
  actor: Actor,
  waveId: number,
  locale?: string,
): Promise<{ pdf: Uint8Array; filename: string }> {
  const { wave, municipalityName } = await loadWave(ctx, actor, waveId, 'survey:read');
  const { frozen, version } = waveQuestionnaire(wave, municipalityName);
  const entry = questionnaireLocale(frozen, locale);
  const pdf = renderPaperQuestionnaire(entry.survey, entry.locale, {
    version: version
      ? `Fassung ${version.replace(/^sha256:/, '').slice(0, 12)}`
      : 'Entwurf (noch nicht festgeschrieben)',
  });
  return { pdf, filename: `fragebogen-welle-${waveId}-${entry.locale}.pdf` };
}
