/** Methodik und Datenquellen: sample, response, weighting, margins of error, small cells, sources. */
import { note, paragraph, t, table, v } from '../builder.ts';
import { germanDate, num, pct } from '../format.ts';
import type { ReportInput } from '../input-types.ts';
import type { Block } from '../model-types.ts';

/** Half-width of a 95 % interval for a share of 50 % at the effective sample size (worst case). */
function marginAt50(nEff: number): number {
  return 1.96 * Math.sqrt(0.25 / nEff);
}

export function buildMethodSection(input: ReportInput): Block[] {
  const blocks: Block[] = [];
  const s = input.survey;
  if (s) {
    const w = s.weighting;
    blocks.push(
      paragraph(
        `Befragung „${s.title}“, Feldzeit ${germanDate(s.fieldStart)} bis ${germanDate(s.fieldEnd)}. ${s.invited != null ? `Eingeladen wurden ${num(s.invited)} zufällig aus dem Melderegister gezogene Einwohnerinnen und Einwohner ab 16 Jahren; ` : ''}${num(s.responses)} haben geantwortet (${num(s.online)} online, ${num(s.paper)} auf Papier)${s.responseRate != null ? `, eine Rücklaufquote von ${pct(s.responseRate)}` : ''}.`,
      ),
      paragraph(
        w.applied
          ? `Gewichtung: Die Antworten wurden an die Bevölkerungsverteilung nach ${w.variables.join(' und ')} angepasst (Raking wie R survey::rake). ${num(w.analysed)} Antworten gehen gewichtet ein, ${num(w.excluded)} konnten mangels Gewichtungsmerkmal nicht gewichtet werden. Gewichtungseffekt nach Kish ${num(w.kishEffect, 2)}, effektive Fallzahl ${num(w.nEff)}; Gewichte zwischen ${num(w.weightMin, 2)} und ${num(w.weightMax, 2)} des Mittels.`
          : `Die Ergebnisse sind ungewichtet. ${w.message ?? ''}`,
      ),
    );
    const n = w.nEff ?? s.responses;
    if (n > 0)
      blocks.push(
        paragraph(
          `Fehlerspanne: Bei ${num(n)} ${w.nEff ? 'effektiven ' : ''}Antworten beträgt das 95-%-Intervall eines Anteils von 50 % etwa ±${num(marginAt50(n) * 100, 1)} Prozentpunkte, für Teilgruppen entsprechend mehr. Alle Anteile sind gültige Prozente (ohne „weiß nicht“), mit Logit-Intervallen auf Basis der Taylor-Linearisierung.`,
        ),
      );
    blocks.push(
      paragraph(
        `Kleine Zellen: Unter jedem Wert steht die ungewichtete Zahl n der Antworten. Werte mit weniger als ${s.minN} Antworten stehen in Klammern, Werte mit weniger als ${s.suppressBelow} Antworten werden nicht ausgewiesen („–“). Freitexte werden nur nach Themen gezählt, nie zitiert.`,
      ),
    );
    for (const c of w.comparison)
      blocks.push(
        table(
          `tab-stichprobe-${c.label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
          `Stichprobe und Bevölkerung: ${c.label}`,
          [
            { label: c.label, align: 'left' },
            { label: 'Bevölkerung %', align: 'right' },
            { label: 'Stichprobe %', align: 'right' },
          ],
          c.levels.map((l) => [
            t(l.label),
            v(l.populationShare * 100, num(l.populationShare * 100, 1)),
            v(l.sampleShare * 100, num(l.sampleShare * 100, 1)),
          ]),
        ),
      );
  } else {
    blocks.push(note('Keine Befragung: Angaben zu Stichprobe, Rücklauf und Gewichtung entfallen.'));
  }
  if (input.pks) blocks.push(paragraph(`Kriminalstatistik: ${input.pks.denominator}`));
  blocks.push(paragraph('Quellen und Namensnennungen:'), {
    kind: 'list',
    items: input.attributions.map((a) => `${a.title}: ${a.text}${a.url ? ` (${a.url})` : ''}`),
  });
  const p = input.provenance;
  blocks.push(
    note(
      `Erstellt mit ASSKomm ${p.softwareVersion}; Datenstand (SHA-256) ${p.dataHash.slice(0, 16)}…; PKS-Jahre ${p.pksYears.join(', ') || '–'}; Befragung ${p.waveId ?? '–'}${p.earlierWaveId ? `, frühere Befragung ${p.earlierWaveId}` : ''}.`,
    ),
  );
  return blocks;
}
