import {
  BECCARIA_STEP_HINTS,
  BECCARIA_STEP_LABELS,
  BECCARIA_STEPS,
  COST_CATEGORY_LABELS,
  type CostCategory,
  FUNDING_STATUS_LABELS,
  type FundingStatus,
  formatEuro,
  formatShare,
} from '@asskomm/contracts';
import type { ApplicationFormData } from '@asskomm/report/funding';
import type { Actor, CoreContext } from '../context';
import { now } from '../context';
import { loadProject } from '../projects/project-row';
import { berlinDate } from '../surveys/waves/berlin-date';
import { getApplication } from './get-application';
import { germanDate } from './rules/violation';

/** The data of the application form: the project's Beccaria description and the plan, formatted for print. */
export async function applicationFormData(
  ctx: CoreContext,
  actor: Actor,
  id: number,
): Promise<ApplicationFormData> {
  const app = await getApplication(ctx, actor, id);
  const project = await loadProject(ctx, app.projectId);
  const { financing } = app.plan;
  const total = app.sums.totalCostCent;
  const share = (cent: number) => formatShare(cent, total);
  const list = (xs: string[]) => (xs.length ? xs.join(', ') : '–');
  const period =
    project.startsOn || project.endsOn
      ? `${project.startsOn ? germanDate(project.startsOn) : '…'} bis ${project.endsOn ? germanDate(project.endsOn) : '…'}`
      : '–';
  return {
    title: 'Antrag auf Gewährung einer Zuwendung nach der RL KommPräv',
    subtitle: `„${project.title}“ – Förderjahr ${app.fundingYear}`,
    date: app.submittedOn ?? berlinDate(now(ctx)),
    fundingYear: app.fundingYear,
    isDemo: app.isDemo || project.isDemo,
    municipality: { name: app.municipalityName, ags: app.ags },
    facts: [
      { label: 'Antragstellerin', value: `${app.municipalityName} (AGS ${app.ags})` },
      { label: 'Vorhaben', value: project.title },
      { label: 'Förderjahr', value: String(app.fundingYear) },
      { label: 'Durchführungszeitraum', value: period },
      { label: 'Zielgruppen', value: list(project.targetGroups) },
      { label: 'Partner', value: list(project.partners) },
      {
        label: 'Beratung durch den LPR',
        value: app.consultation
          ? `am ${germanDate(app.consultation.heldOn)}: ${app.consultation.topic}`
          : 'noch nicht erfasst',
      },
      {
        label: 'Stand des Antrags',
        value: app.submittedOn
          ? `eingereicht am ${germanDate(app.submittedOn)}; Stand: ${FUNDING_STATUS_LABELS[app.status as FundingStatus] ?? app.status}`
          : 'noch nicht eingereicht (Entwurf)',
      },
    ],
    steps: BECCARIA_STEPS.map((step, i) => ({
      number: i + 1,
      label: BECCARIA_STEP_LABELS[step],
      hint: BECCARIA_STEP_HINTS[step],
      text: project.steps[step] ?? '',
    })),
    items: app.plan.items.map((item) => ({
      description: item.description,
      category: COST_CATEGORY_LABELS[item.category as CostCategory] ?? item.category,
      amount: formatEuro(item.amountCent),
    })),
    totalCost: formatEuro(total),
    financing: [
      {
        label: 'Eigenanteil: Geld',
        amount: formatEuro(financing.ownCashCent),
        share: share(financing.ownCashCent),
      },
      {
        label: 'Eigenanteil: Eigenleistung/Sachmittel',
        amount: formatEuro(financing.ownInKindCent),
        share: share(financing.ownInKindCent),
      },
      {
        label: 'Drittmittel',
        amount: formatEuro(financing.thirdPartyCent),
        share: share(financing.thirdPartyCent),
      },
      {
        label: 'Beantragte Zuwendung',
        amount: formatEuro(financing.requestedCent),
        share: share(financing.requestedCent),
      },
    ],
    totalFinancing: formatEuro(app.sums.financingCent),
    checks: app.hints.map((h) => h.message),
    note: 'Erstellt mit ASSKomm aus der Projektbeschreibung und dem Ausgaben- und Finanzierungsplan. Beträge in Euro; die Zuwendung ist eine Anteilsfinanzierung (höchstens 90 % der zuwendungsfähigen Ausgaben, Eigenanteil mindestens 10 %).',
  };
}

/** The application form as a tagged PDF (PDF/UA-1). */
export async function renderApplicationForm(ctx: CoreContext, actor: Actor, id: number): Promise<Uint8Array> {
  const data = await applicationFormData(ctx, actor, id);
  // Loaded on first use: the Typst compiler is not needed to start the server.
  const { renderApplicationFormPdf } = await import('@asskomm/report/funding');
  return renderApplicationFormPdf(data);
}
