// The Lagebericht assembler on a platform prepared as `npm start` does: Musterstadt with both demo
// waves (trends), Großenhain through its district (reference data in data/reference), provenance for
// byte-identical regeneration, and the list for `lagebericht --all`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND, createTestPlatform } from '../../../../test/helpers/test-platform';
import { type CoreContext, DEMO_AGS, SYSTEM_ACTOR } from '../../src/index.ts';
import { createLagebericht, gatherReportInput, listReportMunicipalities } from '../../src/reports/index.ts';

describe(`Lagebericht inputs (${BACKEND})`, () => {
  let ctx: CoreContext;
  // Seeding two demo waves (raking, ~900 responses) takes long on a busy machine.
  beforeAll(async () => {
    ctx = await createTestPlatform();
  }, 300_000);
  afterAll(async () => {
    await ctx?.database.close();
  });

  it('gathers Musterstadt: own PKS, the 2026 wave and the change against 2023', async () => {
    const input = await gatherReportInput(ctx, SYSTEM_ACTOR, { ags: DEMO_AGS, reportDate: '2026-12-02' });
    expect(input.pks?.scope).toBe('gemeinde');
    expect(input.survey?.title).toBe('Bürgerbefragung Sicherheit 2026');
    expect(input.survey?.earlierWave?.title).toBe('Bürgerbefragung Sicherheit 2023');
    const sf = input.survey!.indicators.find((i) => i.id === 'SF01')!;
    expect(sf.overall.estimate).toBeGreaterThan(0);
    expect(sf.overall.ciLow!).toBeLessThan(sf.overall.estimate!);
    expect(sf.bySex.map((g) => g.label)).toEqual(['Männlich', 'Weiblich']);
    expect(sf.byDistrict).toHaveLength(5);
    // The earlier wave was generated with less fear: the share of unsafe rose.
    expect(sf.change!.difference).toBeGreaterThan(0);
    expect(sf.change!.difference).toBeCloseTo(sf.overall.estimate! - sf.change!.earlier.estimate!, 12);
    expect(input.provenance).toMatchObject({
      waveId: input.survey!.waveId,
      earlierWaveId: input.survey!.earlierWave!.id,
      reportDate: '2026-12-02',
    });
    expect(input.provenance.dataHash).toMatch(/^[0-9a-f]{64}$/);
    expect(input.provenance.pksYears.length).toBeGreaterThan(5);
    // Same data, same hash.
    const again = await gatherReportInput(ctx, SYSTEM_ACTOR, { ags: DEMO_AGS, reportDate: '2026-12-02' });
    expect(again.provenance.dataHash).toBe(input.provenance.dataHash);
  });

  it('builds the model with all nine sections and lists Musterstadt for --all', async () => {
    const { model } = await createLagebericht(ctx, SYSTEM_ACTOR, { ags: DEMO_AGS, reportDate: '2026-12-02' });
    expect(model.sections).toHaveLength(9);
    expect((await listReportMunicipalities(ctx)).map((m) => m.ags)).toContain(DEMO_AGS);
  });

  it('rejects a wave of another municipality', async () => {
    await expect(gatherReportInput(ctx, SYSTEM_ACTOR, { ags: '14627060', waveId: 1 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('describes Großenhain through Landkreis Meißen (HZ 2022 = 4.325,6)', async () => {
    const input = await gatherReportInput(ctx, SYSTEM_ACTOR, { ags: '14627060', reportDate: '2026-12-02' });
    expect(input.pks).toMatchObject({ scope: 'kreis', areaName: 'Landkreis Meißen' });
    const total = input.pks!.series.find((s) => s.key === '------')!;
    const p2022 = total.points.find((p) => p.year === 2022)!;
    expect(p2022.hz!.toFixed(1)).toBe('4325.6');
    expect(input.survey).toBeNull();
    expect(input.map?.areas.find((a) => a.highlight)?.id).toBe('14627060');
  });
});
