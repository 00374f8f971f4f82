import { KENNZAHL_LABELS, type Kennzahlen, type KennzahlKey } from '@asskomm/contracts';
import { formatInteger } from '../../lib/format.ts';

/** Euros from integer cents, without cents when whole (big numbers read better). */
export function formatEuroCents(cent: number | null): string {
  if (cent === null) return 'noch nicht erfasst';
  const euros = new Intl.NumberFormat('de-DE', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: cent % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  });
  return euros.format(cent / 100);
}

export interface FigureView {
  key: KennzahlKey;
  label: string;
  value: string;
  /** What counts, in one sentence (from the contract's rules). */
  explanation: string;
}

const EXPLANATIONS: Record<KennzahlKey, string> = {
  kommunen_beraten: 'Kommunen mit mindestens einer Beratung durch den Landespräventionsrat',
  kooperationsvereinbarungen: 'Kommunen mit unterzeichneter Kooperationsvereinbarung',
  praeventionsraete: 'Kommunale Präventionsräte in der Allianz',
  foerdermittel_bewilligt_cent: 'Bewilligte Zuwendungen nach der RL Kommunale Prävention',
  kommunen_gecoacht: 'Kommunen, die ein ASSKomm-Coaching begleitet hat',
  fachkraefte_qualifiziert: 'Abgeschlossene Beccaria-Qualifizierungen (alle vier Module)',
  sicherheitsanalysen: 'Ausgewertete Bürgerbefragungen für eine Sicherheitsanalyse',
};

export function figureViews(data: Kennzahlen): FigureView[] {
  const value = (key: KennzahlKey): string => {
    switch (key) {
      case 'foerdermittel_bewilligt_cent':
        return data.foerdermittel_bewilligt_cent === null
          ? '–'
          : formatEuroCents(data.foerdermittel_bewilligt_cent);
      case 'kommunen_gecoacht':
        return formatInteger(data.kommunen_gecoacht.gesamt);
      default:
        return formatInteger(data[key]);
    }
  };
  return (Object.keys(KENNZAHL_LABELS) as KennzahlKey[]).map((key) => ({
    key,
    label: KENNZAHL_LABELS[key],
    value: value(key),
    explanation:
      key === 'foerdermittel_bewilligt_cent' && data.foerdermittel_bewilligt_cent === null
        ? `${EXPLANATIONS[key]} – noch nicht auf der Plattform erfasst`
        : EXPLANATIONS[key],
  }));
}
