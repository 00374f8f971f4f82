import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Loading } from '../../components/Loading.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { navigate, useLocation } from '../../lib/router.tsx';
import { CodeForm } from './CodeForm.tsx';
import { Outcome, type OutcomeKind } from './Outcome.tsx';
import { Questionnaire } from './Questionnaire.tsx';
import { normalizeCode, type StartResponse, surveyApi } from './survey-api.ts';

type Step =
  | { kind: 'code' }
  | { kind: 'opening' }
  | { kind: 'survey'; code: string; start: StartResponse }
  | { kind: 'outcome'; outcome: OutcomeKind; message?: string; municipalityName?: string };

/**
 * The public survey form (/befragung): access code → questionnaire (SurveyJS) → thank you. No session
 * and nothing in the browser's storage: the code lives in this page's memory only, and the server keeps
 * the saved answers under it. This module is lazy-loaded, so the rest of the app does not carry SurveyJS.
 */
export default function BefragungPage() {
  const { search } = useLocation();
  // From the QR code's link (?code=…): taken once, then removed from the address bar and the history.
  const linkCode = useRef(search.get('code') ?? '');
  const [step, setStep] = useState<Step>(linkCode.current ? { kind: 'opening' } : { kind: 'code' });
  const [codeError, setCodeError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [typedCode, setTypedCode] = useState(linkCode.current);

  async function open(code: string, locale?: string) {
    const normalized = normalizeCode(code) ?? code;
    setTypedCode(code);
    setStep({ kind: 'opening' });
    setCodeError(null);
    setFormError(null);
    try {
      const start = await surveyApi.start(normalized, locale);
      setStep({ kind: 'survey', code: normalized, start });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'SURVEY_CODE_USED') {
        setStep({ kind: 'outcome', outcome: 'used', message: error.message });
      } else if (
        error instanceof ApiError &&
        (error.code === 'SURVEY_CLOSED' || error.code === 'SURVEY_NOT_OPEN')
      ) {
        setStep({ kind: 'outcome', outcome: 'closed', message: error.message });
      } else {
        if (
          error instanceof ApiError &&
          (error.code === 'SURVEY_CODE_INVALID' || error.code === 'SURVEY_CODE_UNKNOWN')
        )
          setCodeError(error.message);
        else
          setFormError(
            error instanceof ApiError ? error.message : 'Ein unerwarteter Fehler ist aufgetreten.',
          );
        setAttempt((n) => n + 1);
        setStep({ kind: 'code' });
      }
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once for a code from the link.
  useEffect(() => {
    if (!linkCode.current) return;
    navigate('/befragung', { replace: true, keepScroll: true });
    void open(linkCode.current);
  }, []);

  // Every step starts at the top of the page (the Page component moves the focus to its heading). Once
  // before painting and once after: the browser's scroll anchoring may move the page while the long
  // questionnaire is replaced by a short page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on every change of step.
  useLayoutEffect(() => {
    window.scrollTo({ top: 0, behavior: 'instant' });
    const frame = requestAnimationFrame(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    return () => cancelAnimationFrame(frame);
  }, [step.kind]);

  const restart = () => {
    setTypedCode('');
    setCodeError(null);
    setFormError(null);
    setStep({ kind: 'code' });
  };

  switch (step.kind) {
    case 'opening':
      return <Loading label="Der Fragebogen wird geöffnet …" />;
    case 'survey':
      return (
        <Questionnaire
          key={step.code}
          code={step.code}
          start={step.start}
          onDone={() =>
            setStep({ kind: 'outcome', outcome: 'done', municipalityName: step.start.municipalityName })
          }
          onEnd={(outcome, message) => setStep({ kind: 'outcome', outcome, message })}
        />
      );
    case 'outcome':
      return (
        <Outcome
          kind={step.outcome}
          message={step.message}
          municipalityName={step.municipalityName}
          onRestart={restart}
        />
      );
    default:
      return (
        <CodeForm
          key={`${typedCode}-${attempt}`}
          initialCode={typedCode}
          busy={false}
          codeError={codeError}
          formError={formError}
          attempt={attempt}
          onSubmit={(code, locale) => void open(code, locale)}
        />
      );
  }
}
