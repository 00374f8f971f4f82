// SurveyJS in the look of KERN UX: the platform's self-hosted Fira Sans (no font from a third party; the
// stylesheet is survey-core.fontless.css) and KERN's colours. Contrast: KERN's dark blue on white 9:1.
import type { ITheme } from 'survey-core';

const FONT = '"Fira Sans", "Noto Sans", Arial, sans-serif';

export const KERN_SURVEY_THEME: ITheme = {
  themeName: 'default',
  colorPalette: 'light',
  isPanelless: true,
  cssVariables: {
    '--sjs2-typography-font-family-text': FONT,
    '--sjs2-color-project-brand-600': 'oklch(42.84% .1689 265.02)',
    '--sjs2-color-project-brand-700': 'oklch(36% .15 265.02)',
    '--sjs2-color-project-brand-800': 'oklch(30% .13 265.02)',
    '--sjs2-color-utility-surface-survey': '#ffffff',
    '--sjs2-color-utility-body': '#ffffff',
    '--sjs2-typography-font-size-default': '18px',
  },
};
