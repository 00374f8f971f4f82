import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSurveyJson } from '../../src/surveys/questionnaire/build-survey-json.ts';
import { generateDemoWave } from '../../src/surveys/synthetic/generate-demo-wave.ts';

// The report package tests the printed questionnaire on a copy of this JSON (report does not import core).
// Regenerate after changing the codebook: UPDATE_FIXTURES=1 npx vitest run packages/core/test/surveys
const FIXTURE = join(import.meta.dirname, '../../../report/test/letters/fixtures/survey-de.json');

describe('paper questionnaire fixture', () => {
  it('matches the current questionnaire', () => {
    const { config } = generateDemoWave({ invited: 10 });
    const json = `${JSON.stringify(buildSurveyJson({ locale: 'de', ...config }), null, 2)}\n`;
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(FIXTURE, json);
    expect(readFileSync(FIXTURE, 'utf8'), 'Fixture veraltet: UPDATE_FIXTURES=1 setzen').toBe(json);
  });
});
