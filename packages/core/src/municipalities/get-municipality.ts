import type { MembershipStatus } from '@asskomm/contracts';
import { districts, type MunicipalityContact, municipalities } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { can } from '../auth/authorize';
import type { Actor, CoreContext } from '../context';
import { AppError } from '../errors';

export interface MunicipalityDetail {
  ags: string;
  ars: string | null;
  name: string;
  gemeindetyp: string;
  kreisSchluessel: string;
  kreisName: string;
  gemeindeverbandName: string | null;
  plz: string | null;
  population: number | null;
  populationMale: number | null;
  populationFemale: number | null;
  areaKm2: number | null;
  density: number | null;
  populationDate: string | null;
  isDemo: boolean;
  membership: {
    status: MembershipStatus;
    since: string | null;
    until: string | null;
    agreementDate: string | null;
    isModelMunicipality: boolean;
  };
  preventionCouncil: { exists: boolean; name: string | null; foundedOn: string | null };
  /** Internal data: only for accounts with municipality:read-internal for this AGS; otherwise null. */
  contacts: MunicipalityContact[] | null;
}

export async function getMunicipality(
  ctx: CoreContext,
  actor: Actor,
  ags: string,
): Promise<MunicipalityDetail> {
  const [row] = await ctx.db
    .select({ m: municipalities, kreisName: districts.name })
    .from(municipalities)
    .innerJoin(districts, eq(districts.kreisSchluessel, municipalities.kreisSchluessel))
    .where(eq(municipalities.ags, ags));
  if (!row) throw new AppError('NOT_FOUND', { userMessage: `Keine Kommune mit der AGS ${ags}.` });
  const m = row.m;
  return {
    ags: m.ags,
    ars: m.ars,
    name: m.name,
    gemeindetyp: m.gemeindetyp,
    kreisSchluessel: m.kreisSchluessel,
    kreisName: row.kreisName,
    gemeindeverbandName: m.gemeindeverbandName,
    plz: m.plz,
    population: m.population,
    populationMale: m.populationMale,
    populationFemale: m.populationFemale,
    areaKm2: m.areaKm2,
    density: m.population != null && m.areaKm2 ? Math.round((m.population / m.areaKm2) * 10) / 10 : null,
    populationDate: m.populationDate,
    isDemo: m.isDemo,
    membership: {
      status: m.membershipStatus,
      since: m.membershipSince,
      until: m.membershipUntil,
      agreementDate: m.agreementDate,
      isModelMunicipality: m.isModelMunicipality,
    },
    preventionCouncil: {
      exists: m.preventionCouncilName != null,
      name: m.preventionCouncilName,
      foundedOn: m.preventionCouncilFoundedOn,
    },
    contacts: can(actor, 'municipality:read-internal', m.ags) ? m.contacts : null,
  };
}
