// Golden tests of the Lagebericht model. The inputs are recorded from the core assembler
// (core/src/reports) for Musterstadt (demo, both survey waves) and Großenhain (no own PKS rows: the
// district stands in); the model and its wording rules are checked against them and against a
// snapshot of the whole model, so every number in the report traces to a test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyReportEdits,
  buildReportModel,
  editableItems,
  type FindingBlock,
  NO_EDITS,
  type ReportInput,
  type ReportModel,
  SECTION_TITLES,
} from '../../src/lagebericht/index.ts';
import { compareToReference, intervalsApart } from '../../src/lagebericht/sections/survey.ts';

const load = (name: string): ReportInput =>
  JSON.parse(readFileSync(new URL(`./fixtures/input-${name}.json`, import.meta.url), 'utf8'));

const findings = (m: ReportModel) =>
  m.sections.flatMap((s) => s.blocks.filter((b): b is FindingBlock => b.kind === 'finding'));
const texts = (m: ReportModel) =>
  m.sections.flatMap((s) =>
    s.blocks.flatMap((b) => ('text' in b ? [b.text] : b.kind === 'list' ? [...b.items] : [])),
  );
const section = (m: ReportModel, id: string) => m.sections.find((s) => s.id === id)!;

describe('Lagebericht model', () => {
  const demo = load('musterstadt');
  const grossenhain = load('grossenhain');

  it('has the nine sections in order, each with content', () => {
    const model = buildReportModel(demo);
    expect(model.sections.map((s) => s.title)).toEqual(Object.values(SECTION_TITLES));
    for (const s of model.sections) expect(s.blocks.length).toBeGreaterThan(0);
  });

  it('is deterministic and matches the golden model (Musterstadt)', async () => {
    const a = buildReportModel(demo);
    expect(buildReportModel(structuredClone(demo))).toEqual(a);
    await expect(JSON.stringify(a, null, 1)).toMatchFileSnapshot('__snapshots__/model-musterstadt.json');
  });

  it('describes Großenhain through Landkreis Meißen and says so (HZ 2022 = 4.325,6)', async () => {
    const model = buildReportModel(grossenhain);
    const all = texts(model).join('\n');
    expect(grossenhain.pks?.scope).toBe('kreis');
    expect(all).toContain('Für Großenhain liegen keine eigenen PKS-Zahlen vor');
    expect(all).toContain('veröffentlichten Zahlen des Landkreises Meißen');
    const hz = findings(model).find((f) => f.id === 'pks-hz')!;
    expect(hz.text).toContain('Kreiszahlen (Landkreis Meißen)');
    expect(hz.text).toContain('Häufigkeitszahl beträgt 4.325,6');
    expect(
      section(model, 'zusammenfassung').blocks.some(
        (b) => 'text' in b && /die des Landkreises Meißen/.test(b.text),
      ),
    ).toBe(true);
    await expect(JSON.stringify(model, null, 1)).toMatchFileSnapshot('__snapshots__/model-grossenhain.json');
  });

  it('degrades gracefully: no survey gives the crime part alone', () => {
    const model = buildReportModel(grossenhain);
    expect(grossenhain.survey).toBeNull();
    expect(section(model, 'sicherheitsempfinden').blocks).toEqual([
      { kind: 'note', text: expect.stringContaining('keine ausgewertete Bürgerbefragung') },
    ]);
    expect(section(model, 'kriminalitaetslage').blocks.some((b) => b.kind === 'chart')).toBe(true);
  });

  it('degrades gracefully: no PKS gives the survey part alone', () => {
    const model = buildReportModel({ ...demo, pks: null });
    expect(section(model, 'kriminalitaetslage').blocks).toEqual([
      { kind: 'note', text: expect.stringContaining('sind PKS-Daten geladen') },
    ]);
    expect(section(model, 'wahrnehmung').blocks[0]).toMatchObject({ kind: 'note' });
    expect(findings(model).some((f) => f.id === 'sf-gesamt')).toBe(true);
    expect(texts(model).join('\n')).toContain('beschränkt sich auf die Befragung');
  });

  it('calls a change between waves notable only when its interval excludes 0', () => {
    const sf = demo.survey!.indicators.find((i) => i.id === 'SF01')!;
    const model = buildReportModel(demo);
    const f = findings(model).find((x) => x.id === 'sf-veraenderung')!;
    expect(f.notable).toBe(sf.change!.ciLow > 0 || sf.change!.ciHigh < 0);
    // The same estimate with an interval spanning 0 must be worded as random variation.
    const flat = structuredClone(demo);
    const c = flat.survey!.indicators.find((i) => i.id === 'SF01')!.change!;
    Object.assign(c, { ciLow: -0.01, ciHigh: 0.05, notable: false });
    const g = findings(buildReportModel(flat)).find((x) => x.id === 'sf-veraenderung')!;
    expect(g.notable).toBe(false);
    expect(g.text).toContain('im Rahmen zufälliger Schwankung');
  });

  it('words a small town cautiously', () => {
    const small = structuredClone(grossenhain);
    small.municipality.population = 1800;
    const model = buildReportModel(small);
    const summary = section(model, 'zusammenfassung').blocks.map((b) => ('text' in b ? b.text : ''));
    expect(summary.join(' ')).toMatch(/einzelne Ausschläge sind keine Trends/);
    expect(
      buildReportModel(grossenhain)
        .sections[0]!.blocks.map((b) => ('text' in b ? b.text : ''))
        .join(' '),
    ).not.toMatch(/keine Trends/);
  });

  it('cites the finding each recommendation rests on', () => {
    const model = buildReportModel(demo);
    const recs = section(model, 'handlungsfelder').blocks.filter((b) => b.kind === 'recommendation');
    expect(recs.length).toBeGreaterThan(0);
    const ids = new Set(findings(model).map((f) => f.id));
    for (const r of recs) expect(ids.has(r.basedOn.id)).toBe(true);
  });

  it('never quotes free text: only theme counts appear', () => {
    const model = buildReportModel(demo);
    const themes = model.sections
      .flatMap((s) => s.blocks)
      .find((b) => b.kind === 'table' && b.id === 'tab-freitext-themen');
    expect(themes?.kind).toBe('table');
    const total = demo.survey!.freeTextThemes.reduce((s, t) => s + t.count, 0);
    expect(total).toBeGreaterThanOrEqual(demo.survey!.freeTextCount);
  });

  it('counts the network remarks by category in section 7, without their texts', () => {
    const blocks = section(buildReportModel(demo), 'wohnumfeld').blocks;
    const table = blocks.find((b) => b.kind === 'table' && b.id === 'tab-hinweise');
    expect(table && table.kind === 'table' && table.caption).toBe(
      'Eingegangene Hinweise nach Kategorie (1. Januar 2025 bis 2. Dezember 2026)',
    );
    if (table?.kind !== 'table') throw new Error('no remarks table');
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Graffiti', '1'],
      ['Vandalismus', '1'],
      ['Vermüllung', '1'],
      ['Beleuchtung', '1'],
      ['Angstraum', '1'],
      ['Zusammen', '5'],
    ]);
    expect(texts(buildReportModel(demo)).join(' ')).toContain('sind 5 Hinweise von Bürgerinnen');
    // None in the period: said in one sentence; not recorded (older inputs): nothing at all.
    const none = buildReportModel({ ...demo, remarks: { ...demo.remarks!, total: 0, byCategory: [] } });
    expect(
      section(none, 'wohnumfeld').blocks.some((b) => b.kind === 'table' && b.id === 'tab-hinweise'),
    ).toBe(false);
    expect(texts(none).join(' ')).toContain('sind keine Hinweise über die Hinweisfunktion');
    const old = buildReportModel(grossenhain);
    expect(texts(old).join(' ')).not.toMatch(/Hinweisfunktion/);
    // Without a survey the remarks still appear.
    const crimeOnly = buildReportModel({ ...demo, survey: null });
    expect(
      section(crimeOnly, 'wohnumfeld').blocks.some((b) => b.kind === 'table' && b.id === 'tab-hinweise'),
    ).toBe(true);
  });

  it('replaces the wording of an edited finding and recommendation only', () => {
    const generated = buildReportModel(demo);
    const rec = section(generated, 'handlungsfelder').blocks.find((b) => b.kind === 'recommendation');
    if (rec?.kind !== 'recommendation') throw new Error('no recommendation');
    const items = editableItems(generated);
    expect(items.findings.map((f) => f.id)).toContain('pks-hz');
    expect(items.findings.some((f) => f.id.startsWith('summary-'))).toBe(false);
    const edited = applyReportEdits(generated, {
      findings: { 'pks-hz': 'Eigener Befund.', [rec.basedOn.id]: 'Eigene Basis.' },
      recommendations: { [rec.id]: 'Eigene Empfehlung.' },
    });
    const hz = findings(edited).filter((f) => f.id === 'pks-hz' || f.id === 'summary-pks-hz');
    expect(hz).toHaveLength(2);
    for (const f of hz) expect(f.text).toBe('Eigener Befund.');
    const editedRec = section(edited, 'handlungsfelder').blocks.find(
      (b) => b.kind === 'recommendation' && b.id === rec.id,
    );
    expect(editedRec).toMatchObject({ text: 'Eigene Empfehlung.', basedOn: { text: 'Eigene Basis.' } });
    // Everything else is untouched.
    const others = (m: ReportModel) =>
      findings(m).filter((f) => !['pks-hz', rec.basedOn.id].includes(f.id.replace(/^summary-/, '')));
    expect(others(edited)).toEqual(others(generated));
    expect(section(edited, 'kriminalitaetslage').blocks.filter((b) => b.kind === 'table')).toEqual(
      section(generated, 'kriminalitaetslage').blocks.filter((b) => b.kind === 'table'),
    );
    expect(applyReportEdits(generated, NO_EDITS)).toBe(generated);
  });

  it('shows the comparison with other municipalities only from three on, without names', () => {
    const withPeers = structuredClone(demo);
    withPeers.survey!.peers = [{ count: 4, indicator: 'SF01', median: 0.2, min: 0.12, max: 0.31 }];
    const model = buildReportModel(withPeers);
    const table = model.sections
      .flatMap((s) => s.blocks)
      .find((b) => b.kind === 'table' && b.id === 'tab-vergleich-kommunen');
    expect(table).toMatchObject({ caption: expect.stringContaining('4 anderen Kommunen') });
    expect(texts(buildReportModel(demo)).join('\n')).toContain('Weniger als drei andere Kommunen');
  });
});

describe('wording rules', () => {
  const e = (estimate: number, ciLow: number, ciHigh: number) => ({
    estimate,
    ciLow,
    ciHigh,
    n: 100,
    small: false,
    suppressed: false,
  });
  it('a reference value is notably different only outside the interval', () => {
    expect(compareToReference(e(0.25, 0.21, 0.29), 0.221)).toBe('im Rahmen');
    expect(compareToReference(e(0.3, 0.26, 0.34), 0.221)).toBe('hoeher');
    expect(compareToReference(e(0.15, 0.12, 0.19), 0.221)).toBe('niedriger');
  });
  it('groups differ only when their intervals do not overlap', () => {
    expect(intervalsApart(e(0.35, 0.29, 0.42), e(0.14, 0.1, 0.19))).toBe(true);
    expect(intervalsApart(e(0.25, 0.19, 0.31), e(0.2, 0.15, 0.26))).toBe(false);
    expect(intervalsApart({ ...e(0.3, 0.2, 0.4), suppressed: true }, e(0.1, 0.05, 0.12))).toBe(false);
  });
});
