import { senderProblems } from '@asskomm/report';
import type { Actor, CoreContext } from '../../context.ts';
import { resolvePublicUrl } from '../../settings/platform-settings.ts';
import { loadWave } from '../waves/load-wave.ts';
import { letterSender, storedSender, type TLetterSender } from './letter-sender.ts';
import type { LetterSender } from './report-letters.ts';

export interface LetterPreview {
  /** The letterhead as it will be printed (municipality record + the wave's sender). */
  readonly sender: LetterSender;
  /** The wave's own sender fields, for the form. */
  readonly waveSender: TLetterSender;
  /** Address printed in the letter ("sicherheit.musterstadt.de/befragung"), null when none is set. */
  readonly surveyAddress: string | null;
  readonly publicUrl: string | null;
  readonly publicUrlSource: 'einstellung' | 'umgebung' | null;
  /** German names of what the sender lacks (empty when letters can be made). */
  readonly senderMissing: readonly string[];
  readonly ready: boolean;
}

/** What the letters of a wave will show, and what is still missing to make them (survey:manage). */
export async function getLetterPreview(
  ctx: CoreContext,
  actor: Actor,
  waveId: number,
): Promise<LetterPreview> {
  const { wave } = await loadWave(ctx, actor, waveId, 'survey:manage');
  const waveSender = storedSender(wave.sender);
  const { sender } = await letterSender(ctx, wave.ags, waveSender);
  const url = await resolvePublicUrl(ctx);
  const senderMissing = senderProblems(sender);
  return {
    sender,
    waveSender,
    surveyAddress: url.value ? `${url.value.replace(/^https?:\/\//, '')}/befragung` : null,
    publicUrl: url.value,
    publicUrlSource: url.source,
    senderMissing,
    ready: url.value !== null && senderMissing.length === 0,
  };
}
