import {
  type TGoodPracticeInput,
  type TGoodPracticeSearch,
  ZGoodPracticeInput,
  ZGoodPracticeSearch,
} from '@asskomm/contracts';
import { goodPractices, municipalities } from '@asskomm/db';
import { and, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../auth/authorize';
import type { Actor, CoreContext } from '../../context';
import { AppError } from '../../errors';
import { parseInput } from '../../parse-input';
import { requireMunicipality } from '../municipality-exists';

export type GoodPractice = typeof goodPractices.$inferSelect & { municipalityName: string };

/** LIKE pattern for a user's words: % and _ are matched literally. */
const contains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The library: projects shared by their municipality, searchable by words, topic, target group, setting, evidence. */
export async function searchGoodPractices(
  ctx: CoreContext,
  search: TGoodPracticeSearch,
): Promise<GoodPractice[]> {
  const s = parseInput(ZGoodPracticeSearch, search);
  const where: SQL[] = [eq(goodPractices.shared, true)];
  if (s.q)
    where.push(or(ilike(goodPractices.title, contains(s.q)), ilike(goodPractices.summary, contains(s.q)))!);
  if (s.topic) where.push(ilike(goodPractices.topic, contains(s.topic)));
  if (s.targetGroup) where.push(ilike(goodPractices.targetGroup, contains(s.targetGroup)));
  if (s.setting) where.push(eq(goodPractices.setting, s.setting));
  if (s.evidenceLevel) where.push(eq(goodPractices.evidenceLevel, s.evidenceLevel));
  const rows = await ctx.db
    .select({ p: goodPractices, municipalityName: municipalities.name })
    .from(goodPractices)
    .innerJoin(municipalities, eq(municipalities.ags, goodPractices.ags))
    .where(and(...where))
    .orderBy(desc(goodPractices.evidenceLevel), goodPractices.title)
    .limit(500);
  return rows.map((r) => ({ ...r.p, municipalityName: r.municipalityName }));
}

export async function saveGoodPractice(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
  input: TGoodPracticeInput,
  id?: number,
): Promise<typeof goodPractices.$inferSelect> {
  assertCan(actor, 'knowledge:write', ags);
  await requireMunicipality(ctx, ags);
  const values = parseInput(ZGoodPracticeInput, input);
  return ctx.db.transaction(async (tx) => {
    let row: typeof goodPractices.$inferSelect | undefined;
    if (id == null) {
      [row] = await tx
        .insert(goodPractices)
        .values({ ags, ...values })
        .returning();
    } else {
      [row] = await tx
        .update(goodPractices)
        .set({ ...values, updatedAt: new Date() })
        .where(and(eq(goodPractices.id, id), eq(goodPractices.ags, ags)))
        .returning();
      if (!row) throw new AppError('NOT_FOUND', { userMessage: `Kein Praxisbeispiel ${id} dieser Kommune.` });
    }
    await recordAudit(tx, actor, {
      action: id == null ? 'create' : 'update',
      entity: 'good-practice',
      entityId: row!.id,
      ags,
      detail: { title: values.title, shared: values.shared },
    });
    return row!;
  });
}

/** A municipality's own entries, shared or not. */
export async function listOwnGoodPractices(ctx: CoreContext, actor: Actor, ags: string) {
  assertCan(actor, 'knowledge:write', ags);
  return ctx.db.select().from(goodPractices).where(eq(goodPractices.ags, ags)).orderBy(goodPractices.title);
}
