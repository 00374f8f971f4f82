import {
  EVIDENCE_LEVEL_LABELS,
  type GoodPracticeView,
  PRACTICE_SETTINGS,
  type TGoodPracticeSearch,
} from '@asskomm/contracts';
import { useState } from 'react';
import { Badge, DemoBadge } from '../../components/Badge.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { FilterBar, ResultCount } from '../../components/FilterBar.tsx';
import { SelectField, TextField } from '../../components/FormField.tsx';
import { LoadedList } from '../../components/LoadedList.tsx';
import { useApiQuery } from '../../lib/query.ts';
import { knowledgeApi, knowledgeKeys } from './api.ts';

interface Filters {
  q: string;
  topic: string;
  targetGroup: string;
  setting: string;
  evidenceLevel: string;
}
const EMPTY: Filters = { q: '', topic: '', targetGroup: '', setting: '', evidenceLevel: '' };

function toSearch(f: Filters): TGoodPracticeSearch {
  const search: TGoodPracticeSearch = {};
  if (f.q.trim()) search.q = f.q.trim();
  if (f.topic.trim()) search.topic = f.topic.trim();
  if (f.targetGroup.trim()) search.targetGroup = f.targetGroup.trim();
  if (f.setting) search.setting = f.setting as TGoodPracticeSearch['setting'];
  if (f.evidenceLevel) search.evidenceLevel = Number(f.evidenceLevel);
  return search;
}

function Practice({ practice }: { practice: GoodPracticeView }) {
  const level = practice.evidenceLevel;
  return (
    <li className="app-network-list__item" data-practice={practice.id}>
      <h3 className="kern-heading-small">{practice.title}</h3>
      <p className="kern-body kern-body--small app-muted">
        {practice.municipalityName} · Thema: {practice.topic} · Zielgruppe: {practice.targetGroup} · Setting:{' '}
        {practice.setting}
      </p>
      <p>
        {level ? (
          <Badge
            type="success"
            label={EVIDENCE_LEVEL_LABELS[level]}
            icon={false}
            small
            srPrefix="Grüne Liste Prävention:"
          />
        ) : (
          <Badge type="info" label="ohne Bewertung der Grünen Liste" icon={false} small />
        )}{' '}
        {practice.municipalityName.includes('(Demodaten)') ? <DemoBadge small /> : null}
      </p>
      <p className="kern-body">{practice.summary}</p>
      {practice.contact ? <p className="kern-body">Kontakt: {practice.contact}</p> : null}
    </li>
  );
}

/** Good practice the municipalities share, searchable by topic, target group, setting and evidence level. */
export function GoodPractices() {
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [applied, setApplied] = useState<TGoodPracticeSearch>({});
  const practices = useApiQuery(
    knowledgeKeys.practices(applied),
    (signal) => knowledgeApi.practices(applied, signal),
    {
      keepPrevious: true,
    },
  );
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const count = practices.data?.items.length ?? 0;
  return (
    <section className="app-section" aria-labelledby="praxisbeispiele">
      <h2 className="kern-heading-medium" id="praxisbeispiele">
        Praxisbeispiele
      </h2>
      <FilterBar label="Praxisbeispiele suchen" onSubmit={() => setApplied(toSearch(filters))}>
        <TextField
          id="praxis-q"
          label="Suchbegriff"
          type="search"
          value={filters.q}
          onValueChange={(q) => set({ q })}
        />
        <TextField
          id="praxis-thema"
          label="Thema"
          value={filters.topic}
          onValueChange={(topic) => set({ topic })}
        />
        <TextField
          id="praxis-zielgruppe"
          label="Zielgruppe"
          value={filters.targetGroup}
          onValueChange={(targetGroup) => set({ targetGroup })}
        />
        <SelectField
          id="praxis-setting"
          label="Setting"
          value={filters.setting}
          onValueChange={(setting) => set({ setting })}
          options={[{ value: '', label: 'alle' }, ...PRACTICE_SETTINGS.map((s) => ({ value: s, label: s }))]}
        />
        <SelectField
          id="praxis-stufe"
          label="Evidenzstufe (Grüne Liste Prävention)"
          value={filters.evidenceLevel}
          onValueChange={(evidenceLevel) => set({ evidenceLevel })}
          options={[
            { value: '', label: 'alle' },
            ...([1, 2, 3] as const).map((level) => ({
              value: String(level),
              label: EVIDENCE_LEVEL_LABELS[level],
            })),
          ]}
        />
        <div className="app-filter__actions">
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">Suchen</span>
          </button>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              setFilters(EMPTY);
              setApplied({});
            }}
          >
            <span className="kern-label">Filter zurücksetzen</span>
          </button>
        </div>
      </FilterBar>
      {practices.data ? (
        <ResultCount>{count === 1 ? '1 Praxisbeispiel' : `${count} Praxisbeispiele`}</ResultCount>
      ) : null}
      <LoadedList
        query={practices}
        items={practices.data?.items}
        loadingLabel="Praxisbeispiele werden gesucht …"
        empty={
          <EmptyState title="Kein Praxisbeispiel gefunden" headingLevel={3}>
            <p className="kern-body">
              Ändern Sie die Suche. Praxisbeispiele erscheinen hier, sobald eine Kommune ein Projekt zum
              Teilen freigibt.
            </p>
          </EmptyState>
        }
      >
        {(items) => (
          <ul className="app-network-list">
            {items.map((p) => (
              <Practice key={p.id} practice={p} />
            ))}
          </ul>
        )}
      </LoadedList>
    </section>
  );
}
