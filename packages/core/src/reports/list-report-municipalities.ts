import { sql } from 'drizzle-orm';
import type { CoreContext } from '../context.ts';

/** Municipalities with data of their own for a report: own PKS rows or an evaluated survey wave. */
export async function listReportMunicipalities(ctx: CoreContext): Promise<{ ags: string; name: string }[]> {
  const result = await ctx.db.execute(sql`
    select m.ags, m.name from municipalities m
    where exists (select 1 from pks_facts f where f.ags = m.ags and f.area_kind = 'gemeinde')
       or exists (select 1 from survey_waves w where w.ags = m.ags and w.status = 'ausgewertet'
                  and exists (select 1 from survey_responses r where r.wave_id = w.id))
    order by m.ags`);
  return (result as unknown as { rows: { ags: string; name: string }[] }).rows;
}
