export interface ModuleInfo {
  path: string;
  label: string;
  /** Paths (prefixes) that belong to the module, for the active state in the navigation. */
  prefixes: string[];
  ready: boolean;
  /** What the module will offer (shown while it is "in Vorbereitung" and on the start page). */
  description: string;
}

export const modules: ModuleInfo[] = [
  {
    path: '/kommunen',
    label: 'Kommunen',
    prefixes: ['/kommunen', '/karte'],
    ready: true,
    description:
      'Alle 418 sächsischen Kommunen mit Eckdaten, ASSKomm-Mitgliedschaft, Präventionsrat und Ansprechpersonen – als Liste und als Karte.',
  },
  {
    path: '/kriminalstatistik',
    label: 'Kriminalstatistik',
    prefixes: ['/kriminalstatistik'],
    ready: true,
    description:
      'Die Polizeiliche Kriminalstatistik (PKS) Ihrer Kommune, der Kreise und Sachsens: Fallzahlen und Häufigkeitszahlen je 100.000 Einwohner mit Unsicherheit, Entwicklung über die Jahre, Vergleich mit Kreis und Sachsen, Karte und Import.',
  },
  {
    path: '/befragungen',
    label: 'Befragungen',
    prefixes: ['/befragungen'],
    ready: true,
    description:
      'Bürgerbefragungen zur Sicherheit: Fragebogen, Stichprobe, Zugangscodes und Anschreiben, Rücklauf, Papierbögen und die gewichtete Auswertung.',
  },
  {
    path: '/lageberichte',
    label: 'Lageberichte',
    prefixes: ['/lageberichte'],
    ready: true,
    description:
      'Der kommunale Lagebericht aus Kriminalstatistik und Befragung: Entwurf mit bearbeitbaren Befunden und Empfehlungen, veröffentlichte Versionen als barrierearmes PDF, Word-Dokument, Webseite und Datenanhang.',
  },
  {
    path: '/netzwerk',
    label: 'Netzwerk',
    prefixes: ['/netzwerk'],
    ready: true,
    description:
      'Mitgliedschaften und Kooperationsvereinbarungen, Beratungen und Coaching, Kommunale Präventionsräte mit Sitzungen und offenen Hinweisen sowie der Wissensaustausch: Praxisbeispiele, Dokumente, Veranstaltungen.',
  },
  {
    path: '/foerderung',
    label: 'Projekte & Förderung',
    prefixes: ['/foerderung', '/projekte'],
    ready: true,
    description:
      'Präventionsprojekte nach den Beccaria-Standards und Förderanträge nach der Richtlinie Kommunale Prävention (RL KommPräv): vom Antrag über Bewilligung und Mittelabruf bis zum Verwendungsnachweis.',
  },
  {
    path: '/qualifizierung',
    label: 'Qualifizierung',
    prefixes: ['/qualifizierung'],
    ready: true,
    description:
      'Die Beccaria-Qualifizierung „Fachkraft für Kriminalprävention“ und der Studiengang Präventionsmanagement: Durchgänge, Anmeldungen mit Warteliste, Anwesenheit und Zertifikate.',
  },
  {
    path: '/kennzahlen',
    label: 'Kennzahlen',
    prefixes: ['/kennzahlen'],
    ready: true,
    description:
      'Zahlen, Daten, Fakten der Allianz aus den Daten der Plattform: beratene und gecoachte Kommunen, Kooperationsvereinbarungen, Präventionsräte, Fördermittel, Fachkräfte und Sicherheitsanalysen – mit den Einträgen dahinter.',
  },
];

export function activeModule(pathname: string): ModuleInfo | undefined {
  return modules.find((module) =>
    module.prefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`)),
  );
}
