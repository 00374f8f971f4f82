import { describe, expect, it } from 'vitest';
import * as surveys from '../../src/surveys/index.ts';

describe('surveys public API', () => {
  it('exports the building blocks', () => {
    for (const name of [
      'buildSurveyJson',
      'questionnaireVersionHash',
      'resolveCodebook',
      'validateAnswers',
      'surveyDataFromValues',
      'parseRegisterCsv',
      'drawStratifiedSample',
      'generateAccessCodes',
      'normalizeAccessCode',
      'hashAccessCode',
      'maskPersonalData',
      'generateDemoWave',
      'exportResponses',
    ]) {
      expect(typeof (surveys as Record<string, unknown>)[name]).toBe('function');
    }
  });

  it('runs the whole chain on the demo wave: form JSON → answers → export', async () => {
    const wave = surveys.generateDemoWave({ invited: 200 });
    const json = surveys.buildSurveyJson({ locale: 'de', ...wave.config });
    expect(surveys.questionnaireVersionHash(json)).toMatch(/^sha256:/);
    const codebook = surveys.resolveCodebook({ locale: 'de', ...wave.config });
    const { files } = await surveys.exportResponses('csv', { codebook, responses: wave.responses });
    expect(files).toHaveLength(3);
  });
});
