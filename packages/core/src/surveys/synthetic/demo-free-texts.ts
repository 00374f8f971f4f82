/**
 * Invented free-text answers for the demo wave. Some contain fake contact data to show the masking:
 * phone numbers from the ranges the Bundesnetzagentur keeps free for films and books ("Drama Numbers",
 * e.g. (0)30 23125 000–999 and 0152 28817386; Amtsblatt 7/2021, Mitteilung 148/2021, reported by
 * https://www.teltarif.de/drama-rufnummern-fiktiv-bundesnetzagentur-filme/news/84487.html), e-mail
 * addresses under example.org (RFC 2606) and obviously invented names. One text holds HTML to show that
 * free text is escaped on output.
 */
export const DEMO_PLACE_TEXTS: readonly string[] = [
  'Der Bahnhofsvorplatz ist abends schlecht beleuchtet, dort stehen oft Gruppen herum.',
  'Die Unterführung an der Bahnhofstraße: dunkel, verdreckt, und man sieht nicht, wer entgegenkommt.',
  'Im Stadtpark fühle ich mich nach 20 Uhr nicht mehr wohl.',
  'Parkhaus Altstadt, vor allem das untere Deck.',
  'Am Busbahnhof wird nachts getrunken und gepöbelt. Herr Mustermann vom Kiosk kann das bestätigen.',
  'Der Weg vom Ortsteil Heide zum Bahnhof ist nicht beleuchtet.',
  'Rufen Sie mich gern an, 030 23125 456, dann zeige ich Ihnen die Stellen.',
  'Der Spielplatz hinter der Schule, dort liegen abends Scherben.',
];

export const DEMO_MEASURE_TEXTS: readonly string[] = [
  'Mehr Licht am Bahnhof und öfter Streife, das würde schon viel helfen.',
  'Bitte die Hecken im Stadtpark schneiden, man sieht nichts.',
  'Ein Treffpunkt für Jugendliche wäre besser, als sie zu vertreiben.',
  'Ich habe Ideen für die Nachbarschaftshilfe, schreiben Sie mir: erika.musterfrau@example.org',
  'Frau Beispiel aus der Südvorstadt organisiert schon Nachbarschaftstreffen, das sollte die Stadt unterstützen. Tel. 0152 28817386',
  'Die Polizei ist hier kaum zu sehen.',
  'Mehr Kontrollen <b>jetzt</b> & nicht erst nach der Wahl!',
  'Der Ordnungsdienst sollte auch am Wochenende unterwegs sein.',
];
