/** Fixed texts of the printed questionnaire per language (German is the fallback). */
export interface PaperStrings {
  readonly instructionsTitle: string;
  readonly instructions: string;
  readonly correction: string;
  readonly multi: string;
  readonly maxSelected: string;
  readonly thanks: string;
  readonly returnNote: string;
  readonly page: string;
  readonly of: string;
  readonly version: string;
}

export const PAPER_STRINGS: Readonly<Record<string, PaperStrings>> = {
  de: {
    instructionsTitle: 'So füllen Sie den Fragebogen aus',
    instructions: 'Bitte kreuzen Sie bei jeder Frage das Kästchen an, das für Sie zutrifft, so:',
    correction:
      'Haben Sie sich vertan, malen Sie das falsche Kästchen ganz aus und kreuzen Sie das richtige an. ' +
      'Fragen, die Sie nicht beantworten möchten, können Sie auslassen. Ihre Angaben sind anonym.',
    multi: 'Mehrere Antworten möglich.',
    maxSelected: 'Höchstens {n} Antworten.',
    thanks: 'Vielen Dank für Ihre Teilnahme!',
    returnNote:
      'Bitte senden Sie den ausgefüllten Fragebogen im beiliegenden portofreien Rückumschlag zurück.',
    page: 'Seite',
    of: 'von',
    version: 'Fassung',
  },
  en: {
    instructionsTitle: 'How to fill in the questionnaire',
    instructions: 'For each question, please tick the box that applies to you, like this:',
    correction:
      'If you make a mistake, fill in the wrong box completely and tick the right one. ' +
      'You may skip questions you do not want to answer. Your answers are anonymous.',
    multi: 'Several answers possible.',
    maxSelected: 'At most {n} answers.',
    thanks: 'Thank you for taking part!',
    returnNote: 'Please return the completed questionnaire in the enclosed prepaid envelope.',
    page: 'Page',
    of: 'of',
    version: 'Version',
  },
};

export const paperStrings = (locale: string): PaperStrings =>
  PAPER_STRINGS[locale] ?? PAPER_STRINGS[locale.split('-')[0] ?? ''] ?? PAPER_STRINGS.de!;
