/**
 * Free texts summarised as counts by theme (keyword lists), so the report never quotes a respondent.
 * A text can name several themes; texts matching none count as "Sonstiges".
 */
export const FREE_TEXT_THEMES: readonly { theme: string; pattern: RegExp }[] = [
  { theme: 'Beleuchtung, Dunkelheit', pattern: /licht|beleucht|dunkel|lampe|laterne/i },
  { theme: 'Bahnhof, Haltestellen, Nahverkehr', pattern: /bahnhof|haltestelle|bus|bahn|tram|unterführung/i },
  { theme: 'Parks und Grünanlagen', pattern: /park|grün|wiese|spielplatz/i },
  { theme: 'Jugendliche, Gruppen', pattern: /jugend|gruppe|clique|junge/i },
  { theme: 'Alkohol, Drogen', pattern: /alkohol|betrunken|drogen|dealer|trinker/i },
  {
    theme: 'Polizei, Ordnungsamt, Kontrollen',
    pattern: /polizei|ordnungs|streife|kontroll|präsenz|video|kamera/i,
  },
  { theme: 'Sauberkeit, Müll, Graffiti', pattern: /müll|dreck|sauber|graffiti|schmier|unrat/i },
  { theme: 'Verkehr, Raserei, Parken', pattern: /verkehr|raser|auto|park(en|platz)|tempo|fahrrad/i },
];

export function countFreeTextThemes(texts: readonly string[]): { theme: string; count: number }[] {
  const counts = FREE_TEXT_THEMES.map((t) => ({ theme: t.theme, count: 0 }));
  let other = 0;
  for (const text of texts) {
    let hit = false;
    FREE_TEXT_THEMES.forEach((t, i) => {
      if (t.pattern.test(text)) {
        counts[i]!.count++;
        hit = true;
      }
    });
    if (!hit) other++;
  }
  return [
    ...counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count),
    ...(other ? [{ theme: 'Sonstiges', count: other }] : []),
  ];
}
