import { type Estimate, nextWaveStatus, type WaveStatus } from '@asskomm/contracts';
import { formatDate } from '../../lib/format.ts';

const percent1 = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const decimal2 = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });

export const STATUS_LABELS: Record<WaveStatus, string> = {
  entwurf: 'Entwurf',
  feldphase: 'Feldphase',
  abgeschlossen: 'Abgeschlossen',
  ausgewertet: 'Ausgewertet',
};

export const STATUS_BADGES: Record<WaveStatus, 'info' | 'success' | 'warning'> = {
  entwurf: 'info',
  feldphase: 'warning',
  abgeschlossen: 'info',
  ausgewertet: 'success',
};

/** What moving on from a status means, for the confirmation text. */
const STATUS_ACTIONS: Record<WaveStatus, { action: string; consequence: string } | null> = {
  entwurf: {
    action: 'Feldphase starten',
    consequence:
      'Der Fragebogen wird festgeschrieben und kann danach nicht mehr geändert werden. Die Zugangscodes werden gültig; Bürgerinnen und Bürger können antworten.',
  },
  feldphase: {
    action: 'Feldphase abschließen',
    consequence:
      'Online-Antworten sind danach nicht mehr möglich; zwischengespeicherte, nicht abgeschickte Antworten werden gelöscht. Papierbögen können weiter erfasst werden.',
  },
  abgeschlossen: {
    action: 'Als ausgewertet markieren',
    consequence: 'Danach können keine Papierbögen mehr erfasst werden. Die Ergebnisse bleiben abrufbar.',
  },
  ausgewertet: null,
};

/** The next status (the rule WAVE_TRANSITIONS from the contract) and what the change means. */
export function nextStatus(
  status: WaveStatus,
): { status: WaveStatus; action: string; consequence: string } | null {
  const next = nextWaveStatus(status);
  const action = STATUS_ACTIONS[status];
  return next && action ? { status: next, ...action } : null;
}

export const OPTIONAL_BLOCKS: { id: string; label: string; description: string }[] = [
  {
    id: 'INC',
    label: 'Probleme in der Wohngegend',
    description: 'Graffiti, Müll, Vandalismus, Gruppen, Drogen, Lärm',
  },
  {
    id: 'KOG',
    label: 'Einschätzung des Risikos',
    description: 'Wie wahrscheinlich ist es, Opfer zu werden?',
  },
  { id: 'KON', label: 'Verhalten im Alltag', description: 'Ausgehen am Abend, Vermeiden von Orten' },
  {
    id: 'ANG',
    label: 'Orte, an denen man sich unsicher fühlt',
    description: 'Auswahl aus den örtlichen Plätzen und Freitext',
  },
  { id: 'MAS', label: 'Gewünschte Maßnahmen', description: 'Was sollte getan werden? Auswahl und Freitext' },
];

export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–';
  return `${percent1.format(share * 100)} %`;
}

export function formatNumber(value: number | null | undefined, digits: 0 | 2 = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return digits === 2 ? decimal2.format(value) : integer.format(value);
}

/** A share as shown in tables: "28,4 %", bracketed when based on few cases, "–" when withheld. */
export function shareText(e: Estimate): string {
  if (e.suppressed || e.estimate === null) return '–';
  const text = formatPercent(e.estimate);
  return e.small ? `(${text})` : text;
}

export function ciText(e: Estimate, kind: 'share' | 'mean'): string {
  // An interval of zero width (a share of 0 % or 100 %) says nothing: no interval.
  if (e.suppressed || e.ciLow === null || e.ciHigh === null || e.ciHigh - e.ciLow < 1e-9) return '–';
  const f = kind === 'share' ? (x: number) => percent1.format(x * 100) : (x: number) => decimal2.format(x);
  return `${f(e.ciLow)}–${f(e.ciHigh)}${kind === 'share' ? ' %' : ''}`;
}

export function meanText(e: Estimate): string {
  if (e.suppressed || e.estimate === null) return '–';
  const text = decimal2.format(e.estimate);
  return e.small ? `(${text})` : text;
}

export function fieldPeriod(start: string | null, end: string | null): string {
  if (!start && !end) return 'noch nicht festgelegt';
  return `${formatDate(start)} bis ${formatDate(end)}`;
}

// Kept here for the survey sections that import it from this module.
export { todayIso } from '../../lib/format.ts';
