import {
  coachingEngagements,
  consultations,
  cooperationAgreements,
  councilMeetings,
  councilMembers,
  goodPractices,
  municipalities,
  networkEvents,
  preventionCouncils,
  remarks,
} from '@asskomm/db';
import { eq } from 'drizzle-orm';
import type { CoreContext } from '../../context';
import { DEMO_AGS, DEMO_KREIS } from '../../platform/demo';

// Synthetic network data so every network screen shows something after `npm start`: Musterstadt plus a
// dozen fictitious member municipalities in the fictitious Musterkreis (AGS 149990xx, never a real key).
// Every name is invented and marked "(Demodaten)"; every person is fictitious.

const DEMO_MEMBERS = [
  ['14999001', 'Auenthal', 2019, true, true],
  ['14999002', 'Birkenhain', 2019, false, true],
  ['14999003', 'Dornbach', 2020, false, false],
  ['14999004', 'Eichwalde am See', 2020, true, true],
  ['14999005', 'Falkenried', 2021, false, false],
  ['14999006', 'Grünau', 2021, false, true],
  ['14999007', 'Hollerbrunn', 2022, false, false],
  ['14999008', 'Immenstein', 2022, false, true],
  ['14999009', 'Kieselbach', 2023, false, false],
  ['14999010', 'Lindenau-Ost', 2023, false, false],
  ['14999011', 'Mühlgrund', 2024, false, true],
  ['14999012', 'Neuwiesen', 2025, false, false],
] as const;

async function seedMemberMunicipalities(ctx: CoreContext): Promise<void> {
  await ctx.db
    .insert(municipalities)
    .values(
      DEMO_MEMBERS.map(([ags, name, year, model, council], i) => ({
        ags,
        name: `${name} (Demodaten)`,
        gemeindetyp: i % 3 === 0 ? 'Stadt' : 'Gemeinde',
        kreisSchluessel: DEMO_KREIS,
        population: 2_400 + i * 1_370,
        areaKm2: 18 + i * 3.5,
        isDemo: true,
        membershipStatus: 'mitglied' as const,
        membershipSince: `${year}-0${(i % 9) + 1}-15`,
        agreementDate: `${year}-0${(i % 9) + 1}-01`,
        isModelMunicipality: model,
        preventionCouncilName: council ? `Präventionsrat ${name}` : null,
        preventionCouncilFoundedOn: council ? `${year + 1}-03-01` : null,
      })),
    )
    .onConflictDoNothing();
  await ctx.db
    .insert(preventionCouncils)
    .values(
      DEMO_MEMBERS.filter((m) => m[4]).map(([ags, name, year]) => ({
        ags,
        name: `Präventionsrat ${name}`,
        foundedOn: `${year + 1}-03-01`,
      })),
    )
    .onConflictDoNothing();
  await ctx.db.insert(coachingEngagements).values(
    DEMO_MEMBERS.filter((_, i) => i % 2 === 0).map(([ags, , year], i) => ({
      ags,
      coachName: i % 2 === 0 ? 'Coach A (fiktiv)' : 'Coach B (fiktiv)',
      year: Math.min(year + 1, 2026),
      topic: i % 3 === 0 ? 'Sicherheitsanalyse' : 'Gründung eines Präventionsrats',
      hours: 16 + i * 4,
    })),
  );
}

async function seedMusterstadt(ctx: CoreContext): Promise<void> {
  await ctx.db.insert(consultations).values([
    {
      ags: DEMO_AGS,
      heldOn: '2020-11-12',
      advisor: 'Geschäftsstelle LPR (fiktiv)',
      topic: 'Erstberatung: Beitritt zur Allianz',
      notes: 'Interesse an Sicherheitsanalyse und Präventionsrat.',
      followUps: [{ text: 'Entwurf der Kooperationsvereinbarung senden', dueOn: '2020-12-15', done: true }],
    },
    {
      ags: DEMO_AGS,
      heldOn: '2025-02-20',
      advisor: 'Geschäftsstelle LPR (fiktiv)',
      topic: 'Fördermittel RL KommPräv',
      notes: 'Antrag für eine Kampagne gegen Graffiti besprochen.',
      followUps: [{ text: 'Kosten- und Finanzierungsplan prüfen', dueOn: '2025-09-30', done: false }],
    },
  ]);
  await ctx.db.insert(cooperationAgreements).values({
    ags: DEMO_AGS,
    signedOn: '2021-02-15',
    parties: [
      'Musterstadt (Demodaten)',
      'Polizeidirektion Musterkreis (fiktiv)',
      'Landespräventionsrat Sachsen',
    ],
    goals:
      'Sicherheitsanalyse mit Bürgerbefragung; Gründung eines Kriminalpräventiven Rates; Projekte gegen Vandalismus.',
  });
  await ctx.db.insert(coachingEngagements).values({
    ags: DEMO_AGS,
    coachName: 'Coach A (fiktiv)',
    year: 2025,
    topic: 'Sicherheitsanalyse und Handlungskonzept',
    hours: 36,
    milestones: [
      { title: 'Auftaktgespräch', dueOn: '2025-03-01', doneOn: '2025-02-27' },
      { title: 'Bürgerbefragung im Feld', dueOn: '2025-06-30', doneOn: '2025-06-24' },
      { title: 'Lagebericht im Rat vorgestellt', dueOn: '2025-11-30', doneOn: null },
    ],
  });
  const [council] = await ctx.db
    .insert(preventionCouncils)
    .values({ ags: DEMO_AGS, name: 'Kriminalpräventiver Rat Musterstadt', foundedOn: '2021-09-20' })
    .onConflictDoUpdate({
      target: preventionCouncils.ags,
      set: { name: 'Kriminalpräventiver Rat Musterstadt' },
    })
    .returning();
  await ctx.db.insert(councilMembers).values(
    (
      [
        ['Bürgermeisterin M. Muster', 'Stadtverwaltung', 'Verwaltung'],
        ['K. Polizist', 'Polizeirevier Musterstadt', 'Polizei'],
        ['O. Ordnung', 'Ordnungsamt', 'Ordnungsamt'],
        ['S. Schule', 'Oberschule am Markt', 'Schule'],
        ['J. Jugend', 'Jugendhaus Musterstadt e. V.', 'Jugendhilfe'],
        ['V. Verein', 'Bürgerverein Altstadt', 'Vereine'],
        ['B. Bürgerin', '', 'Bürger·innen'],
      ] as const
    ).map(([name, organisation, role]) => ({
      councilId: council!.id,
      name: `${name} (fiktiv)`,
      organisation,
      role,
    })),
  );
  await ctx.db.insert(councilMeetings).values([
    {
      councilId: council!.id,
      heldOn: '2025-05-14',
      agenda: '1. Ergebnisse der Bürgerbefragung\n2. Angsträume am Bahnhof\n3. Graffiti in der Altstadt',
      minutes: 'Die Befragung zeigt geringe Kriminalitätsfurcht, aber Angsträume am Bahnhof.',
      decisions: [
        'Begehung des Bahnhofsumfelds mit Polizei und Ordnungsamt',
        'Antrag auf Fördermittel für eine Sauberkeitskampagne',
      ],
      tasks: [
        { text: 'Begehung organisieren', owner: 'Ordnungsamt', dueOn: '2025-06-30', done: true },
        { text: 'Förderantrag vorbereiten', owner: 'Stadtverwaltung', dueOn: '2025-10-15', done: false },
      ],
    },
  ]);
  await ctx.db.insert(goodPractices).values({
    ags: DEMO_AGS,
    title: 'Saubere Altstadt (Demodaten)',
    summary: 'Schulen, Vereine und Ordnungsamt entfernen gemeinsam Graffiti; legale Flächen für Sprayer.',
    topic: 'Graffiti und Vandalismus',
    targetGroup: 'Jugendliche, Anwohner',
    setting: 'Nachbarschaft/Kommune',
    evidenceLevel: 1,
    contact: 'Ordnungsamt Musterstadt',
    shared: true,
  });
  await ctx.db.insert(networkEvents).values({
    title: 'Netzwerktreffen der Allianz (Demodaten)',
    startsAt: new Date('2027-03-18T10:00:00+01:00'),
    place: 'Musterstadt, Rathaus',
    description: 'Austausch der Mitgliedskommunen: Ergebnisse der Sicherheitsanalysen.',
    capacity: 40,
    registrationUntil: '2027-03-04',
  });
  const remarkRows = [
    ['graffiti', 'Schmierereien an der Unterführung zum Bahnhof.', 'Bahnhofstraße', 'erledigt', true],
    [
      'beleuchtung',
      'Zwei Laternen im Stadtpark sind seit Wochen dunkel.',
      'Stadtpark',
      'in_bearbeitung',
      true,
    ],
    [
      'angstraum',
      'Der Weg hinter dem Einkaufszentrum ist abends unheimlich.',
      'Am Einkaufszentrum',
      'eingegangen',
      false,
    ],
    ['vermuellung', 'Sperrmüll am Glascontainer in der Gartenstraße.', 'Gartenstraße', 'erledigt', true],
    ['vandalismus', 'Bank am Spielplatz Lindenweg beschädigt.', 'Lindenweg', 'abgelehnt', true],
  ] as const;
  await ctx.db.insert(remarks).values(
    remarkRows.map(([category, description, addressString, status, published], i) => ({
      publicId: `2025-DEMOHW${i + 2}`,
      token: `demo-token-${i}-musterstadt-remark`,
      ags: DEMO_AGS,
      category,
      description,
      addressString,
      agencyResponsible: category === 'beleuchtung' ? 'Bauamt (Straßenbeleuchtung)' : 'Ordnungsamt',
      status,
      statusNote:
        status === 'abgelehnt'
          ? 'Die Bank gehört einem privaten Eigentümer; wir haben ihn informiert.'
          : status === 'erledigt'
            ? 'Erledigt.'
            : null,
      published,
      requestedAt: new Date(Date.UTC(2025, 3 + i, 10)),
      updatedAt: new Date(Date.UTC(2025, 3 + i, 20)),
    })),
  );
}

/**
 * Idempotent: runs once, recognised by Musterstadt's first consultation. Musterstadt's row is locked
 * first, so two instances starting at once seed it once.
 */
export async function seedDemoNetwork(ctx: CoreContext): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await tx
      .select({ ags: municipalities.ags })
      .from(municipalities)
      .where(eq(municipalities.ags, DEMO_AGS))
      .for('update');
    const [done] = await tx
      .select({ id: consultations.id })
      .from(consultations)
      .where(eq(consultations.ags, DEMO_AGS))
      .limit(1);
    if (done) return;
    const inTransaction = { ...ctx, db: tx as unknown as CoreContext['db'] };
    await seedMemberMunicipalities(inTransaction);
    await seedMusterstadt(inTransaction);
  });
}
