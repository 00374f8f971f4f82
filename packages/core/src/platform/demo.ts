import type { districts, municipalities } from '@asskomm/db';

/**
 * The fictitious demo municipality. AGS 14999999 and Kreis 14999 do not exist in Saxony
 * (real Kreis keys are 14511–14730), so demo data can never be mistaken for, or collide with, real data.
 */
export const DEMO_AGS = '14999999';
export const DEMO_KREIS = '14999';
export const DEMO_NAME = 'Musterstadt (Demodaten)';

export const DEMO_DISTRICT = {
  kreisSchluessel: DEMO_KREIS,
  name: 'Musterkreis (Demodaten)',
  kreisTyp: 'Landkreis',
  verwaltungssitz: 'Musterstadt',
  municipalityCount: 1,
  areaKm2: 48.3,
  population: 24_870,
  populationMale: 12_190,
  populationFemale: 12_680,
  isDemo: true,
} satisfies typeof districts.$inferInsert;

export const DEMO_MUNICIPALITY = {
  ags: DEMO_AGS,
  ars: '149990000999',
  name: DEMO_NAME,
  gemeindetyp: 'Stadt',
  kreisSchluessel: DEMO_KREIS,
  gemeindeverbandName: 'Musterstadt (Demodaten)',
  plz: '09999',
  areaKm2: 48.3,
  population: 24_870,
  populationMale: 12_190,
  populationFemale: 12_680,
  populationDate: '2024-12-31',
  isDemo: true,
  membershipStatus: 'mitglied',
  membershipSince: '2021-03-01',
  agreementDate: '2021-02-15',
  preventionCouncilName: 'Kriminalpräventiver Rat Musterstadt',
  preventionCouncilFoundedOn: '2021-09-20',
  contacts: [
    {
      name: 'Erika Beispiel',
      role: 'Präventionsbeauftragte (fiktiv)',
      email: 'praevention@musterstadt.example',
      phone: null,
    },
  ],
} satisfies typeof municipalities.$inferInsert;
