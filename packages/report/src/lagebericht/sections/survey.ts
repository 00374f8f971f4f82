/**
 * Survey sections: Sicherheitsempfinden, Opfererfahrungen und Anzeigeverhalten, Wahrnehmung und Lage,
 * Probleme im Wohnumfeld und Angsträume. Wording rules:
 * - a difference to a reference value is "notable" only when the reference lies outside the 95 % interval;
 * - a difference between groups only when their intervals do not overlap (conservative);
 * - a change between waves only when the interval of the difference excludes 0;
 * - otherwise the text says the difference lies within random variation.
 */
import type { ReportBuilder } from '../builder.ts';
import { chart, note, paragraph, t, table, v } from '../builder.ts';
import { estimateText, germanDate, num, pct, pctRange, pp, rangeCell, shareCell } from '../format.ts';
import type {
  EstimateInput,
  GroupEstimate,
  IndicatorInput,
  ReportInput,
  SurveyInput,
} from '../input-types.ts';
import type { Block } from '../model-types.ts';
import { REFERENCE_VALUES, referencesFor } from '../reference-values.ts';

const usable = (e: EstimateInput): e is EstimateInput & { estimate: number; ciLow: number; ciHigh: number } =>
  !e.suppressed && e.estimate != null && e.ciLow != null && e.ciHigh != null;

const ind = (s: SurveyInput, id: string): IndicatorInput | undefined => s.indicators.find((i) => i.id === id);

const barValue = (e: EstimateInput) =>
  usable(e)
    ? { value: round1(e.estimate * 100), low: round1(e.ciLow * 100), high: round1(e.ciHigh * 100) }
    : { value: null, low: null, high: null };
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Two group estimates differ beyond random variation when their 95 % intervals do not overlap. */
export function intervalsApart(a: EstimateInput, b: EstimateInput): boolean {
  return usable(a) && usable(b) && (a.ciLow > b.ciHigh || b.ciLow > a.ciHigh);
}

/** A fixed reference value is notably different when it lies outside the estimate's 95 % interval. */
export function compareToReference(
  e: EstimateInput,
  ref: number,
): 'hoeher' | 'niedriger' | 'im Rahmen' | null {
  if (!usable(e)) return null;
  if (ref < e.ciLow) return 'hoeher';
  if (ref > e.ciHigh) return 'niedriger';
  return 'im Rahmen';
}

function indicatorTable(
  id: string,
  caption: string,
  items: readonly IndicatorInput[],
  s: SurveyInput,
): Block {
  return table(
    id,
    caption,
    [
      { label: 'Indikator', align: 'left' },
      { label: 'Anteil %', align: 'right' },
      { label: '95-%-KI', align: 'right' },
      { label: 'n', align: 'right' },
      ...(s.earlierWave ? [{ label: 'Veränderung (Pp.)', align: 'right' as const }] : []),
    ],
    items.map((i) => [
      t(`${i.label} (${i.meaning})`),
      v(i.overall.estimate == null ? null : i.overall.estimate * 100, shareCell(i.overall)),
      t(rangeCell(i.overall)),
      v(i.overall.n, num(i.overall.n)),
      ...(s.earlierWave
        ? [
            i.change
              ? v(
                  i.change.difference * 100,
                  `${num(i.change.difference * 100, 1)}${i.change.notable ? ' *' : ''}`,
                )
              : t('–'),
          ]
        : []),
    ]),
    `Gewichtete Anteile; n = ungewichtete Zahl der gültigen Antworten; Werte in Klammern beruhen auf weniger als ${s.minN} Antworten, „–“ = weniger als ${s.suppressBelow}.${s.earlierWave ? ' Veränderung gegenüber der früheren Befragung in Prozentpunkten; * = 95-%-Intervall der Differenz schließt 0 aus.' : ''}`,
  );
}

function groupRows(groups: readonly GroupEstimate[]) {
  return groups.map((g) => [
    t(g.label),
    v(g.estimate.estimate == null ? null : g.estimate.estimate * 100, shareCell(g.estimate)),
    t(rangeCell(g.estimate)),
    v(g.estimate.n, num(g.estimate.n)),
  ]);
}

export function buildSafetySection(input: ReportInput, b: ReportBuilder): Block[] {
  const s = input.survey;
  const name = input.municipality.name;
  if (!s)
    return [note(`Für ${name} liegt keine ausgewertete Bürgerbefragung vor. Dieser Abschnitt entfällt.`)];
  const blocks: Block[] = [];
  const sf = ind(s, 'SF01');
  if (sf && usable(sf.overall)) {
    const saxony = REFERENCE_VALUES.find((r) => r.indicator === 'SF01' && r.label.startsWith('Sachsen'))!;
    const cmp = compareToReference(sf.overall, saxony.value);
    const cmpText =
      cmp === 'im Rahmen'
        ? `Das entspricht im Rahmen zufälliger Schwankung dem sächsischen Wert der DVS 2012 (${pct(saxony.value)}).`
        : `Das liegt ${cmp === 'hoeher' ? 'deutlich über' : 'deutlich unter'} dem sächsischen Wert der DVS 2012 (${pct(saxony.value)}), der außerhalb des Intervalls liegt.`;
    blocks.push(
      paragraph(
        `Die Standardfrage lautet: „Wie sicher fühlen Sie sich – oder würden Sie sich fühlen –, wenn Sie nach Einbruch der Dunkelheit alleine zu Fuß in Ihrer Wohngegend unterwegs sind oder wären?“`,
      ),
      b.finding(
        'sf-gesamt',
        `${estimateText(sf.overall)} der Befragten fühlen sich nachts allein in ihrer Wohngegend ziemlich oder sehr unsicher. ${cmpText}`,
        cmp === 'hoeher' || cmp === 'niedriger',
        'Referenzwert außerhalb des 95-%-Intervalls',
      ),
    );
    if (sf.change) {
      const c = sf.change;
      blocks.push(
        b.finding(
          'sf-veraenderung',
          c.notable
            ? `Gegenüber der Befragung „${c.earlierWaveTitle}“ (${pct(c.earlier.estimate)}) hat sich der Anteil um ${pp(c.difference)} verändert (95-%-KI ${num(c.ciLow * 100, 1)} bis ${num(c.ciHigh * 100, 1)}); das ist mehr als zufällige Schwankung.`
            : `Gegenüber der Befragung „${c.earlierWaveTitle}“ (${pct(c.earlier.estimate)}) beträgt die Veränderung ${pp(c.difference)} (95-%-KI ${num(c.ciLow * 100, 1)} bis ${num(c.ciHigh * 100, 1)}); sie liegt im Rahmen zufälliger Schwankung.`,
          c.notable,
          'Differenz zweier unabhängiger Stichproben, 95-%-KI ohne 0',
        ),
      );
    }
    const women = sf.bySex.find((g) => /weiblich/i.test(g.label));
    const men = sf.bySex.find((g) => /männlich/i.test(g.label));
    if (women && men && usable(women.estimate) && usable(men.estimate)) {
      const apart = intervalsApart(women.estimate, men.estimate);
      blocks.push(
        b.finding(
          'sf-geschlecht',
          apart
            ? `Frauen fühlen sich deutlich häufiger unsicher als Männer (${pct(women.estimate.estimate)} gegenüber ${pct(men.estimate.estimate)}; die Intervalle überschneiden sich nicht). Die DVS 2012 fand 25,8 % und 8,0 %.`
            : `Frauen (${pct(women.estimate.estimate)}) und Männer (${pct(men.estimate.estimate)}) unterscheiden sich im Rahmen zufälliger Schwankung.`,
          apart,
          'Gruppen: 95-%-Intervalle überschneiden sich nicht',
        ),
      );
    }
    if (s.standardItem) {
      blocks.push(
        chart(
          'abb-standardfrage',
          'Sicherheitsgefühl nachts allein in der Wohngegend, nach Gruppen (Anteile in %)',
          `Gestapelte Balken: ${pct(sf.overall.estimate)} aller Befragten fühlen sich ziemlich oder sehr unsicher; ${women && men && usable(women.estimate) && usable(men.estimate) ? `Frauen ${pct(women.estimate.estimate)}, Männer ${pct(men.estimate.estimate)}.` : ''}`,
          'stacked',
          {
            categories: s.standardItem.rows.map((r) => `${r.label} (n = ${num(r.n)})`),
            stacks: s.standardItem.categories.map((c, k) => ({
              name: c,
              values: s.standardItem!.rows.map((r) =>
                r.shares[k] == null ? null : round1(r.shares[k]! * 100),
              ),
            })),
          },
          { height: 60 + 24 * s.standardItem.rows.length },
        ),
      );
    }
    const refs = referencesFor('SF01');
    blocks.push(
      chart(
        'abb-sf-gruppen',
        'Anteil „ziemlich oder sehr unsicher“ nach Geschlecht, Alter und Ortsteil mit 95-%-Intervallen',
        `Balkendiagramm: Insgesamt ${pct(sf.overall.estimate)} unsicher. Die rote Linie zeigt den Wert Sachsens in der DVS 2012 (${pct(refs.find((r) => r.label.startsWith('Sachsen'))?.value)}). ${summariseGroups([...sf.byAge, ...sf.byDistrict])}`,
        'bar',
        {
          categories: [
            'Insgesamt',
            ...sf.bySex.map((g) => g.label),
            ...sf.byAge.map((g) => g.label),
            ...sf.byDistrict.map((g) => g.label),
          ],
          series: [
            {
              name: 'Anteil unsicher',
              values: [
                sf.overall,
                ...sf.bySex.map((g) => g.estimate),
                ...sf.byAge.map((g) => g.estimate),
                ...sf.byDistrict.map((g) => g.estimate),
              ].map(barValue),
            },
          ],
          xName: 'Anteil in %',
          max: 100,
          decimals: 0,
          references: [{ value: 22.1, label: 'Sachsen 22,1 %' }],
        },
        { height: 90 + 19 * (1 + sf.bySex.length + sf.byAge.length + sf.byDistrict.length) },
      ),
    );
    blocks.push(
      table(
        'tab-sf-gruppen',
        'Anteil „ziemlich oder sehr unsicher“ nach Gruppen',
        [
          { label: 'Gruppe', align: 'left' },
          { label: 'Anteil %', align: 'right' },
          { label: '95-%-KI', align: 'right' },
          { label: 'n', align: 'right' },
        ],
        [
          [
            t('Insgesamt'),
            v(sf.overall.estimate! * 100, shareCell(sf.overall)),
            t(rangeCell(sf.overall)),
            v(sf.overall.n, num(sf.overall.n)),
          ],
          ...groupRows(sf.bySex),
          ...groupRows(sf.byAge),
          ...groupRows(sf.byDistrict),
        ],
        `Werte in Klammern: weniger als ${s.minN} Antworten; „–“: weniger als ${s.suppressBelow}.`,
      ),
    );
    blocks.push(
      table(
        'tab-referenzwerte',
        'Referenzwerte aus bundesweiten Befragungen',
        [
          { label: 'Vergleichswert', align: 'left' },
          { label: 'Anteil unsicher %', align: 'right' },
          { label: 'Quelle', align: 'left' },
        ],
        refs.map((r) => [t(r.label), v(r.value * 100, num(r.value * 100, 1)), t(r.source)]),
        'Die Referenzwerte stammen aus anderen Erhebungen (andere Jahre, Skalen und Stichproben); sie ordnen ein, sind aber kein strenger Vergleich.',
      ),
    );
  }
  const places = s.indicators.filter((i) => i.id.startsWith('ORT_'));
  if (places.length) {
    blocks.push(
      chart(
        'abb-orte',
        'Unsicherheit an bestimmten Orten (Anteil eher oder sehr unsicher, in %)',
        `Balkendiagramm: Am häufigsten unsicher fühlen sich die Befragten ${topOf(places)}.`,
        'bar',
        {
          categories: places.map((p) => p.label),
          series: [{ name: 'Anteil unsicher', values: places.map((p) => barValue(p.overall)) }],
          xName: 'Anteil in %',
          max: 100,
        },
        { height: 70 + 32 * places.length },
      ),
      indicatorTable('tab-orte', 'Unsicherheit an bestimmten Orten', places, s),
    );
  }
  const dims: [string, string, string][] = [
    ['AFF_', 'Affektive Dimension: Sorge vor Straftaten', 'tab-affektiv'],
    ['KOG_', 'Kognitive Dimension: eingeschätztes Risiko (nächste 12 Monate)', 'tab-kognitiv'],
    ['KON_', 'Konative Dimension: Schutz- und Vermeidungsverhalten', 'tab-konativ'],
  ];
  blocks.push(
    paragraph(
      'Kriminalitätsfurcht hat drei Dimensionen (Boers 1994): die Sorge, Opfer zu werden (affektiv), die Einschätzung des eigenen Risikos (kognitiv) und das Verhalten, mit dem sich Menschen schützen (konativ).',
    ),
  );
  for (const [prefix, caption, id] of dims) {
    const items = s.indicators.filter((i) => i.id.startsWith(prefix));
    if (items.length) blocks.push(indicatorTable(id, caption, items, s));
  }
  const kon3 = ind(s, 'KON_03');
  if (kon3) {
    const women = kon3.bySex.find((g) => /weiblich/i.test(g.label));
    if (women && usable(women.estimate)) {
      const cmp = compareToReference(women.estimate, 0.39);
      b.finding(
        'kon-frauen',
        `${pct(women.estimate.estimate)} der Frauen meiden oft oder immer bestimmte Straßen, Plätze oder Parks (95-%-KI ${pctRange(women.estimate.ciLow, women.estimate.ciHigh)}); ${cmp === 'im Rahmen' ? 'das entspricht im Rahmen zufälliger Schwankung' : cmp === 'hoeher' ? 'das liegt deutlich über' : 'das liegt deutlich unter'} dem bundesweiten Wert der DVS 2017 (39 %).`,
        cmp === 'hoeher' || cmp === 'niedriger',
        'Referenzwert außerhalb des 95-%-Intervalls',
      );
      blocks.push(b.get('kon-frauen')!);
    }
  }
  const withChange = s.indicators.filter((i) => i.change);
  if (s.earlierWave && withChange.length) {
    const notable = withChange.filter((i) => i.change!.notable);
    blocks.push(
      paragraph(
        `Verglichen mit der früheren Befragung „${s.earlierWave.title}“ haben sich ${notable.length} von ${withChange.length} Indikatoren mehr als zufällig verändert${notable.length ? `: ${notable.map((i) => `${i.label} (${pp(i.change!.difference)})`).join('; ')}` : ''}. Die übrigen Unterschiede liegen im Rahmen zufälliger Schwankung.`,
      ),
    );
  } else {
    blocks.push(
      note(
        'Es gibt keine frühere Befragung dieser Kommune; Veränderungen über die Zeit können noch nicht gezeigt werden.',
      ),
    );
  }
  if (s.peers.length) {
    blocks.push(
      table(
        'tab-vergleich-kommunen',
        `Einordnung unter ${s.peers[0]!.count} anderen Kommunen mit Befragung (ohne Namen)`,
        [
          { label: 'Indikator', align: 'left' },
          { label: name, align: 'right' },
          { label: 'Median', align: 'right' },
          { label: 'Spannweite', align: 'right' },
        ],
        s.peers.map((p) => {
          const own = ind(s, p.indicator);
          return [
            t(own?.label ?? p.indicator),
            v(
              own?.overall.estimate == null ? null : own.overall.estimate * 100,
              own ? shareCell(own.overall) : '–',
            ),
            v(p.median * 100, num(p.median * 100, 1)),
            t(`${num(p.min * 100, 1)}–${num(p.max * 100, 1)}`),
          ];
        }),
        'Anteile in %. Die anderen Kommunen werden nicht genannt.',
      ),
    );
  } else {
    blocks.push(
      note(
        'Weniger als drei andere Kommunen haben eine ausgewertete Befragung; ein Vergleich mit ihrer Spannweite entfällt.',
      ),
    );
  }
  return blocks;
}

function topOf(items: readonly IndicatorInput[]): string {
  const sorted = items
    .filter((i) => usable(i.overall))
    .sort((a, b) => b.overall.estimate! - a.overall.estimate!);
  const top = sorted[0];
  return top ? `${top.label.replace(/^…\s*/, '').replace(/\?$/, '')} (${pct(top.overall.estimate)})` : '–';
}

function summariseGroups(groups: readonly GroupEstimate[]): string {
  const ok = groups.filter((g) => usable(g.estimate));
  if (ok.length < 2) return '';
  const sorted = [...ok].sort((a, b) => b.estimate.estimate! - a.estimate.estimate!);
  return `Am höchsten: ${sorted[0]!.label} (${pct(sorted[0]!.estimate.estimate)}), am niedrigsten: ${sorted.at(-1)!.label} (${pct(sorted.at(-1)!.estimate.estimate)}).`;
}

export function buildVictimSection(input: ReportInput, b: ReportBuilder): Block[] {
  const s = input.survey;
  if (!s)
    return [note('Ohne Bürgerbefragung gibt es keine Angaben zu Opfererfahrungen und Anzeigeverhalten.')];
  const blocks: Block[] = [];
  const vik = s.indicators.filter((i) => /^VIK_\d\d$/.test(i.id));
  const pol = s.indicators.filter((i) => /^VIK_\d\d_POL$/.test(i.id));
  blocks.push(
    paragraph(
      'Die Befragten gaben an, ob ihnen in den letzten 12 Monaten in ihrer Stadt bzw. Gemeinde bestimmte Straftaten widerfahren sind, und ob sie diese der Polizei gemeldet haben. Die Anzeigequote ist der Anteil der Betroffenen, die das Ereignis angezeigt haben.',
    ),
  );
  if (vik.length) {
    blocks.push(
      chart(
        'abb-opfer',
        'Opfererfahrungen in den letzten 12 Monaten (Anteil der Befragten in %)',
        `Balkendiagramm: Am häufigsten erlebt: ${topOf(vik)}.`,
        'bar',
        {
          categories: vik.map((i) => i.label),
          series: [{ name: 'Prävalenz', values: vik.map((i) => barValue(i.overall)) }],
          xName: 'Anteil in %',
          decimals: 1,
        },
        { height: 70 + 32 * vik.length },
      ),
    );
    blocks.push(
      table(
        'tab-opfer',
        'Prävalenz und Anzeigequote je Delikt',
        [
          { label: 'Delikt', align: 'left' },
          { label: 'Prävalenz %', align: 'right' },
          { label: '95-%-KI', align: 'right' },
          { label: 'n', align: 'right' },
          { label: 'Anzeigequote %', align: 'right' },
          { label: '95-%-KI', align: 'right' },
          { label: 'n Betroffene', align: 'right' },
        ],
        vik.map((i) => {
          const r = pol.find((p) => p.id === `${i.id}_POL`);
          return [
            t(i.label),
            v(i.overall.estimate == null ? null : i.overall.estimate * 100, shareCell(i.overall)),
            t(rangeCell(i.overall)),
            v(i.overall.n, num(i.overall.n)),
            v(r?.overall.estimate == null ? null : r.overall.estimate * 100, r ? shareCell(r.overall) : '–'),
            t(r ? rangeCell(r.overall) : '–'),
            v(r?.overall.n ?? null, num(r?.overall.n)),
          ];
        }),
        `Anzeigequote: Anteil „ja, angezeigt“ unter den Betroffenen. Werte in Klammern: weniger als ${s.minN} Antworten, „–“: weniger als ${s.suppressBelow}.`,
      ),
    );
    const lowReporting = pol.filter((p) => usable(p.overall) && p.overall.ciHigh! < 0.5);
    if (lowReporting.length)
      blocks.push(
        b.finding(
          'anzeige-niedrig',
          `Weniger als die Hälfte der Betroffenen zeigt an (oberes Intervallende unter 50 %): ${lowReporting.map((p) => `${p.label} ${pct(p.overall.estimate)}`).join(', ')}.`,
          true,
          'Anzeigequote: oberes Ende des 95-%-Intervalls unter 50 %',
        ),
      );
  }
  if (s.unreported.length) {
    blocks.push(
      paragraph(
        'Schätzung des Dunkelfelds: Aus dem Anteil der Betroffenen (Prävalenz) und der Einwohnerzahl ab 16 Jahren ergibt sich eine geschätzte Zahl Betroffener. Ihr Verhältnis zu den polizeilich erfassten Fällen zeigt, wie viel im Hellfeld fehlt.',
      ),
      table(
        'tab-dunkelfeld',
        'Geschätzte Betroffene je erfasstem PKS-Fall',
        [
          { label: 'Delikt (Befragung)', align: 'left' },
          { label: 'PKS-Schlüssel', align: 'left' },
          { label: 'Erfasste Fälle', align: 'right' },
          { label: 'Geschätzte Betroffene', align: 'right' },
          { label: '95-%-Bereich', align: 'right' },
          { label: 'Betroffene je Fall', align: 'right' },
          { label: '95-%-Bereich', align: 'right' },
        ],
        s.unreported.map((u) => [
          t(u.offence),
          t(`${u.pksLabel} (${u.pksYear})`),
          v(u.recordedCases, num(u.recordedCases)),
          v(u.estimatedVictims, num(u.estimatedVictims)),
          t(`${num(u.estimatedVictimsLow)}–${num(u.estimatedVictimsHigh)}`),
          v(u.ratio, num(u.ratio, 1)),
          t(`${num(u.ratioLow, 1)}–${num(u.ratioHigh, 1)}`),
        ]),
        'Annahmen: höchstens ein Ereignis je betroffener Person (Mehrfachopfer werden nicht gezählt, die Schätzung ist eher zu niedrig); nur Einwohner ab 16 Jahren (die PKS zählt auch Taten an Jüngeren und an Auswärtigen); Befragungszeitraum und PKS-Jahr decken sich nur ungefähr; die Delikte der Befragung entsprechen den PKS-Schlüsseln nur näherungsweise. Der Bereich folgt aus dem 95-%-Intervall der Prävalenz.',
      ),
    );
    const big = s.unreported.filter((u) => u.ratioLow > 1);
    if (big.length)
      blocks.push(
        b.finding(
          'dunkelfeld',
          `Auch am unteren Ende der Schätzung gibt es mehr Betroffene als erfasste Fälle: ${big.map((u) => `${u.offence} etwa ${num(u.ratio, 1)} Betroffene je Fall (${num(u.ratioLow, 1)}–${num(u.ratioHigh, 1)})`).join('; ')}.`,
          true,
          'Dunkelfeldverhältnis: unteres Ende des Bereichs über 1',
        ),
      );
  } else {
    blocks.push(
      note('Eine Dunkelfeldschätzung braucht Befragung und PKS-Zahlen der Kommune; sie entfällt hier.'),
    );
  }
  return blocks;
}

export function buildPerceptionSection(input: ReportInput, b: ReportBuilder): Block[] {
  const s = input.survey;
  const rows = s?.perception.filter((p) => usable(p.worry)) ?? [];
  if (!s || !input.pks || rows.length === 0)
    return [
      note(
        'Der Vergleich von wahrgenommener Bedrohung und erfasster Kriminalität braucht Befragung und PKS-Zahlen; er entfällt hier.',
      ),
    ];
  const blocks: Block[] = [];
  const worries = rows.map((r) => r.worry.estimate!);
  const meanWorry = worries.reduce((a, c) => a + c, 0) / worries.length;
  blocks.push(
    paragraph(
      `Für jeden Deliktsbereich stellt die Tabelle die Sorge der Befragten (Anteil „ziemlich“ oder „sehr stark“ beunruhigt) und ihr eingeschätztes Risiko der erfassten Kriminalität gegenüber: der Häufigkeitszahl ${input.pks.areaOf} im Verhältnis zu Sachsen (1,00 = wie Sachsen). Eine Lücke zwischen Wahrnehmung und Lage zeigt sich, wo die Sorge hoch, die Belastung aber nicht erhöht ist, oder umgekehrt.`,
    ),
  );
  blocks.push(
    table(
      'tab-wahrnehmung',
      'Wahrgenommene Bedrohung und erfasste Kriminalität je Deliktsbereich',
      [
        { label: 'Deliktsbereich', align: 'left' },
        { label: 'Sorge %', align: 'right' },
        { label: '95-%-KI', align: 'right' },
        { label: 'Risiko hoch %', align: 'right' },
        { label: 'PKS', align: 'left' },
        { label: 'HZ', align: 'right' },
        { label: 'HZ / Sachsen', align: 'right' },
        { label: '95-%-KI', align: 'right' },
      ],
      rows.map((r) => [
        t(r.domain),
        v(r.worry.estimate! * 100, shareCell(r.worry)),
        t(rangeCell(r.worry)),
        v(r.risk?.estimate == null ? null : r.risk.estimate * 100, r.risk ? shareCell(r.risk) : '–'),
        t(`${r.pksLabel} (${r.pksYear})`),
        v(r.hz, num(r.hz, 1)),
        v(
          r.vsSaxony?.rateRatio ?? null,
          r.vsSaxony ? `${num(r.vsSaxony.rateRatio, 2)}${r.vsSaxony.notable ? ' *' : ''}` : '–',
        ),
        t(r.vsSaxony ? `${num(r.vsSaxony.ciLow, 2)}–${num(r.vsSaxony.ciHigh, 2)}` : '–'),
      ]),
      '* = HZ deutlich anders als in Sachsen (exakter Ratentest). Sorge: affektive Dimension; Risiko: kognitive Dimension (hoch oder sehr hoch).',
    ),
  );
  const points = rows
    .filter((r) => r.vsSaxony)
    .map((r) => ({
      name: r.domain,
      x: Math.round(r.vsSaxony!.rateRatio * 100) / 100,
      xLow: Math.round(r.vsSaxony!.ciLow * 100) / 100,
      xHigh: Math.round(r.vsSaxony!.ciHigh * 100) / 100,
      ...(() => {
        const bv = barValue(r.worry);
        return { y: bv.value!, yLow: bv.low, yHigh: bv.high };
      })(),
    }));
  const gaps = rows.filter(
    (r) =>
      r.vsSaxony &&
      r.worry.estimate! > meanWorry &&
      !(r.vsSaxony.notable && r.vsSaxony.direction === 'hoeher'),
  );
  const gapFinding = gaps.length
    ? b.finding(
        'wahrnehmung-luecke',
        `Überdurchschnittliche Sorge ohne deutlich erhöhte erfasste Belastung: ${gaps.map((g) => `${g.domain} (Sorge ${pct(g.worry.estimate)}, HZ-Verhältnis zu Sachsen ${num(g.vsSaxony!.rateRatio, 2)})`).join('; ')}. Hier geht die Wahrnehmung über die erfasste Lage hinaus.`,
        true,
        'Sorge über dem Mittel der Bereiche, HZ nicht deutlich über Sachsen',
      )
    : b.finding(
        'wahrnehmung-luecke',
        'In keinem Deliktsbereich geht eine überdurchschnittliche Sorge mit einer nicht erhöhten Belastung einher; Wahrnehmung und erfasste Lage passen im Groben zusammen.',
        false,
        'Sorge über dem Mittel der Bereiche, HZ nicht deutlich über Sachsen',
      );
  if (points.length)
    blocks.push(
      chart(
        'abb-quadrant',
        'Sorge (y) und Häufigkeitszahl im Verhältnis zu Sachsen (x) je Deliktsbereich, mit 95-%-Intervallen',
        `Quadrantendiagramm: ${gapFinding.text}`,
        'quadrant',
        {
          points,
          xName: 'Häufigkeitszahl im Verhältnis zu Sachsen (1 = wie Sachsen)',
          yName: 'Sorge in %',
          xSplit: 1,
          ySplit: Math.round(meanWorry * 1000) / 10,
          quadrantLabels: [
            'große Sorge, geringe Belastung',
            'große Sorge, hohe Belastung',
            'geringe Sorge, geringe Belastung',
            'geringe Sorge, hohe Belastung',
          ],
        },
        { height: 380 },
      ),
    );
  blocks.push(gapFinding);
  if (input.pks.scope === 'kreis')
    blocks.push(
      note('Die Häufigkeitszahlen sind die des Kreises; die Sorge ist die der Befragten in der Gemeinde.'),
    );
  return blocks;
}

export function buildNeighbourhoodSection(input: ReportInput, b: ReportBuilder): Block[] {
  const s = input.survey;
  if (!s)
    return [
      note('Ohne Bürgerbefragung gibt es keine Angaben zu Problemen im Wohnumfeld und zu Angsträumen.'),
      ...remarkBlocks(input),
    ];
  const blocks: Block[] = [];
  const inc = s.indicators.filter((i) => i.id.startsWith('INC_') && usable(i.overall));
  const ranked = [...inc].sort((a, c) => c.overall.estimate! - a.overall.estimate!);
  if (ranked.length) {
    blocks.push(
      chart(
        'abb-incivilities',
        'Probleme in der Wohngegend, nach Häufigkeit geordnet (Anteil „ziemliches“ oder „großes Problem“ in %)',
        `Balkendiagramm: Am häufigsten als Problem genannt: ${ranked
          .slice(0, 3)
          .map((i) => `${i.label} (${pct(i.overall.estimate)})`)
          .join(', ')}.`,
        'bar',
        {
          categories: ranked.map((i) => i.label),
          series: [{ name: 'Problem', values: ranked.map((i) => barValue(i.overall)) }],
          xName: 'Anteil in %',
          max: 100,
        },
        { height: 70 + 32 * ranked.length },
      ),
    );
    blocks.push(indicatorTable('tab-incivilities', 'Probleme im Wohnumfeld (Rangfolge)', ranked, s));
    blocks.push(
      b.finding(
        'inc-top',
        `Das größte Problem im Wohnumfeld ist aus Sicht der Befragten ${ranked[0]!.label} (${estimateText(ranked[0]!.overall)}).`,
        false,
        'Rangfolge nach Anteil',
      ),
    );
  }
  if (s.places.length) {
    const placesRanked = [...s.places]
      .filter((p) => usable(p.estimate))
      .sort((a, c) => c.estimate.estimate! - a.estimate.estimate!);
    blocks.push(
      table(
        'tab-angstraeume',
        'Orte, an denen sich Befragte unsicher fühlen oder die sie meiden (Mehrfachnennung)',
        [
          { label: 'Ort', align: 'left' },
          { label: 'Anteil %', align: 'right' },
          { label: '95-%-KI', align: 'right' },
        ],
        placesRanked.map((p) => [
          t(p.label),
          v(p.estimate.estimate! * 100, shareCell(p.estimate)),
          t(rangeCell(p.estimate)),
        ]),
        'Anteil der Befragten, die die Frage beantwortet haben; Mehrfachnennungen, die Summe übersteigt 100 %.',
      ),
    );
    const top = placesRanked[0];
    if (top)
      blocks.push(
        b.finding(
          'angstraum-top',
          `Der am häufigsten genannte Angstraum ist ${top.label} (${estimateText(top.estimate)}).`,
          false,
          'Rangfolge nach Anteil',
        ),
      );
  }
  if (s.freeTextCount > 0) {
    blocks.push(
      paragraph(
        `${num(s.freeTextCount)} Befragte haben Orte oder Anregungen in eigenen Worten beschrieben. Um niemanden erkennbar zu machen, zeigt der Bericht keine Zitate, sondern zählt die Angaben nach Themen (eine Angabe kann mehrere Themen nennen).`,
      ),
      table(
        'tab-freitext-themen',
        'Freitextangaben nach Themen',
        [
          { label: 'Thema', align: 'left' },
          { label: 'Nennungen', align: 'right' },
        ],
        s.freeTextThemes.map((f) => [t(f.theme), v(f.count, num(f.count))]),
      ),
    );
  }
  if (s.measures.length) {
    const m = [...s.measures]
      .filter((x) => usable(x.estimate))
      .sort((a, c) => c.estimate.estimate! - a.estimate.estimate!);
    blocks.push(
      table(
        'tab-massnahmen',
        'Gewünschte Maßnahmen (höchstens drei Nennungen je Person)',
        [
          { label: 'Maßnahme', align: 'left' },
          { label: 'Anteil %', align: 'right' },
          { label: '95-%-KI', align: 'right' },
        ],
        m.map((x) => [
          t(x.label),
          v(x.estimate.estimate! * 100, shareCell(x.estimate)),
          t(rangeCell(x.estimate)),
        ]),
      ),
    );
    if (m[0])
      blocks.push(
        b.finding(
          'massnahme-top',
          `Am häufigsten gewünscht: ${m[0].label} (${estimateText(m[0].estimate)}).`,
          false,
          'Rangfolge nach Anteil',
        ),
      );
  }
  blocks.push(...remarkBlocks(input));
  return blocks;
}

/** Remarks (Hinweise) of the network module: counts by category only, never their texts or places. */
function remarkBlocks(input: ReportInput): Block[] {
  const r = input.remarks;
  if (r === undefined || r === null) return [];
  const period = `${germanDate(r.from)} bis ${germanDate(r.to)}`;
  if (r.total === 0)
    return [
      paragraph(`Vom ${period} sind keine Hinweise über die Hinweisfunktion der Plattform eingegangen.`),
    ];
  return [
    paragraph(
      `Vom ${period} sind ${num(r.total)} ${r.total === 1 ? 'Hinweis' : 'Hinweise'} von Bürgerinnen, Bürgern und Partnern über die Hinweisfunktion der Plattform eingegangen. Der Bericht zählt sie nach Kategorie; Inhalte und Orte einzelner Hinweise nennt er nicht.`,
    ),
    table(
      'tab-hinweise',
      `Eingegangene Hinweise nach Kategorie (${period})`,
      [
        { label: 'Kategorie', align: 'left' },
        { label: 'Hinweise', align: 'right' },
      ],
      [
        ...r.byCategory.map((c) => [t(c.category), v(c.count, num(c.count))]),
        [t('Zusammen'), v(r.total, num(r.total))],
      ],
      'Hinweise sind keine Stichprobe: Sie zeigen, was gemeldet wird, nicht wie häufig ein Problem ist.',
    ),
  ];
}

export { usable };
