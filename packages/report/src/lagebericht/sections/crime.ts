/** Gebietsprofil and Kriminalitätslage: structure data, locator map, HZ over time, offence groups, caveats. */
import type { ReportBuilder } from '../builder.ts';
import { chart, note, paragraph, t, table, v } from '../builder.ts';
import { num } from '../format.ts';
import type { PksInput, PksSeriesInput, ReportInput } from '../input-types.ts';
import type { Block } from '../model-types.ts';

/** Below this population a municipality is "small": wording stays cautious (few cases, wide intervals). */
export const SMALL_TOWN = 5000;

export function buildProfileSection(input: ReportInput): Block[] {
  const m = input.municipality;
  const blocks: Block[] = [];
  blocks.push(
    paragraph(
      `${m.name} (Gemeindeschlüssel ${m.ags}) ist eine ${m.gemeindetyp === 'Stadt' ? 'Stadt' : 'Gemeinde'} ${m.districtWhere}. ` +
        `Am ${m.populationDate ? m.populationDate.split('-').reverse().join('.') : '–'} lebten hier ${num(m.population)} Menschen` +
        `${m.areaKm2 ? ` auf ${num(m.areaKm2, 1)} km² (${num(m.density, 1)} Einwohner je km²)` : ''}.`,
    ),
  );
  const rows = [
    [t('Einwohnerinnen und Einwohner'), v(m.population, num(m.population))],
    [t('davon männlich'), v(m.populationMale, num(m.populationMale))],
    [t('davon weiblich'), v(m.populationFemale, num(m.populationFemale))],
    [t('Fläche in km²'), v(m.areaKm2, num(m.areaKm2, 1))],
    [t('Einwohner je km²'), v(m.density, num(m.density, 1))],
  ];
  if (input.districtProfile) {
    rows.push([
      t(`Gemeinden ${m.districtWhere}`),
      v(input.districtProfile.municipalityCount, num(input.districtProfile.municipalityCount)),
    ]);
    rows.push([
      t(`Einwohner ${m.districtWhere}`),
      v(input.districtProfile.population, num(input.districtProfile.population)),
    ]);
  }
  rows.push([t('Kriminalpräventiver Rat'), t(m.preventionCouncil ?? 'keiner eingetragen')]);
  blocks.push(
    table(
      'tab-gebietsprofil',
      `Strukturdaten ${m.name}`,
      [
        { label: 'Merkmal', align: 'left' },
        { label: 'Wert', align: 'right' },
      ],
      rows,
      'Quelle: Gemeindeverzeichnis GV100AD (Statistisches Bundesamt), Bevölkerung am 31.12.2024.',
    ),
  );
  if (input.map) {
    blocks.push(
      chart(
        'abb-karte',
        `Lage von ${m.name} ${m.districtWhere}`,
        `Karte: ${m.name} ist ${m.districtWhere} hervorgehoben; der Kreis umfasst ${input.map.areas.length} Gemeinden.`,
        'map',
        { mapName: `kreis-${m.ags.slice(0, 5)}`, nameProperty: 'ags', areas: input.map.areas },
        { width: 560, height: 420, geo: input.map.featureCollection },
      ),
    );
  } else {
    blocks.push(
      note(
        m.isDemo
          ? `${m.name} ist eine erfundene Kommune; für sie gibt es keine Gebietsgrenzen und daher keine Karte.`
          : 'Für diese Kommune sind keine Gebietsgrenzen geladen; die Karte entfällt.',
      ),
    );
  }
  if (m.population != null && m.population < SMALL_TOWN)
    blocks.push(
      note(
        `Mit weniger als ${num(SMALL_TOWN)} Einwohnern ist ${m.name} eine kleine Gemeinde: Wenige Fälle oder Antworten verändern Anteile und Raten stark. Der Bericht spricht deshalb nur dann von Unterschieden oder Veränderungen, wenn die Intervalle es tragen.`,
      ),
    );
  return blocks;
}

export const CAVEATS: readonly string[] = [
  'Ausgangsstatistik: Die PKS zählt einen Fall, wenn die Polizei die Akte an die Staatsanwaltschaft abgibt, nicht wenn die Tat geschah. Ein Jahr kann also Taten aus früheren Jahren enthalten.',
  'Tatortprinzip: Gezählt wird in der Gemeinde des Tatorts. Pendler, Touristen und Durchreisende begehen oder erleiden Taten, zählen aber nicht zu den Einwohnern im Nenner der Häufigkeitszahl.',
  'Kontrolldelikte: Rauschgiftdelikte, Ladendiebstahl oder Beförderungserschleichung erscheinen vor allem dort, wo kontrolliert wird. Mehr Kontrollen ergeben mehr Fälle, ohne dass mehr geschieht.',
  'Reihenbrüche: Zensus-Umstellungen der Einwohnerzahlen, geänderte Zählregeln und Gesetzesänderungen (z. B. Cannabisgesetz ab 1. April 2024) brechen Zeitreihen.',
  'Hellfeld: Die PKS zeigt nur die der Polizei bekannt gewordenen Taten; zum Dunkelfeld siehe Abschnitt „Opfererfahrungen und Anzeigeverhalten“.',
];

function latest(series: PksSeriesInput) {
  return [...series.points].reverse().find((p) => p.hz != null) ?? null;
}

/** The latest year with a comparison against Saxony (Saxony's figures may end earlier than the area's). */
export function latestCompared(series: PksSeriesInput) {
  return [...series.points].reverse().find((p) => p.vsSaxony != null) ?? null;
}

export function buildCrimeSection(input: ReportInput, b: ReportBuilder): Block[] {
  const pks = input.pks;
  const m = input.municipality;
  if (!pks) {
    return [
      note(
        `Weder für ${m.name} noch ${m.districtWhere} sind PKS-Daten geladen. Dieser Abschnitt entfällt; der Bericht stützt sich auf die Befragung.`,
      ),
    ];
  }
  const blocks: Block[] = [];
  if (pks.scope === 'kreis') {
    blocks.push(
      note(
        `Für ${m.name} liegen keine eigenen PKS-Zahlen vor. Die folgenden Zahlen sind die veröffentlichten Zahlen ${pks.areaOf} (Kreisebene), zu dem ${m.name} gehört. Sie beschreiben den Kreis insgesamt, nicht die Gemeinde.`,
      ),
    );
  }
  const total = pks.series.find((s) => s.key === '------') ?? pks.series[0];
  const last = total ? latest(total) : null;
  if (total && last) {
    const area = pks.areaWhere;
    b.finding(
      'pks-hz',
      `${pks.scope === 'kreis' ? `Kreiszahlen (${pks.areaName}): ` : ''}${last.year} wurden ${area} ${num(last.cases)} Straftaten erfasst; die Häufigkeitszahl beträgt ${num(last.hz, 1)} Fälle je 100.000 Einwohner (95-%-KI ${num(last.hzCiLow, 1)}–${num(last.hzCiHigh, 1)}).`,
      false,
      'HZ des letzten Jahres mit exaktem Poisson-Intervall',
    );
    blocks.push(b.get('pks-hz')!);
    const compared = latestCompared(total);
    if (compared?.vsSaxony)
      blocks.push(
        b.finding(
          'pks-sachsen',
          `${compared.year}: ${compared.vsSaxony.text}`,
          compared.vsSaxony.notable,
          'exakter Ratentest gegen Sachsen (p < 0,05 und KI ohne 1)',
        ),
      );
    if (last.vsDistrict && pks.scope === 'gemeinde')
      blocks.push(
        b.finding(
          'pks-kreis',
          last.vsDistrict.text,
          last.vsDistrict.notable,
          'exakter Ratentest gegen den Kreis',
        ),
      );
    const change = last.changeVsFiveYearMean ?? last.changeVsPrevious;
    if (change)
      blocks.push(
        b.finding(
          'pks-trend',
          change.text,
          change.notable,
          'exakter Ratentest gegen Vorjahr bzw. Fünfjahresmittel',
        ),
      );

    const trendSeries = [
      {
        name: pks.areaName,
        points: total.points.map((p) => ({ year: p.year, value: p.hz, low: p.hzCiLow, high: p.hzCiHigh })),
      },
    ];
    if (pks.scope === 'gemeinde' && total.district)
      trendSeries.push({
        name: pks.districtName ?? 'Kreis',
        points: total.district.map((p) => ({ year: p.year, value: p.hz, low: p.hzCiLow, high: p.hzCiHigh })),
      });
    if (total.saxony)
      trendSeries.push({
        name: 'Sachsen',
        points: total.saxony.map((p) => ({ year: p.year, value: p.hz, low: p.hzCiLow, high: p.hzCiHigh })),
      });
    const years = total.points.map((p) => p.year);
    const saxonyLast = compared ? (total.saxony?.find((p) => p.year === compared.year) ?? null) : null;
    blocks.push(
      chart(
        'abb-hz-verlauf',
        `Häufigkeitszahl Straftaten insgesamt ${years[0]}–${years.at(-1)}: ${trendSeries.map((s) => s.name).join(', ')}`,
        `Liniendiagramm: Die Häufigkeitszahl ${pks.areaOf} lag ${last.year} bei ${num(last.hz, 0)}` +
          (compared && saxonyLast
            ? `; ${compared.year} lag sie bei ${num(compared.hz, 0)}, Sachsen bei ${num(saxonyLast.hz, 0)}`
            : '') +
          `. ${compared?.vsSaxony ? (compared.vsSaxony.notable ? `Der Unterschied zu Sachsen ist deutlich (${compared.vsSaxony.direction === 'hoeher' ? 'höher' : 'niedriger'}).` : 'Der Unterschied zu Sachsen liegt im Rahmen zufälliger Schwankung.') : ''} Striche zeigen 95-%-Konfidenzintervalle.`,
        'trend',
        { yName: 'Fälle je 100.000 Einwohner', series: trendSeries },
        { height: 300 },
      ),
    );
    blocks.push(
      table(
        'tab-hz-verlauf',
        `Straftaten insgesamt: Fälle und Häufigkeitszahl je Jahr (${pks.areaName})`,
        [
          { label: 'Jahr', align: 'left' },
          { label: 'Fälle', align: 'right' },
          { label: 'HZ', align: 'right' },
          { label: '95-%-KI', align: 'right' },
          { label: 'AQ %', align: 'right' },
          { label: 'HZ Sachsen', align: 'right' },
        ],
        total.points.map((p) => {
          const sx = total.saxony?.find((s) => s.year === p.year);
          return [
            v(p.year, String(p.year)),
            v(p.cases, num(p.cases)),
            v(p.hz, num(p.hz, 1)),
            t(`${num(p.hzCiLow, 1)}–${num(p.hzCiHigh, 1)}`),
            v(p.clearanceRate, num(p.clearanceRate, 1)),
            v(sx?.hz ?? null, num(sx?.hz, 1)),
          ];
        }),
        'HZ = Fälle je 100.000 Einwohner; KI = exaktes 95-%-Poisson-Konfidenzintervall; AQ = Aufklärungsquote.',
      ),
    );
  }

  const groups = pks.series.filter((s) => s.key !== '------' && latest(s));
  if (groups.length) {
    const rows = groups.map((s) => {
      const p = latest(s)!;
      return [
        t(s.parentGroupId ? `  ${s.label}` : s.label),
        v(p.year, String(p.year)),
        v(p.cases, num(p.cases)),
        v(p.hz, num(p.hz, 1)),
        ...(() => {
          const c = latestCompared(s);
          return [
            v(
              c?.vsSaxony?.rateRatio ?? null,
              c?.vsSaxony
                ? `${num(c.vsSaxony.rateRatio, 2)}${c.vsSaxony.notable ? ' *' : ''} (${c.year})`
                : '–',
            ),
          ];
        })(),
        t(
          p.changeVsPrevious
            ? `${num((p.changeVsPrevious.rateRatio - 1) * 100, 0)} %${p.changeVsPrevious.notable ? ' *' : ''}`
            : '–',
        ),
      ];
    });
    blocks.push(
      table(
        'tab-deliktsgruppen',
        `Wichtige Deliktsgruppen im letzten Berichtsjahr (${pks.areaName})`,
        [
          { label: 'Deliktsgruppe', align: 'left' },
          { label: 'Jahr', align: 'right' },
          { label: 'Fälle', align: 'right' },
          { label: 'HZ', align: 'right' },
          { label: 'Verhältnis zu Sachsen (Jahr)', align: 'right' },
          { label: 'Veränderung zum Vorjahr', align: 'right' },
        ],
        rows,
        '* = deutlich, d. h. außerhalb zufälliger Schwankung (exakter Ratentest, p < 0,05). Verhältnis 1,00 = gleiche HZ wie Sachsen.',
      ),
    );
    const notableGroups = groups.filter((s) => latestCompared(s)?.vsSaxony?.notable);
    for (const s of notableGroups) {
      const p = latestCompared(s)!;
      b.finding(
        `pks-gruppe-${s.groupId ?? s.key}`,
        `${s.label} (${p.year}): ${p.vsSaxony!.text}`,
        true,
        'exakter Ratentest gegen Sachsen je Deliktsgruppe',
      );
    }
    blocks.push(...notableGroups.map((s) => b.get(`pks-gruppe-${s.groupId ?? s.key}`)!));
    const notes = groups.filter((s) => s.note).map((s) => `${s.label}: ${s.note}`);
    if (notes.length) blocks.push({ kind: 'list', items: notes });
  }
  blocks.push(paragraph('Beim Lesen der Zahlen gilt:'));
  blocks.push({ kind: 'list', items: [...CAVEATS] });
  blocks.push(note(pks.denominator));
  for (const n of pks.notes) blocks.push(note(n));
  return blocks;
}

export type { PksInput };
