// The RL KommPräv application form (issue 13).
export { type ApplicationFormData, renderApplicationFormPdf } from './render-application-form.ts';
