import { FUNDING_STATUSES } from '@asskomm/contracts';
import { fundingApplications, preventionProjects } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND, createTestPlatform } from '../../../../test/helpers/test-platform';
import type { CoreContext } from '../../src/context';
import { seedDemoFunding } from '../../src/funding/demo/seed-demo-funding';
import { approvedFundingCentByYear } from '../../src/funding/index';

// The demo (seeded at start with the reference data): one application in every status, and Großenhain's
// "Bürger für unsere saubere Stadt" with 21.150 € approved for 2021, every row marked as demo.
describe(`funding demo (${BACKEND})`, () => {
  let ctx: CoreContext;
  beforeAll(async () => {
    ctx = await createTestPlatform();
  });
  afterAll(async () => {
    await ctx?.database.close();
  });

  it('seeds Großenhain’s example and every status, marked as demo, once', async () => {
    const [example] = await ctx.db
      .select({ project: preventionProjects, app: fundingApplications })
      .from(preventionProjects)
      .innerJoin(fundingApplications, eq(fundingApplications.projectId, preventionProjects.id))
      .where(eq(preventionProjects.ags, '14627060'));
    expect(example?.project).toMatchObject({ title: 'Bürger für unsere saubere Stadt', isDemo: true });
    expect(example?.app).toMatchObject({ fundingYear: 2021, approvedCent: 2_115_000, isDemo: true });
    expect(
      (await approvedFundingCentByYear(ctx, { includeDemo: true })).find((y) => y.year === 2021)
        ?.approvedCent,
    ).toBe(2_115_000);
    // Public figures leave demo data out.
    expect(await approvedFundingCentByYear(ctx)).toEqual([]);

    const apps = await ctx.db.select().from(fundingApplications);
    expect(new Set(apps.map((a) => a.status))).toEqual(new Set(FUNDING_STATUSES));
    expect(apps.every((a) => a.isDemo)).toBe(true);
    await seedDemoFunding(ctx);
    expect((await ctx.db.select().from(fundingApplications)).length).toBe(apps.length);
  });
});
