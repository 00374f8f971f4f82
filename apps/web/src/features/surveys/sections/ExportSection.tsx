import type { ExportFormat } from '@asskomm/contracts';
import { surveyApi } from '../api.ts';
import type { SectionProps } from '../WaveDetailPage.tsx';

const FORMATS: { format: ExportFormat; label: string; text: string }[] = [
  {
    format: 'csv',
    label: 'CSV (ZIP)',
    text: 'Drei Dateien: Daten mit Codes, Daten mit Antworttexten (für Excel, Semikolon) und das Codebuch.',
  },
  { format: 'xlsx', label: 'Excel (XLSX)', text: 'Eine Arbeitsmappe mit Daten, Antworttexten und Codebuch.' },
  {
    format: 'spss',
    label: 'SPSS (ZIP)',
    text: 'Syntax mit Variablen- und Wertelabels und fehlenden Werten, dazu die Daten.',
  },
  {
    format: 'r',
    label: 'R (ZIP)',
    text: 'Ein Skript (nur Basis-R), das die Daten mit Faktor-Labels einliest.',
  },
];

export function ExportSection({ wave }: SectionProps) {
  return (
    <>
      <p className="kern-body">
        Die Exporte enthalten jede Antwort als Zeile: eine zufällige Kennung, online oder Papier, das
        Eingangsdatum (ohne Uhrzeit) und die Antworten – keine Zugangscodes, keine Anschriften. Freitexte
        stehen ungekürzt darin; prüfen Sie sie vor einer Weitergabe.
      </p>
      <p className="kern-body">
        Sind Randverteilungen hinterlegt, enthält die Spalte <code>gewicht</code> das Gewicht aus dem Raking
        (Mittelwert 1). Antworten ohne verwertbare Angabe zu Alter, Geschlecht oder Ortsteil erhalten das
        neutrale Gewicht 1; in den Ergebnissen dieser Plattform sind sie nur ungewichtet enthalten.
      </p>
      {wave.responses === 0 ? (
        <p className="kern-body">
          Es liegen noch keine Antworten vor; die Dateien enthalten nur die Spaltenköpfe.
        </p>
      ) : null}
      <ul className="app-downloads">
        {FORMATS.map((f) => (
          <li key={f.format} className="app-downloads__item">
            <a
              className="kern-btn kern-btn--secondary"
              href={surveyApi.exportUrl(wave.id, f.format)}
              download
            >
              <span className="kern-icon kern-icon--download" aria-hidden="true" />
              <span className="kern-label">{f.label} herunterladen</span>
            </a>
            <p className="kern-body kern-body--small">{f.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
