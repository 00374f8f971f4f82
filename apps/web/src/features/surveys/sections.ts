import type { WaveStatus } from '@asskomm/contracts';

export interface SectionInfo {
  id: string;
  label: string;
  /** Only for accounts that may manage surveys (not the prevention council). */
  manage?: boolean;
}

export const SECTIONS: SectionInfo[] = [
  { id: 'fragebogen', label: 'Fragebogen' },
  { id: 'gewichtung', label: 'Gewichtung' },
  { id: 'stichprobe', label: 'Stichprobe & Anschreiben', manage: true },
  { id: 'zugangscodes', label: 'Zugangscodes', manage: true },
  { id: 'feldphase', label: 'Feldphase' },
  { id: 'ruecklauf', label: 'Rücklauf' },
  { id: 'papierboegen', label: 'Papierbögen erfassen', manage: true },
  { id: 'ergebnisse', label: 'Ergebnisse' },
  { id: 'freitexte', label: 'Freitexte' },
  { id: 'export', label: 'Export', manage: true }, // raw answers: not for council members (issue 8)
];

/** Where a wave opens: the step that matters in its status. */
export function defaultSection(status: WaveStatus): string {
  if (status === 'entwurf') return 'fragebogen';
  if (status === 'feldphase') return 'ruecklauf';
  return 'ergebnisse';
}
