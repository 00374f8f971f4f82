/**
 * Builds the Lagebericht model from its input. Pure and deterministic: the same input gives the same
 * model (and so the same PDF bytes), which is what lets a published version regenerate itself.
 */
import { ReportBuilder } from './builder.ts';
import { germanDate } from './format.ts';
import type { ReportInput } from './input-types.ts';
import {
  type Block,
  type ReportModel,
  type ReportSection,
  SECTION_TITLES,
  type SectionId,
} from './model-types.ts';
import { buildCrimeSection, buildProfileSection } from './sections/crime.ts';
import { buildMethodSection } from './sections/method.ts';
import { buildRecommendationSection, buildSummarySection } from './sections/summary.ts';
import {
  buildNeighbourhoodSection,
  buildPerceptionSection,
  buildSafetySection,
  buildVictimSection,
} from './sections/survey.ts';

export function buildReportModel(input: ReportInput): ReportModel {
  const b = new ReportBuilder();
  // Sections that produce findings first; the summary and the recommendations cite them.
  const built: Partial<Record<SectionId, Block[]>> = {};
  built.gebietsprofil = buildProfileSection(input);
  built.kriminalitaetslage = buildCrimeSection(input, b);
  built.sicherheitsempfinden = buildSafetySection(input, b);
  built.opfererfahrungen = buildVictimSection(input, b);
  built.wahrnehmung = buildPerceptionSection(input, b);
  built.wohnumfeld = buildNeighbourhoodSection(input, b);
  built.handlungsfelder = buildRecommendationSection(input, b);
  built.methodik = buildMethodSection(input);
  built.zusammenfassung = buildSummarySection(input, b);
  const order = Object.keys(SECTION_TITLES) as SectionId[];
  const sections: ReportSection[] = order.map((id, i) => ({
    id,
    number: i + 1,
    title: SECTION_TITLES[id],
    blocks: built[id] ?? [],
  }));
  const m = input.municipality;
  return {
    title: `Lagebericht ${m.name.replace(/, (Stadt|Gemeinde)$/, '')}`,
    subtitle: 'Sicherheitsanalyse aus Polizeilicher Kriminalstatistik und Bürgerbefragung',
    municipality: { ags: m.ags, name: m.name, isDemo: m.isDemo },
    dateText: germanDate(input.provenance.reportDate),
    sections,
    footnotes: m.isDemo
      ? [
          'Demodaten: Musterstadt ist erfunden; alle Zahlen der Kommune sind synthetisch und dienen nur der Vorführung.',
        ]
      : [],
    provenance: input.provenance,
  };
}
