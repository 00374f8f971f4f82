/**
 * What the margins upload expects, for people (issue 9: the form did not say which age-group codes it
 * wants): every variable with its levels and their meaning, and a CSV template with one row per level
 * and an empty count to fill in. The upload ignores the extra column "bezeichnung".
 */
import type { Actor, CoreContext } from '../../context.ts';
import type { SurveyConfig } from '../questionnaire/codebook-types.ts';
import { getTranslations } from '../questionnaire/load-translations.ts';
import { STANDARD_CODEBOOK } from '../questionnaire/standard-codebook.ts';
import { loadWave } from './load-wave.ts';
import { AGE_SEX_VARIABLE, DISTRICT_VARIABLE, marginLevels } from './margin-rules.ts';

export interface MarginsTemplate {
  readonly variables: readonly {
    readonly variable: string;
    readonly label: string;
    readonly levels: readonly { readonly level: string; readonly label: string }[];
  }[];
}

const VARIABLE_LABELS: Record<string, string> = {
  [AGE_SEX_VARIABLE]: 'Altersgruppe × Geschlecht',
  SD_ALTER: 'Altersgruppe',
  SD_GESCHLECHT: 'Geschlecht',
  [DISTRICT_VARIABLE]: 'Ortsteil',
};

function valueLabels(valueSetId: string): Map<string, string> {
  const texts = getTranslations('de');
  const set = STANDARD_CODEBOOK.valueSets.find((s) => s.id === valueSetId);
  const values = set && 'values' in set ? set.values : [];
  return new Map(values.map((v) => [String(v.code), texts[`value.${v.key}`] ?? v.key]));
}

/** The levels the upload accepts for this configuration, with their meaning. Pure. */
export function marginsTemplate(config: SurveyConfig): MarginsTemplate {
  const age = valueLabels('altersgruppe');
  const sex = valueLabels('geschlecht');
  const labelOf = (variable: string, level: string): string => {
    if (variable === AGE_SEX_VARIABLE) {
      const [a, s] = level.split('×');
      return `${age.get(a!) ?? a}, ${(sex.get(s!) ?? s!).toLocaleLowerCase('de')}`;
    }
    if (variable === 'SD_ALTER') return age.get(level) ?? level;
    if (variable === 'SD_GESCHLECHT') return sex.get(level) ?? level;
    if (variable === DISTRICT_VARIABLE) return config.districts[Number(level) - 1] ?? level;
    return level;
  };
  return {
    variables: [...marginLevels(config)].map(([variable, levels]) => ({
      variable,
      label: VARIABLE_LABELS[variable] ?? variable,
      levels: levels.map((level) => ({ level, label: labelOf(variable, level) })),
    })),
  };
}

/** The template as CSV (`;`, UTF-8 with BOM for Excel, CRLF): variable;level;bezeichnung;count. */
export function marginsTemplateCsv(template: MarginsTemplate, variables?: readonly string[]): string {
  const quote = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const rows = template.variables
    .filter((v) => !variables || variables.includes(v.variable))
    .flatMap((v) => v.levels.map((l) => [v.variable, l.level, quote(l.label), ''].join(';')));
  return `\uFEFF${['variable;level;bezeichnung;count', ...rows].join('\r\n')}\r\n`;
}

/** The template of a wave (survey:read). The CSV leaves out SD_ALTER and SD_GESCHLECHT alone, which the
 * age × sex cross already gives; they stay listed for files that bring them separately. */
export async function getMarginsTemplate(
  ctx: CoreContext,
  actor: Actor,
  waveId: number,
): Promise<MarginsTemplate & { csv: string }> {
  const { wave } = await loadWave(ctx, actor, waveId, 'survey:read');
  const template = marginsTemplate(wave.config as SurveyConfig);
  return {
    ...template,
    csv: marginsTemplateCsv(template, [AGE_SEX_VARIABLE, DISTRICT_VARIABLE]),
  };
}
