import { useState } from 'react';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { TextField } from '../../../components/FormField.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { queryKeys, useApiQuery } from '../../../lib/query.ts';
import { surveyApi } from '../api.ts';
import { formatNumber } from '../format.ts';
import type { SectionProps } from '../WaveDetailPage.tsx';

export function FreeTextsSection({ wave }: SectionProps) {
  const { data, error, loading, reload } = useApiQuery(
    queryKeys.survey(wave.id, 'free-texts', wave.responses),
    (signal) => surveyApi.freeTexts(wave.id, signal),
  );
  const [filter, setFilter] = useState('');
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (loading || !data) return <Loading label="Freitexte werden geladen …" />;
  const needle = filter.trim().toLocaleLowerCase('de');
  const total = data.items.reduce((s, i) => s + i.answers.length, 0);
  if (total === 0) {
    return (
      <EmptyState title="Noch keine Freitexte" headingLevel={3}>
        <p className="kern-body">Sobald Antworten mit Freitext vorliegen, stehen sie hier.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <p className="kern-body">
        Offensichtliche personenbezogene Angaben – Namen nach einer Anrede, Telefonnummern, E-Mail-Adressen –
        sind durch [Name], [Telefon] und [E-Mail] ersetzt. Das ist eine automatische Hilfe, keine
        Anonymisierung: Lesen Sie Zitate vor einer Veröffentlichung.
      </p>
      <div className="app-narrow">
        <TextField
          id="freitexte-filter"
          label="In den Freitexten suchen"
          type="search"
          value={filter}
          onValueChange={setFilter}
        />
      </div>
      {data.items.map((item) => {
        const answers = item.answers.filter(
          (a) => !needle || a.text.toLocaleLowerCase('de').includes(needle),
        );
        return (
          <section className="app-section" key={item.code} aria-labelledby={`freitext-${item.code}`}>
            <h3 className="kern-heading-small" id={`freitext-${item.code}`}>
              {item.text}
            </h3>
            <p className="kern-body kern-body--small app-muted" role="status">
              {item.code} · {item.pageTitle} · {formatNumber(answers.length)} von{' '}
              {formatNumber(item.answers.length)} Antworten
            </p>
            {answers.length > 0 ? (
              <ul className="app-free-texts">
                {answers.map((a, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: answers are anonymous and may repeat.
                  <li key={i} className="app-free-texts__item">
                    {a.text}
                    {a.masked ? <span className="kern-sr-only"> (teilweise maskiert)</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
