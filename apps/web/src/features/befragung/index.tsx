import { Page } from '../../components/Page.tsx';

/**
 * Public survey form (/befragung). Placeholder: the SurveyJS form (survey-core, survey-react-ui,
 * 'survey-core/survey-core.fontless.css') is built here later. This module is lazy-loaded so the rest of the app
 * does not carry SurveyJS.
 */
export default function BefragungPage() {
  return (
    <Page title="Bürgerbefragung – Zugangscode eingeben">
      <p className="kern-body">
        Mit dem Zugangscode aus Ihrem Anschreiben können Sie hier bald an der Befragung zur Sicherheit in
        Ihrer Kommune teilnehmen. Die Online-Befragung ist in Vorbereitung.
      </p>
    </Page>
  );
}
