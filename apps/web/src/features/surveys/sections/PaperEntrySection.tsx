import {
  type CodebookItem,
  isPaperItemAsked,
  paperEntryForm,
  parsePaperEntry,
  type TPaperEntryBody,
  type TPaperEntryForm,
} from '@asskomm/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { type Control, type FieldErrors, useController, useForm, useWatch } from 'react-hook-form';
import { Alert } from '../../../components/Alert.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { ErrorSummary, type SummaryError } from '../../../components/ErrorSummary.tsx';
import { ControlledTextField } from '../../../components/FormControls.tsx';
import { FieldError } from '../../../components/FormField.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { firstMessage } from '../../../lib/form-errors.ts';
import { queryKeys, useApiQuery } from '../../../lib/query.ts';
import { SurveyApiError, surveyApi } from '../api.ts';
import { formatNumber, todayIso } from '../format.ts';
import { Progress } from '../ui.tsx';
import type { SectionProps } from '../WaveDetailPage.tsx';

const fieldId = (code: string) => `erfassung-${code}`;
const RECEIVED_ID = 'erfassung-eingang';

function codesHint(item: CodebookItem): string {
  if (item.type === 'text') return `Freitext, höchstens ${formatNumber(item.maxLength ?? 2000)} Zeichen`;
  const list = item.values.map((v) => `${v.code} ${v.label}`).join(' · ');
  return item.type === 'multi'
    ? `Mehrere Codes mit Leerzeichen trennen${item.maxSelected ? ` (höchstens ${item.maxSelected})` : ''}: ${list}`
    : list;
}

function EntryField({
  item,
  control,
  asked,
  onEntered,
  onKeyDown,
}: {
  item: CodebookItem;
  control: Control<TPaperEntryForm, unknown, TPaperEntryBody>;
  asked: boolean;
  /** After each change (follow-ups that are no longer asked lose their entry). */
  onEntered: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
}) {
  // The shared form schema checks the entry as it is typed (mode onChange); a server message sits here too.
  const { field, fieldState } = useController({ control, name: `entries.${item.code}` });
  const value = field.value ?? '';
  const error = fieldState.error?.message;
  const id = fieldId(item.code);
  const parsed = asked ? parsePaperEntry(item, value) : null;
  const decoded = parsed?.ok && parsed.text ? parsed.text : '';
  const described = [`${id}-hint`, decoded ? `${id}-wert` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  const change = (next: string) => {
    field.onChange(next);
    onEntered();
  };
  const common = {
    id,
    name: item.code,
    value,
    disabled: !asked,
    'aria-describedby': described,
    'aria-invalid': error ? true : undefined,
    onKeyDown,
    onBlur: field.onBlur,
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
          <textarea {...common} rows={2} onChange={(e) => change(e.target.value)} />
        ) : (
          <input
            {...common}
            type="text"
            inputMode={item.type === 'single' ? 'numeric' : 'text'}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => change(e.target.value)}
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
      {error ? <FieldError id={id} message={error} className="app-entry__error" /> : null}
    </div>
  );
}

export function PaperEntrySection({ wave, reload }: SectionProps) {
  const open = wave.status === 'feldphase' || wave.status === 'abgeschlossen';
  const codebook = useApiQuery(open ? queryKeys.survey(wave.id, 'codebook') : null, (signal) =>
    surveyApi.codebook(wave.id, signal),
  );
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
  return <PaperEntryForm waveId={wave.id} items={codebook.data.items} reload={reload} />;
}

const emptyEntries = (items: readonly CodebookItem[]) =>
  Object.fromEntries(items.map((item) => [item.code, ''])) as Record<string, string>;

/** The problems of a failed save for the summary: one per item (linked to its input), the date, the form. */
function summarise(
  items: readonly CodebookItem[],
  problems: Record<string, string>,
  message: string | null,
): SummaryError[] {
  const known = new Set(items.map((i) => i.code));
  return [
    ...(message ? [{ fieldId: null, message }] : []),
    ...Object.entries(problems).map(([code, text]) => ({
      fieldId: known.has(code) ? fieldId(code) : code === 'receivedOn' ? RECEIVED_ID : null,
      message: known.has(code) ? `${code}: ${text}` : text,
    })),
  ];
}

/** The schema's findings at a failed save, in the order of the form. */
function clientProblems(items: readonly CodebookItem[], errors: FieldErrors<TPaperEntryForm>) {
  const problems: Record<string, string> = {};
  const date = errors.receivedOn?.message;
  if (date) problems.receivedOn = date;
  for (const item of items) {
    const message = firstMessage(errors.entries?.[item.code]);
    if (message) problems[item.code] = message;
  }
  // A message at `entries` itself is about the whole sheet (it is empty).
  const sheet = errors.entries?.message;
  return { problems, message: typeof sheet === 'string' && sheet ? sheet : null };
}

function PaperEntryForm({
  waveId,
  items,
  reload,
}: {
  waveId: number;
  items: readonly CodebookItem[];
  reload: () => void;
}) {
  const today = todayIso();
  const schema = useMemo(() => paperEntryForm(items, today), [items, today]);
  const form = useForm<TPaperEntryForm, unknown, TPaperEntryBody>({
    resolver: zodResolver(schema),
    // Entries are checked while typing; the summary below only changes on saving (it takes the focus).
    mode: 'onChange',
    shouldFocusError: false,
    defaultValues: { receivedOn: today, entries: emptyEntries(items) },
  });
  const entries = useWatch({ control: form.control, name: 'entries' });
  const enter = useMutation({
    mutationFn: (body: TPaperEntryBody) => surveyApi.enterPaper(waveId, body.values, body.receivedOn),
  });
  // The problems found at the last save: a snapshot, so typing does not move the focus to the summary.
  const [failure, setFailure] = useState<{ errors: SummaryError[]; attempt: number }>({
    errors: [],
    attempt: 0,
  });
  const [saved, setSaved] = useState<{ count: number; paper: number } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const fail = (errors: SummaryError[]) => setFailure((f) => ({ errors, attempt: f.attempt + 1 }));

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

  function entered() {
    setSaved(null);
    // A follow-up that is no longer asked loses its entry (and any message about it).
    const next = { ...form.getValues('entries') };
    for (const item of items) {
      if (isPaperItemAsked(item, next) || !next[item.code]) continue;
      next[item.code] = '';
      form.setValue(`entries.${item.code}`, '');
      form.clearErrors(`entries.${item.code}`);
    }
  }

  function startOver() {
    form.reset({ receivedOn: form.getValues('receivedOn'), entries: emptyEntries(items) });
    setFailure((f) => ({ errors: [], attempt: f.attempt }));
  }

  async function save(body: TPaperEntryBody) {
    try {
      const result = await enter.mutateAsync(body);
      setSaved((s) => ({ count: (s?.count ?? 0) + 1, paper: result.paperResponses }));
    } catch (e) {
      if (!(e instanceof SurveyApiError)) throw e;
      const known = new Set(items.map((i) => i.code));
      for (const [key, message] of Object.entries(e.fields)) {
        if (known.has(key)) form.setError(`entries.${key}`, { type: 'server', message });
        else if (key === 'receivedOn') form.setError('receivedOn', { type: 'server', message });
      }
      fail(summarise(items, e.fields, Object.keys(e.fields).length === 0 ? e.message : null));
      return;
    }
    // The next sheet: same received date (sheets come in batches), empty entries, focus on the first.
    startOver();
    reload();
    window.setTimeout(() => inputs()[0]?.focus(), 0);
  }

  function invalid(errors: FieldErrors<TPaperEntryForm>) {
    const { problems, message } = clientProblems(items, errors);
    fail(summarise(items, problems, message));
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
        onSubmit={form.handleSubmit(save, invalid)}
        aria-label="Papierbogen erfassen"
      >
        <ErrorSummary errors={failure.errors} attempt={failure.attempt} />
        <div className="app-narrow">
          <ControlledTextField
            control={form.control}
            name="receivedOn"
            id={RECEIVED_ID}
            label="Eingangsdatum des Bogens"
            type="date"
            max={today}
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
                control={form.control}
                asked={isPaperItemAsked(item, entries)}
                onEntered={entered}
                onKeyDown={onKeyDown}
              />
            </div>
          );
        })}
        <div className="app-form__actions app-entry-actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={enter.isPending}>
            <span className="kern-label">Speichern und nächster Bogen</span>
          </button>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              startOver();
              inputs()[0]?.focus();
            }}
          >
            <span className="kern-label">Eingaben verwerfen</span>
          </button>
        </div>
        {enter.isPending ? <Progress label="Der Bogen wird gespeichert …" /> : null}
      </form>
    </>
  );
}
