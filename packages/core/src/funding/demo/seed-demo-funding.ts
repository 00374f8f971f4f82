import { BECCARIA_STEPS, type FundingStatus, sumCent, type TBeccariaSteps } from '@asskomm/contracts';
import {
  fundingApplications,
  fundingCalls,
  fundingReceipts,
  municipalities,
  preventionProjects,
} from '@asskomm/db';
import { eq, inArray } from 'drizzle-orm';
import type { CoreContext } from '../../context';
import { DEMO_AGS } from '../../platform/demo';

// Synthetic projects and applications so every funding screen shows something after `npm start`: one
// application in every status, in the fictitious demo municipalities (AGS 149999xx/149990xx), plus the
// published example of Großenhain, "Bürger für unsere saubere Stadt" (21.150 € in 2021), whose
// project text here is written for the demo and marked as such. Every row is flagged isDemo.

const GROSSENHAIN = '14627060';

const steps = (topic: string, place: string): TBeccariaSteps =>
  Object.fromEntries(
    BECCARIA_STEPS.map((s) => [
      s,
      {
        problem: `${topic} in ${place} (Demodaten).`,
        ursachen: 'Wenig soziale Kontrolle, fehlende Angebote am Abend (Demodaten).',
        ziele: 'Sicherheitsgefühl und Sauberkeit verbessern; Zielgruppen: Anwohnende, Jugendliche.',
        massnahmen: 'Aktionstage, Öffentlichkeitsarbeit, Begehungen mit Polizei und Ordnungsamt.',
        durchfuehrung: 'Koordination durch das Ordnungsamt, Partner aus Vereinen und Schulen.',
        ueberpruefung: 'Bürgerbefragung vorher und nachher (SF01), Zahl der Hinweise.',
        schlussfolgerungen: 'Bericht an den Präventionsrat und Praxisbeispiel für die Allianz.',
      }[s],
    ]),
  ) as TBeccariaSteps;

interface DemoCase {
  ags: string;
  title: string;
  topic: string;
  year: number;
  status: FundingStatus;
  items: [string, string, number][];
  own: [number, number];
  approvedCent?: number;
  calledCent?: number;
  spentCent?: number;
}

/** One application per status; amounts in cents, plans that keep the 90/10 rules. */
const CASES: DemoCase[] = [
  {
    ags: DEMO_AGS,
    title: 'Sicherer Schulweg',
    topic: 'Unsichere Schulwege',
    year: 2027,
    status: 'entwurf',
    items: [['oeffentlichkeitsarbeit', 'Banner und Flyer', 4_200_00]],
    own: [420_00, 0],
  },
  {
    ags: '14999001',
    title: 'Licht an im Park',
    topic: 'Dunkle Wege im Stadtpark',
    year: 2027,
    status: 'eingereicht',
    items: [
      ['honorare', 'Lichtplanung (Beratung)', 6_000_00],
      ['veranstaltungen', 'Parkspaziergänge', 1_500_00],
    ],
    own: [750_00, 0],
  },
  {
    ags: '14999002',
    title: 'Nachbarn für Nachbarn',
    topic: 'Einbrüche in Wohngebieten',
    year: 2027,
    status: 'in_pruefung',
    items: [
      ['personal', 'Koordination (Teilzeit)', 9_000_00],
      ['oeffentlichkeitsarbeit', 'Infomaterial', 1_000_00],
    ],
    own: [500_00, 500_00],
  },
  {
    ags: '14999004',
    title: 'Graffiti-Wand am Jugendclub',
    topic: 'Illegale Graffiti',
    year: 2026,
    status: 'bewilligt',
    items: [
      ['sachmittel', 'Farben und Material', 3_000_00],
      ['honorare', 'Workshops mit Künstlern', 2_400_00],
    ],
    own: [540_00, 0],
    approvedCent: 4_860_00,
    calledCent: 2_000_00,
  },
  {
    ags: '14999005',
    title: 'Videoüberwachung Markt',
    topic: 'Sachbeschädigung am Markt',
    year: 2026,
    status: 'abgelehnt',
    items: [['honorare', 'Konzept Sicherheitstechnik', 2_000_00]],
    own: [200_00, 0],
  },
  {
    ags: '14999006',
    title: 'Seniorensicherheit',
    topic: 'Betrug an älteren Menschen',
    year: 2026,
    status: 'zurueckgezogen',
    items: [['veranstaltungen', 'Vortragsreihe', 1_800_00]],
    own: [180_00, 0],
  },
  {
    ags: '14999008',
    title: 'Fair im Verein',
    topic: 'Gewalt im Amateurfußball',
    year: 2025,
    status: 'nachweis_eingereicht',
    items: [
      ['honorare', 'Trainerfortbildung', 5_000_00],
      ['oeffentlichkeitsarbeit', 'Kampagne', 1_000_00],
    ],
    own: [600_00, 0],
    approvedCent: 5_400_00,
    calledCent: 5_400_00,
    spentCent: 5_400_00,
  },
  {
    ags: '14999011',
    title: 'Mobil und sicher',
    topic: 'Unsicherheit an Haltestellen',
    year: 2025,
    status: 'rueckforderung',
    items: [['oeffentlichkeitsarbeit', 'Plakate Haltestellen', 3_000_00]],
    own: [300_00, 0],
    approvedCent: 2_700_00,
    calledCent: 2_700_00,
    spentCent: 2_250_00,
  },
  {
    ags: DEMO_AGS,
    title: 'Präventionstag Musterstadt',
    topic: 'Wenig Wissen über Prävention',
    year: 2024,
    status: 'abgeschlossen',
    items: [
      ['veranstaltungen', 'Präventionstag', 7_000_00],
      ['oeffentlichkeitsarbeit', 'Programmheft', 1_000_00],
    ],
    own: [400_00, 400_00],
    approvedCent: 7_200_00,
    calledCent: 7_200_00,
    spentCent: 7_200_00,
  },
];

const GROSSENHAIN_CASE: DemoCase = {
  ags: GROSSENHAIN,
  title: 'Bürger für unsere saubere Stadt',
  topic: 'Vermüllung und Graffiti',
  year: 2021,
  status: 'abgeschlossen',
  items: [
    ['oeffentlichkeitsarbeit', 'Kampagne: Plakate, Flyer, Aufkleber', 16_500_00],
    ['veranstaltungen', 'Aktionstage „Saubere Stadt“', 4_000_00],
    ['sachmittel', 'Reinigungsmaterial für Aktionstage', 3_000_00],
  ],
  own: [1_350_00, 1_000_00],
  approvedCent: 21_150_00,
  calledCent: 21_150_00,
  spentCent: 21_150_00,
};

const dates = (year: number) => ({
  submittedOn: `${year - 1}-09-20`,
  reviewStartedOn: `${year - 1}-10-20`,
  decidedOn: `${year - 1}-12-01`,
  calledOn: `${year}-03-01`,
  interimReportOn: `${year + 1}-04-15`,
  proofSubmittedOn: `${year + 1}-06-30`,
});

const AFTER_SUBMIT: FundingStatus[] = [
  'eingereicht',
  'in_pruefung',
  'bewilligt',
  'abgelehnt',
  'nachweis_eingereicht',
  'rueckforderung',
  'abgeschlossen',
];
const AFTER_REVIEW: FundingStatus[] = [
  'in_pruefung',
  'bewilligt',
  'abgelehnt',
  'nachweis_eingereicht',
  'rueckforderung',
  'abgeschlossen',
];
const AFTER_PROOF: FundingStatus[] = ['nachweis_eingereicht', 'rueckforderung', 'abgeschlossen'];

export async function seedDemoFunding(ctx: CoreContext): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [done] = await tx
      .select({ id: preventionProjects.id })
      .from(preventionProjects)
      .where(eq(preventionProjects.isDemo, true))
      .limit(1);
    if (done) return;
    const known = await tx
      .select({ ags: municipalities.ags, name: municipalities.name })
      .from(municipalities)
      .where(inArray(municipalities.ags, [...new Set([...CASES, GROSSENHAIN_CASE].map((c) => c.ags))]));
    const name = new Map(
      known.map((m) => [m.ags, m.name.replace(/\s*\(Demodaten\)$/, '').replace(/,.*$/, '')]),
    );
    for (const c of [...CASES, GROSSENHAIN_CASE]) {
      // Großenhain exists only once the reference data is loaded; the demo municipalities always do.
      if (!name.has(c.ags)) continue;
      const [project] = await tx
        .insert(preventionProjects)
        .values({
          ags: c.ags,
          title: c.title,
          status:
            c.status === 'abgeschlossen' || c.status === 'rueckforderung'
              ? 'abgeschlossen'
              : c.status === 'entwurf'
                ? 'planung'
                : 'laufend',
          startsOn: `${c.year}-03-01`,
          endsOn: `${c.year}-11-30`,
          steps: steps(c.topic, name.get(c.ags)!),
          targetGroups: ['Anwohnende', 'Jugendliche'],
          partners: ['Polizeirevier', 'Ordnungsamt', 'Vereine'],
          materials:
            c.ags === GROSSENHAIN
              ? [{ title: 'Plakat „Bürger für unsere saubere Stadt“', kind: 'Druck', quantity: 300 }]
              : [],
          milestones: [
            {
              title: 'Auftakt',
              dueOn: `${c.year}-03-01`,
              doneOn: c.status === 'entwurf' ? null : `${c.year}-03-01`,
            },
          ],
          isDemo: true,
        })
        .returning({ id: preventionProjects.id });
      const totalCost = sumCent(c.items.map((i) => i[2]));
      const own = sumCent(c.own);
      const d = dates(c.year);
      const submitted = AFTER_SUBMIT.includes(c.status);
      const [app] = await tx
        .insert(fundingApplications)
        .values({
          projectId: project!.id,
          ags: c.ags,
          fundingYear: c.year,
          status: c.status === 'zurueckgezogen' ? 'zurueckgezogen' : c.status,
          costItems: c.items.map(([category, description, amountCent]) => ({
            category,
            description,
            amountCent,
          })),
          financing: {
            ownCashCent: c.own[0],
            ownInKindCent: c.own[1],
            thirdPartyCent: 0,
            requestedCent: totalCost - own,
          },
          totalCostCent: totalCost,
          requestedCent: totalCost - own,
          submittedOn: submitted || c.status === 'zurueckgezogen' ? d.submittedOn : null,
          reviewStartedOn: AFTER_REVIEW.includes(c.status) ? d.reviewStartedOn : null,
          approvedCent: c.approvedCent ?? null,
          decidedOn: c.approvedCent != null || c.status === 'abgelehnt' ? d.decidedOn : null,
          conditions:
            c.approvedCent != null
              ? 'Hinweis auf die Förderung durch den Freistaat Sachsen auf allen Materialien.'
              : '',
          rejectionReason:
            c.status === 'abgelehnt'
              ? 'Investive Ausgaben (Kameratechnik) sind nach der RL KommPräv nicht förderfähig.'
              : '',
          interimReport: AFTER_PROOF.includes(c.status) ? 'Maßnahmen laufen planmäßig (Demodaten).' : null,
          interimReportOn: AFTER_PROOF.includes(c.status) ? d.interimReportOn : null,
          proofReport: AFTER_PROOF.includes(c.status) ? 'Alle Maßnahmen wurden umgesetzt (Demodaten).' : '',
          proofSubmittedOn: AFTER_PROOF.includes(c.status) ? d.proofSubmittedOn : null,
          spentCent: c.spentCent ?? null,
          repaymentCent:
            AFTER_PROOF.includes(c.status) && c.status !== 'nachweis_eingereicht'
              ? (c.calledCent ?? 0) - (c.spentCent ?? 0)
              : null,
          closedOn: c.status === 'abgeschlossen' ? `${c.year + 1}-09-01` : null,
          isDemo: true,
        })
        .returning({ id: fundingApplications.id });
      if (c.calledCent)
        await tx
          .insert(fundingCalls)
          .values({ applicationId: app!.id, calledOn: d.calledOn, amountCent: c.calledCent });
      if (c.spentCent)
        await tx.insert(fundingReceipts).values({
          applicationId: app!.id,
          paidOn: `${c.year}-06-15`,
          payee: 'Beispiel GmbH (Demodaten)',
          purpose: c.items[0]![1],
          amountCent: c.spentCent,
        });
    }
  });
}
