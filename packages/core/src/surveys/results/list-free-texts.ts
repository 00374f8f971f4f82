/**
 * Free-text answers of a wave for reading: obvious personal data (names after a salutation, phone numbers,
 * e-mail addresses) is masked with maskPersonalData. The texts are plain text; the UI shows them escaped
 * (React text nodes), never as HTML. No date or mode is given, so a text cannot be linked to a return.
 */
import type { CoreContext } from '../../context.ts';
import { maskPersonalData } from '../privacy/mask-personal-data.ts';
import { type WaveSummary, waveSummary } from './get-survey-results.ts';
import { type AnyActor, loadAnalysisWave, waveCodebook } from './load-analysis-wave.ts';
import { loadResponses } from './load-responses.ts';

export interface FreeTextItem {
  readonly code: string;
  readonly text: string;
  readonly pageTitle: string;
  readonly answers: readonly { readonly text: string; readonly masked: boolean }[];
}

export interface FreeTexts {
  readonly wave: WaveSummary;
  readonly items: readonly FreeTextItem[];
}

export async function listFreeTexts(ctx: CoreContext, actor: AnyActor, waveId: number): Promise<FreeTexts> {
  const wave = await loadAnalysisWave(ctx, actor, waveId, 'survey:read');
  const codebook = waveCodebook(wave);
  const responses = await loadResponses(ctx, waveId);
  // Random uuid order: says nothing about the order of arrival.
  const ordered = [...responses].sort((a, b) => (a.responseId < b.responseId ? -1 : 1));
  const items = codebook.items
    .filter((i) => i.type === 'text')
    .map((item) => ({
      code: item.code,
      text: item.text,
      pageTitle: codebook.pages.find((p) => p.id === item.page)?.title ?? item.page,
      answers: ordered.flatMap((r) => {
        const raw = r.values[item.code];
        if (typeof raw !== 'string' || raw.trim() === '') return [];
        const text = maskPersonalData(raw);
        return [{ text, masked: text !== raw }];
      }),
    }));
  return { wave: waveSummary(wave), items };
}
