import type { ReportViewBlock, ReportView as View } from '@asskomm/contracts';
import { REPORT_TEXT_MAX } from '@asskomm/contracts';
import { useId, useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { FieldError } from '../../components/FormField.tsx';
import { ScrollTable } from '../surveys/ui.tsx';

export interface EditHandler {
  /** Saves the analyst's wording (null: back to the generated text); resolves when saved. */
  save(kind: 'finding' | 'recommendation', id: string, text: string | null): Promise<void>;
}

/**
 * The Lagebericht as the web shows it, in the structure of the HTML and PDF renderers: numbered
 * sections, findings, recommendations, tables with header cells and captions, and charts as images
 * whose alternative text states their message. With `edit`, findings and recommendations get an
 * inline editor.
 */
export function ReportView({ view, edit }: { view: View; edit?: EditHandler | undefined }) {
  return (
    <article className="report" aria-labelledby="report-title">
      <header className="report__header">
        <h3 className="kern-heading-medium" id="report-title">
          {view.title}
        </h3>
        <p className="kern-body">{view.subtitle}</p>
        <p className="kern-body kern-body--small">Stand: {view.dateText}</p>
        {view.footnotes.map((f) => (
          <p key={f} className="kern-body kern-body--small report__note">
            {f}
          </p>
        ))}
      </header>
      <nav aria-label="Inhalt des Berichts" className="report__toc">
        <h4 className="kern-heading-small">Inhalt</h4>
        <ol>
          {view.sections.map((s) => (
            <li key={s.id}>
              <a className="kern-link" href={`#bericht-${s.id}`}>
                {s.number}. {s.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {view.sections.map((s) => (
        <section
          key={s.id}
          id={`bericht-${s.id}`}
          aria-labelledby={`bericht-h-${s.id}`}
          className="report__section"
        >
          <h3 className="kern-heading-medium" id={`bericht-h-${s.id}`}>
            {s.number}. {s.title}
          </h3>
          {s.blocks.map((b, i) => (
            // Blocks have no id of their own (paragraphs); their place in the section is stable.
            // biome-ignore lint/suspicious/noArrayIndexKey: the order of a report's blocks never changes.
            <Block key={i} block={b} edit={edit} />
          ))}
        </section>
      ))}
    </article>
  );
}

function Block({ block: b, edit }: { block: ReportViewBlock; edit?: EditHandler | undefined }) {
  switch (b.kind) {
    case 'heading':
      return <h4 className="kern-heading-small">{b.text}</h4>;
    case 'paragraph':
      return <p className="kern-body">{b.text}</p>;
    case 'note':
      return <p className="kern-body report__note">{b.text}</p>;
    case 'list':
      return (
        <ul className="kern-body">
          {b.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'finding':
      return (
        <EditableText
          className={`report__finding${b.notable ? ' report__finding--notable' : ''}`}
          label="Befund"
          text={b.text}
          edited={b.edited}
          onSave={edit ? (text) => edit.save('finding', b.editKey, text) : undefined}
        />
      );
    case 'recommendation':
      return (
        <div className="report__recommendation">
          <EditableText
            className=""
            label={`Empfehlung „${b.field}“`}
            prefix={`${b.field}: `}
            text={b.text}
            edited={b.edited}
            onSave={edit ? (text) => edit.save('recommendation', b.id, text) : undefined}
          />
          <p className="kern-body kern-body--small report__basis">Befund: {b.basedOn.text}</p>
        </div>
      );
    case 'table':
      return (
        <ScrollTable label={`Tabelle ${b.number}`} className="report__table">
          <table>
            <caption id={`tab-${b.id}`}>
              Tabelle {b.number}: {b.caption}
            </caption>
            <thead>
              <tr>
                {b.columns.map((c) => (
                  <th key={c.label} scope="col" className={c.align === 'right' ? 'report__num' : undefined}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {b.rows.map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows of a rendered table never move.
                <tr key={r}>
                  {row.map((cell, c) =>
                    c === 0 ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells of a rendered row never move.
                      <th key={c} scope="row">
                        {cell.text}
                      </th>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells of a rendered row never move.
                      <td key={c} className={b.columns[c]?.align === 'right' ? 'report__num' : undefined}>
                        {cell.text}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {b.note ? <p className="kern-body kern-body--small">{b.note}</p> : null}
        </ScrollTable>
      );
    case 'chart':
      return (
        <figure className="report__chart">
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(b.svg)}`} alt={b.alt} />
          <figcaption className="kern-body kern-body--small">
            Abbildung {b.number}: {b.caption}
          </figcaption>
        </figure>
      );
  }
}

function EditableText({
  className,
  label,
  prefix,
  text,
  edited,
  onSave,
}: {
  className: string;
  label: string;
  prefix?: string;
  text: string;
  edited: boolean;
  onSave?: ((text: string | null) => Promise<void>) | undefined;
}) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(text);
  // What is wrong with the text (at the field) and why saving failed (above the actions).
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();

  const save = async (next: string | null) => {
    if (next !== null && !next.trim()) {
      setError('Der Text darf nicht leer sein. „Erzeugten Text wiederherstellen“ nimmt die Änderung zurück.');
      return;
    }
    setSaving(true);
    setError(null);
    setFailure(null);
    try {
      await onSave!(next);
      setEditing(false);
    } catch (e) {
      setFailure(e instanceof Error ? e.message : 'Speichern fehlgeschlagen.');
    } finally {
      setSaving(false);
    }
  };

  if (editing)
    return (
      <div className={`report__editor ${className}`}>
        <label className="kern-label" htmlFor={id}>
          {label} bearbeiten
        </label>
        <textarea
          id={id}
          className="kern-form-input__input report__textarea"
          value={value}
          maxLength={REPORT_TEXT_MAX}
          rows={4}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setValue(e.target.value)}
        />
        {/* The message appears after pressing Speichern, so it is announced (the field has no summary). */}
        <div role="alert">{error ? <FieldError id={id} message={error} /> : null}</div>
        {failure ? (
          <Alert type="danger" live="alert" title="Nicht gespeichert">
            <p className="kern-body">{failure}</p>
          </Alert>
        ) : null}
        <div className="report__actions">
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            disabled={saving}
            onClick={() => void save(value)}
          >
            <span className="kern-label">{saving ? 'Wird gespeichert …' : 'Speichern'}</span>
          </button>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            disabled={saving}
            onClick={() => {
              setEditing(false);
              setValue(text);
              setError(null);
              setFailure(null);
            }}
          >
            <span className="kern-label">Abbrechen</span>
          </button>
          {edited ? (
            <button
              type="button"
              className="kern-btn kern-btn--tertiary"
              disabled={saving}
              onClick={() => void save(null)}
            >
              <span className="kern-label">Erzeugten Text wiederherstellen</span>
            </button>
          ) : null}
        </div>
      </div>
    );

  return (
    <div className={`report__item ${className}`}>
      <p className="kern-body">
        {prefix ? <strong>{prefix}</strong> : null}
        {text}
        {edited ? <span className="report__edited"> (bearbeitet)</span> : null}
      </p>
      {onSave ? (
        <button
          type="button"
          className="kern-btn kern-btn--tertiary kern-btn--small report__edit"
          onClick={() => {
            setValue(text);
            setEditing(true);
          }}
        >
          <span className="kern-label">
            Bearbeiten<span className="app-sr-only">: {label}</span>
          </span>
        </button>
      ) : null}
    </div>
  );
}
