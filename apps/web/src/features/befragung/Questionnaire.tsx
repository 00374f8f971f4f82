import 'survey-core/survey-core.fontless.css';
import 'survey-core/i18n/german';
import './befragung.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Model, type Question, settings } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { Alert } from '../../components/Alert.tsx';
import { Page } from '../../components/Page.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { KERN_SURVEY_THEME } from './kern-theme.ts';
import { type StartResponse, type SurveyJsonDocument, surveyApi } from './survey-api.ts';

// Headings below the page's h1: one topic per page (h2), its questions (h3).
settings.titleTags.page = 'h2';
settings.titleTags.question = 'h3';
settings.animationEnabled = false;

interface QuestionnaireProps {
  code: string;
  start: StartResponse;
  onDone: () => void;
  onEnd: (kind: 'used' | 'closed', message: string) => void;
}

interface ListedError {
  question: Question | null;
  message: string;
}

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date; manual: boolean }
  | { kind: 'error'; message: string };

const TEXTS = {
  de: { complete: 'Fragebogen abschicken', save: 'Speichern und später fortsetzen' },
  en: { complete: 'Submit questionnaire', save: 'Save and continue later' },
} as const;

/** Item code → the question that shows it (a matrix shows several items as its rows). */
function questionNames(json: SurveyJsonDocument): Map<string, string> {
  const names = new Map<string, string>();
  for (const page of json.pages) {
    for (const element of page.elements) {
      names.set(element.name, element.name);
      if (Array.isArray(element.rows)) for (const row of element.rows) names.set(row.value, element.name);
    }
  }
  return names;
}

function germanDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('de-DE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Step 2: the questionnaire (SurveyJS), one topic per page, save and resume, submit once. */
export function Questionnaire({ code, start, onDone, onEnd }: QuestionnaireProps) {
  const [errors, setErrors] = useState<ListedError[]>([]);
  const [errorAttempt, setErrorAttempt] = useState(0);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [progress, setProgress] = useState({ page: 1, pages: 1, title: '' });
  const summaryRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const texts = start.locale === 'en' ? TEXTS.en : TEXTS.de;
  const names = useMemo(() => questionNames(start.survey), [start.survey]);

  const model = useMemo(() => {
    const survey = new Model(start.survey);
    survey.locale = start.locale;
    survey.applyTheme(KERN_SURVEY_THEME);
    survey.showTitle = false;
    survey.showCompletePage = false;
    survey.completeText = texts.complete;
    survey.autoFocusFirstQuestion = false;
    // Our own progress (KERN): "Seite 3 von 12: …" as text and bar, rather than SurveyJS's dots.
    survey.showProgressBar = false;
    for (const question of survey.getAllQuestions()) {
      // A native select: the phone's own picker, and every screen reader knows it. Its first option
      // ("Bitte auswählen …") means no answer (SurveyJS's icon-only clear button is hidden by CSS).
      if (question.getType() === 'dropdown') question.setPropertyValue('renderAs', 'select');
    }
    // "Weiter" is the main action of every page (filled button, as "abschicken" already is).
    const nextAction = survey.navigationBar.getActionById('sv-nav-next');
    if (nextAction) nextAction.appearance = { ...nextAction.appearance, mode: 'primary' };
    // SurveyJS's native select carries no label of its own: name it by the question's title.
    survey.onAfterRenderQuestion.add((_, options) => {
      const select = options.htmlElement.querySelector('select');
      if (select && !select.hasAttribute('aria-labelledby'))
        select.setAttribute('aria-labelledby', `${options.question.id}_ariaTitle`);
    });
    survey.data = start.values;
    if (start.page > 0 && start.page < survey.visiblePageCount) survey.currentPageNo = start.page;
    return survey;
  }, [start, texts.complete]);

  const storeRef = useRef<(manual: boolean) => Promise<void>>(async () => {});
  // Latest callbacks for the SurveyJS events (registered once per model).
  const handlers = useRef({ onDone, onEnd });
  handlers.current = { onDone, onEnd };

  useEffect(() => {
    const showErrors = (list: ListedError[]) => {
      setErrors(list);
      setErrorAttempt((n) => n + 1);
    };

    const updateProgress = () =>
      setProgress({
        page: (model.currentPage?.visibleIndex ?? 0) + 1,
        pages: model.visiblePageCount,
        title: model.currentPage?.processedTitle ?? '',
      });
    updateProgress();

    const pageChanged = () => {
      updateProgress();
      setErrors([]);
      window.scrollTo({ top: 0, behavior: 'instant' });
      // Keyboard and screen reader users start at the new topic's heading.
      const title = containerRef.current?.querySelector<HTMLElement>('.sd-page__title');
      if (title) {
        title.tabIndex = -1;
        title.focus({ preventScroll: true });
      }
      // Progress is kept under the code as one goes; the button saves on demand.
      void store(false);
    };

    const validated = (
      _: Model,
      options: { questions: Question[]; errors: { text?: string; getText?: () => string }[] },
    ) => {
      const list = options.questions.map((question) => ({
        question,
        message: `${question.processedTitle || question.name}: ${question.errors[0]?.getText?.() ?? ''}`,
      }));
      if (list.length > 0) showErrors(list);
      else setErrors([]);
    };

    const completing = async (_: Model, options: { allow: boolean; message?: string }) => {
      try {
        await surveyApi.submit(code, model.data);
        options.allow = true;
      } catch (error) {
        options.allow = false;
        if (!(error instanceof ApiError)) {
          showErrors([
            {
              question: null,
              message: 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es erneut.',
            },
          ]);
          return;
        }
        if (error.code === 'SURVEY_CODE_USED') return handlers.current.onEnd('used', error.message);
        if (error.code === 'SURVEY_CLOSED' || error.code === 'SURVEY_NOT_OPEN')
          return handlers.current.onEnd('closed', error.message);
        const list: ListedError[] = [];
        for (const [item, message] of Object.entries(error.fields)) {
          const question = model.getQuestionByName(names.get(item) ?? item) ?? null;
          question?.addError(message);
          list.push({ question, message });
        }
        if (list.length === 0) list.push({ question: null, message: error.message });
        const first = list.find((e) => e.question)?.question;
        if (first?.page && model.currentPage !== first.page) model.currentPage = first.page;
        showErrors(list);
      }
    };

    const complete = () => handlers.current.onDone();

    async function store(manual: boolean) {
      if (manual) setSave({ kind: 'saving' });
      try {
        await surveyApi.save(code, model.data, model.currentPageNo);
        setSave({ kind: 'saved', at: new Date(), manual });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'SURVEY_CODE_USED')
          return handlers.current.onEnd('used', error.message);
        if (error instanceof ApiError && error.code === 'SURVEY_CLOSED')
          return handlers.current.onEnd('closed', error.message);
        if (manual)
          setSave({ kind: 'error', message: error instanceof ApiError ? error.message : String(error) });
      }
    }
    storeRef.current = store;

    model.onCurrentPageChanged.add(pageChanged);
    model.onValidatedErrorsOnCurrentPage.add(validated);
    model.onCompleting.add(completing);
    model.onComplete.add(complete);
    return () => {
      model.onCurrentPageChanged.remove(pageChanged);
      model.onValidatedErrorsOnCurrentPage.remove(validated);
      model.onCompleting.remove(completing);
      model.onComplete.remove(complete);
    };
  }, [model, code, names]);

  // The summary takes focus after a failed attempt (GOV.UK error summary pattern).
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on every failed attempt.
  useEffect(() => {
    if (errors.length > 0) summaryRef.current?.focus();
  }, [errorAttempt]);

  const title = start.survey.title || start.waveTitle;
  return (
    <Page
      title={title}
      documentTitle={`Bürgerbefragung – ${start.municipalityName}`}
      className="befragung"
      // The introduction on the first page only: on a phone, later pages start with their question.
      lead={
        progress.page > 1 ? undefined : (
          <>
            {start.survey.description ? <p className="kern-body">{start.survey.description}</p> : null}
            {start.fieldEnd ? (
              <p className="kern-body">
                Sie können bis zum {germanDate(start.fieldEnd)} teilnehmen. Es gibt keine Zeitbegrenzung; Sie
                können jede Frage überspringen.
              </p>
            ) : null}
          </>
        )
      }
    >
      {errors.length > 0 ? (
        <Alert
          type="danger"
          title={errors.length === 1 ? 'Es gibt ein Problem' : `Es gibt ${errors.length} Probleme`}
          ref={summaryRef}
          tabIndex={-1}
          className="app-error-summary"
          headingLevel={2}
        >
          <ul className="kern-list app-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.question?.name ?? 'form'}-${error.message}`}>
                {error.question ? (
                  <a
                    className="kern-link"
                    href={`#${error.question.id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      error.question?.focus(true);
                    }}
                  >
                    {error.message}
                  </a>
                ) : (
                  <span className="kern-body">{error.message}</span>
                )}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <div className="kern-progress befragung-progress">
        <label className="kern-label" htmlFor="befragung-fortschritt">
          Seite {progress.page} von {progress.pages}
          {progress.title ? `: ${progress.title}` : ''}
        </label>
        <progress id="befragung-fortschritt" max={progress.pages} value={progress.page}>
          Seite {progress.page} von {progress.pages}
        </progress>
      </div>
      <div className="befragung-survey" ref={containerRef}>
        <Survey model={model} />
      </div>
      <section className="befragung-save" aria-labelledby="befragung-save-title">
        <h2 className="kern-heading-small" id="befragung-save-title">
          Später weitermachen?
        </h2>
        <p className="kern-body">
          Ihre Antworten werden unter Ihrem Zugangscode{' '}
          <strong className="befragung-code-text">{code}</strong> zwischengespeichert. Mit demselben Code
          können Sie später hier weitermachen. Nach dem Abschicken oder am Ende der Befragung wird der
          Zwischenstand gelöscht.
        </p>
        <div className="kern-btn-wrapper">
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            disabled={save.kind === 'saving'}
            onClick={() => void storeRef.current(true)}
          >
            <span className="kern-label">{save.kind === 'saving' ? 'Wird gespeichert …' : texts.save}</span>
          </button>
        </div>
        <div role="status" className="befragung-save__status">
          {save.kind === 'saved' && save.manual ? (
            <Alert
              type="success"
              title={`Gespeichert um ${save.at.toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit' })} Uhr.`}
            >
              <p className="kern-body">
                Sie können das Fenster jetzt schließen und später mit Ihrem Zugangscode weitermachen.
              </p>
            </Alert>
          ) : null}
          {save.kind === 'error' ? <Alert type="danger" title={save.message} /> : null}
        </div>
      </section>
    </Page>
  );
}
