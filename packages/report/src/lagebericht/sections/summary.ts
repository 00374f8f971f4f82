/**
 * Zusammenfassung and Handlungsfelder: both only cite findings built in the other sections.
 * Summary rule: notable findings first (those beyond random variation), then the descriptive ones;
 * small towns get an explicit caution and never a trend statement that its test does not carry.
 */
import type { ReportBuilder } from '../builder.ts';
import { note, paragraph } from '../builder.ts';
import { num } from '../format.ts';
import type { ReportInput } from '../input-types.ts';
import type { Block, FindingBlock, RecommendationBlock } from '../model-types.ts';
import { SMALL_TOWN } from './crime.ts';
import { usable } from './survey.ts';

/** Order of the key findings in the summary (ids as built by the sections). */
const SUMMARY_ORDER = [
  'pks-hz',
  'pks-sachsen',
  'pks-kreis',
  'pks-trend',
  'sf-gesamt',
  'sf-veraenderung',
  'sf-geschlecht',
  'wahrnehmung-luecke',
  'dunkelfeld',
  'anzeige-niedrig',
  'inc-top',
  'angstraum-top',
];

export function buildSummarySection(input: ReportInput, b: ReportBuilder): Block[] {
  const blocks: Block[] = [];
  const m = input.municipality;
  const parts = [
    input.pks ? 'der Polizeilichen Kriminalstatistik' : null,
    input.survey ? 'einer Bürgerbefragung' : null,
  ].filter(Boolean);
  blocks.push(
    paragraph(
      `Dieser Lagebericht beschreibt die Sicherheitslage in ${m.name} auf Grundlage ${parts.join(' und ') || 'der Strukturdaten'}. Als deutlich gilt ein Unterschied nur, wenn sein 95-%-Intervall oder der exakte Test es tragen; sonst liegt er im Rahmen zufälliger Schwankung.`,
    ),
  );
  if (m.population != null && m.population < SMALL_TOWN)
    blocks.push(
      note(
        `${m.name} hat ${num(m.population)} Einwohner. Bei so kleinen Zahlen schwanken Fälle und Anteile von Jahr zu Jahr stark; einzelne Ausschläge sind keine Trends.`,
      ),
    );
  if (input.pks?.scope === 'kreis')
    blocks.push(
      note(`Die Kriminalitätszahlen sind die ${input.pks.areaOf}, da für ${m.name} keine eigenen vorliegen.`),
    );
  const ordered = [
    ...SUMMARY_ORDER.map((id) => b.get(id)).filter((f): f is FindingBlock => f !== undefined),
    ...b.findings.filter((f) => f.id.startsWith('pks-gruppe-')),
  ];
  blocks.push(...ordered.map((f): FindingBlock => ({ ...f, id: `summary-${f.id}` })));
  if (!input.survey)
    blocks.push(
      note('Es liegt keine Bürgerbefragung vor; der Bericht beschränkt sich auf die Kriminalstatistik.'),
    );
  if (!input.pks)
    blocks.push(note('Es liegen keine PKS-Zahlen vor; der Bericht beschränkt sich auf die Befragung.'));
  return blocks;
}

interface Rule {
  id: string;
  field: string;
  /** Returns the finding the pointer rests on, or null when the rule does not fire. */
  when: (input: ReportInput, b: ReportBuilder) => FindingBlock | null;
  text: string;
}

const share = (input: ReportInput, id: string) => {
  const i = input.survey?.indicators.find((x) => x.id === id);
  return i && usable(i.overall) ? i : null;
};

/** Fires when the indicator's lower interval end reaches the threshold (the share is at least that high). */
function indicatorRule(
  id: string,
  threshold: number,
  b: ReportBuilder,
  input: ReportInput,
  wording: string,
): FindingBlock | null {
  const i = share(input, id);
  if (!i || i.overall.ciLow! < threshold) return null;
  return b.finding(
    `regel-${id}`,
    `${wording}: ${num(i.overall.estimate! * 100, 1)} % (95-%-KI ${num(i.overall.ciLow! * 100, 1)}–${num(i.overall.ciHigh! * 100, 1)} %).`,
    true,
    `unteres Ende des 95-%-Intervalls mindestens ${num(threshold * 100)} %`,
  );
}

export const RECOMMENDATION_RULES: readonly Rule[] = [
  {
    id: 'situativ',
    field: 'Situative Prävention',
    when: (input, b) => {
      const top = input.survey?.places
        .filter((p) => usable(p.estimate))
        .sort((a, c) => c.estimate.estimate! - a.estimate.estimate!)[0];
      if (top && top.estimate.ciLow! >= 0.1) return b.get('angstraum-top') ?? null;
      return indicatorRule('ORT_05', 0.25, b, input, 'Unsicher in großen Parkanlagen');
    },
    text: 'Angsträume gemeinsam mit Anwohnern, Polizei und Bauamt begehen; Beleuchtung, Sichtachsen, Rückschnitt von Grün und Wegeführung prüfen (situative Kriminalprävention, CPTED).',
  },
  {
    id: 'sauberkeit',
    field: 'Sauberkeit und Ordnung',
    when: (input, b) =>
      indicatorRule('INC_01', 0.2, b, input, 'Schmierereien und Graffiti sind ein Problem') ??
      indicatorRule('INC_02', 0.25, b, input, 'Müll ist ein Problem'),
    text: 'Sauberkeitskampagne: Graffiti und Müll schnell beseitigen (Meldeweg für Bürger, feste Reaktionszeiten), Patenschaften für Plätze.',
  },
  {
    id: 'jugend',
    field: 'Jugendarbeit',
    when: (input, b) =>
      indicatorRule('INC_04', 0.15, b, input, 'Gruppen Jugendlicher werden als Problem gesehen'),
    text: 'Offene und aufsuchende Jugendarbeit stärken, Treffpunkte mit Jugendlichen gemeinsam gestalten statt verdrängen.',
  },
  {
    id: 'sucht',
    field: 'Sucht- und Gewaltprävention im öffentlichen Raum',
    when: (input, b) =>
      indicatorRule('INC_05', 0.2, b, input, 'Betrunkene in der Öffentlichkeit sind ein Problem') ??
      indicatorRule('INC_06', 0.15, b, input, 'Drogenhandel oder -konsum ist ein Problem'),
    text: 'Suchtprävention und Streetwork an den genannten Orten; Präsenz von Ordnungsdienst und Polizei abstimmen.',
  },
  {
    id: 'anzeige',
    field: 'Opferschutz und Anzeigebereitschaft',
    when: (_input, b) => b.get('anzeige-niedrig') ?? b.get('dunkelfeld') ?? null,
    text: 'Anzeigebereitschaft stärken: Opferberatung (z. B. Weißer Ring) und Online-Anzeige bekannt machen; Rückmeldung der Polizei über den Ausgang.',
  },
  {
    id: 'einbruch',
    field: 'Einbruchschutz',
    when: (input, b) => {
      const g = b.get('pks-gruppe-wohnungseinbruch');
      if (g) return g;
      return indicatorRule('AFF_02', 0.35, b, input, 'Sorge vor Wohnungseinbruch');
    },
    text: 'Kostenlose Beratung der Polizeilichen Beratungsstelle zum Einbruchschutz bewerben, Nachbarschaftsaufmerksamkeit fördern.',
  },
  {
    id: 'kommunikation',
    field: 'Kommunikation der Sicherheitslage',
    when: (_input, b) => {
      const f = b.get('wahrnehmung-luecke');
      return f?.notable ? f : null;
    },
    text: 'Wo die Sorge über die erfasste Lage hinausgeht: Lage regelmäßig und verständlich berichten (z. B. im Amtsblatt), Bürgerdialoge mit Polizei und Präventionsrat.',
  },
  {
    id: 'verkehr',
    field: 'Verkehrssicherheit',
    when: (input, b) => indicatorRule('INC_09', 0.25, b, input, 'Rücksichtsloses Autofahren ist ein Problem'),
    text: 'Geschwindigkeitskontrollen und verkehrsberuhigende Gestaltung an den genannten Straßen prüfen.',
  },
];

export function buildRecommendationSection(input: ReportInput, b: ReportBuilder): Block[] {
  const blocks: Block[] = [
    paragraph(
      'Die folgenden Hinweise leiten sich nach festen Regeln aus den Befunden ab; jeder nennt den Befund, auf dem er beruht. Sie sind ein Vorschlag: Präventionsrat und Verwaltung bewerten, ergänzen und priorisieren sie (die Texte sind im Entwurf bearbeitbar).',
    ),
  ];
  const recs: (RecommendationBlock | FindingBlock)[] = [];
  for (const rule of RECOMMENDATION_RULES) {
    const basis = rule.when(input, b);
    if (!basis) continue;
    // Findings made by the rule itself (regel-…) appear here, next to the pointer that cites them.
    if (basis.id.startsWith('regel-')) recs.push(basis);
    recs.push({
      kind: 'recommendation',
      id: `empfehlung-${rule.id}`,
      field: rule.field,
      text: rule.text,
      basedOn: { id: basis.id, text: basis.text },
    });
  }
  if (!recs.some((r) => r.kind === 'recommendation'))
    blocks.push(
      note(
        'Keine Regel hat angeschlagen: Die Befunde zeigen keinen auffälligen Handlungsbedarf. Der Präventionsrat sollte sie dennoch gemeinsam bewerten.',
      ),
    );
  blocks.push(...recs);
  return blocks;
}
