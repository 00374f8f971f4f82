import { type CodebookItem, isPaperItemAsked, parsePaperEntry } from '@asskomm/contracts';
import { type FormEvent, type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { Alert } from '../../../components/Alert.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { ErrorSummary, type SummaryError } from '../../../components/ErrorSummary.tsx';
import { TextField } from '../../../components/FormField.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { queryKeys, useApiQuery } from '../../../lib/query.ts';
import { SurveyApiError, surveyApi } from '../api.ts';
import { formatNumber, todayIso } from '../format.ts';
import { Progress } from '../ui.tsx';
import type { SectionProps } from '../WaveDetailPage.tsx';

const fieldId = (code: string) => `erfassung-${code}`;

function codesHint(item: CodebookItem): string {
  if (item.type === 'text') return `Freitext, höchstens ${formatNumber(item.maxLength ?? 2000)} Zeichen`;
  const list = item.values.map((v) => `${v.code} ${v.label}`).join(' · ');
  return item.type === 'multi'
    ? `Mehrere Codes mit Leerzeichen trennen${item.maxSelected ? ` (höchstens ${item.maxSelected})` : ''}: ${list}`
    : list;
}

function EntryField({
  item,
  value,
  error,
  asked,
  onChange,
  onKeyDown,
}: {
  item: CodebookItem;
  value: string;
  error: string | undefined;
  asked: boolean;
  onChange: (value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
}) {
  const id = fieldId(item.code);
  const parsed = asked ? parsePaperEntry(item, value) : null;
  const decoded = parsed?.ok && parsed.text ? parsed.text : '';
  const described = [`${id}-hint`, decoded ? `${id}-wert` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    name: item.code,
    value,
    disabled: !asked,
    'aria-describedby': described,
    'aria-invalid': error ? true : undefined,
    onKeyDown,
    className: `kern-form-input__input app-entry__input${error ? ' kern-form-input__input--error' : ''}`,
  } as const;
  return (
    <div className={`app-entry${error ? ' app-entry--error' : ''}${asked ? '' : ' app-entry--skipped'}`}>
      <label className="app-entry__label" htmlFor={id}>
        <span className="app-item-code">{item.code}</span>
        <span className="app-entry__text">{item.text}</span>
      </label>
      <div className="app-entry__control">
        {item.type === 'text' ? (
          <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input
            {...common}
            type="text"
            inputMode={item.type === 'single' ? 'numeric' : 'text'}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
        <span className="app-entry__value" id={`${id}-wert`}>
          {decoded ? `= ${decoded}` : ''}
        </span>
      </div>
      <p className="app-entry__hint" id={`${id}-hint`}>
        {asked
          ? codesHint(item)
          : `Nur auszufüllen, wenn bei ${item.showIf?.item} „${item.showIf?.equals}“ angegeben ist.`}
      </p>
      {error ? (
        <p className="kern-error app-entry__error" id={`${id}-error`}>
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">
            <span className="kern-sr-only">Fehler: </span>
            {error}
          </span>
        </p>
      ) : null}
    </div>
  );
}

export function PaperEntrySection({ wave, reload }: SectionProps) {
  const open = wave.status === 'feldphase' || wave.status === 'abgeschlossen';
  const codebook = useApiQuery(open ? queryKeys.survey(wave.id, 'codebook') : null, (signal) =>
    surveyApi.codebook(wave.id, signal),
  );
  const [entries, setEntries] = useState<Record<string, string>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [showAll, setShowAll] = useState(false);
  const [receivedOn, setReceivedOn] = useState(todayIso());
  const [attempt, setAttempt] = useState(0);
  // The summary at the top lists the problems found when saving (not while typing: it takes the focus).
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<{ count: number; paper: number } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const items = codebook.data?.items ?? [];

  const errors = useMemo(() => {
    const found: Record<string, string> = {};
    for (const item of items) {
      if (!isPaperItemAsked(item, entries)) continue;
      const parsed = parsePaperEntry(item, entries[item.code] ?? '');
      if (!parsed.ok) found[item.code] = parsed.error;
    }
    return found;
  }, [items, entries]);

  if (!open) {
    return (
      <p className="kern-body">
        Papierbögen werden in der Feldphase und nach ihrem Abschluss erfasst, solange die Befragung nicht als
        ausgewertet markiert ist. Status jetzt: {wave.status}.
      </p>
    );
  }
  if (codebook.error) return <ErrorMessage error={codebook.error} onRetry={codebook.reload} />;
  if (!codebook.data) return <Loading label="Fragebogen wird geladen …" />;

  const visibleErrors = (code: string) =>
    serverErrors[code] ?? (showAll || (entries[code] ?? '') !== '' ? errors[code] : undefined);

  function inputs(): HTMLElement[] {
    return Array.from(
      formRef.current?.querySelectorAll<HTMLElement>('.app-entry__input:not(:disabled)') ?? [],
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
      return;
    }
    // Enter moves on like Tab (fast entry on the number pad); in a text field Enter stays a new line.
    if (event.key === 'Enter' && !event.shiftKey && event.currentTarget.tagName === 'INPUT') {
      event.preventDefault();
      const list = inputs();
      const next = list[list.indexOf(event.currentTarget) + 1];
      next?.focus();
    }
  }

  function change(code: string, value: string) {
    setSaved(null);
    setServerErrors((e) => {
      if (!(code in e)) return e;
      const { [code]: _, ...rest } = e;
      return rest;
    });
    setEntries((current) => {
      const next = { ...current, [code]: value };
      // A follow-up that is no longer asked loses its entry.
      for (const item of items) if (!isPaperItemAsked(item, next) && next[item.code]) next[item.code] = '';
      return next;
    });
  }

  function summarise(client: Record<string, string>, server: Record<string, string>, message: string | null) {
    const known = new Set(items.map((i) => i.code));
    return [
      ...(message ? [{ fieldId: null, message }] : []),
      ...Object.entries({ ...client, ...server }).map(([code, text]) => ({
        fieldId: known.has(code) ? fieldId(code) : code === 'receivedOn' ? 'erfassung-eingang' : null,
        message: known.has(code) ? `${code}: ${text}` : text,
      })),
    ];
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setShowAll(true);
    const values: Record<string, number | number[] | string> = {};
    for (const item of items) {
      if (!isPaperItemAsked(item, entries)) continue;
      const parsed = parsePaperEntry(item, entries[item.code] ?? '');
      if (parsed.ok && parsed.value !== undefined) values[item.code] = parsed.value;
    }
    const empty = Object.keys(values).length === 0;
    if (Object.keys(errors).length > 0 || empty) {
      const message =
        empty && Object.keys(errors).length === 0
          ? 'Der Bogen ist leer: Bitte mindestens eine Antwort eingeben.'
          : null;
      setSummary(summarise(errors, {}, message));
      setAttempt((a) => a + 1);
      return;
    }
    setBusy(true);
    try {
      const result = await surveyApi.enterPaper(wave.id, values, receivedOn);
      setSaved((s) => ({ count: (s?.count ?? 0) + 1, paper: result.paperResponses }));
      setEntries({});
      setServerErrors({});
      setSummary([]);
      setShowAll(false);
      reload();
      window.setTimeout(() => inputs()[0]?.focus(), 0);
    } catch (e) {
      if (!(e instanceof SurveyApiError)) throw e;
      setServerErrors(e.fields);
      setSummary(summarise({}, e.fields, Object.keys(e.fields).length === 0 ? e.message : null));
      setAttempt((a) => a + 1);
    } finally {
      setBusy(false);
    }
  }

  let lastPage = '';
  let lastGroup = '';

  return (
    <>
      <p className="kern-body">
        Tippen Sie je Frage den Code vom Bogen ein – leer lassen, wenn nichts angekreuzt ist. <kbd>Enter</kbd>{' '}
        oder <kbd>Tab</kbd> springt zum nächsten Feld, <kbd>Strg</kbd> + <kbd>Enter</kbd> speichert den Bogen.
        Die Eingaben werden sofort geprüft; gespeichert wird nur ein vollständig gültiger Bogen.
      </p>
      <div role="status" className="app-entry-status">
        {saved ? (
          <Alert type="success" title={`Bogen gespeichert – ${saved.count} in dieser Sitzung`}>
            <p className="kern-body">
              Papierbögen dieser Befragung insgesamt: {formatNumber(saved.paper)}. Der nächste Bogen kann
              erfasst werden.
            </p>
          </Alert>
        ) : null}
      </div>
      <form
        ref={formRef}
        className="app-form app-entry-form"
        noValidate
        onSubmit={submit}
        aria-label="Papierbogen erfassen"
      >
        <ErrorSummary errors={summary} attempt={attempt} />
        <div className="app-narrow">
          <TextField
            id="erfassung-eingang"
            label="Eingangsdatum des Bogens"
            type="date"
            value={receivedOn}
            max={todayIso()}
            onValueChange={setReceivedOn}
            error={serverErrors.receivedOn}
          />
        </div>
        {items.map((item) => {
          const heading = item.page !== lastPage ? item.pageTitle : null;
          const group = item.groupTitle && item.groupTitle !== lastGroup ? item.groupTitle : null;
          lastPage = item.page;
          lastGroup = item.groupTitle ?? '';
          return (
            <div key={item.code} className="app-entry-block">
              {heading ? <h3 className="kern-heading-small app-entry-page">{heading}</h3> : null}
              {group ? <p className="kern-body kern-body--bold app-entry-group">{group}</p> : null}
              <EntryField
                item={item}
                value={entries[item.code] ?? ''}
                error={visibleErrors(item.code)}
                asked={isPaperItemAsked(item, entries)}
                onChange={(v) => change(item.code, v)}
                onKeyDown={onKeyDown}
              />
            </div>
          );
        })}
        <div className="app-form__actions app-entry-actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
            <span className="kern-label">Speichern und nächster Bogen</span>
          </button>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              setEntries({});
              setServerErrors({});
              setSummary([]);
              setShowAll(false);
              inputs()[0]?.focus();
            }}
          >
            <span className="kern-label">Eingaben verwerfen</span>
          </button>
        </div>
        {busy ? <Progress label="Der Bogen wird gespeichert …" /> : null}
      </form>
    </>
  );
}
