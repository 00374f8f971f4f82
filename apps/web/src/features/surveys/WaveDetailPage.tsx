import type { WaveDetail } from '@asskomm/contracts';
import { lazy, type ReactNode, Suspense } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { DemoBadge } from '../../components/Badge.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Fact } from '../../components/Fact.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useAuth } from '../../lib/auth.tsx';
import { queryKeys, useApiQuery } from '../../lib/query.ts';
import { Link } from '../../lib/router.tsx';
import { surveyApi } from './api.ts';
import { fieldPeriod, formatNumber } from './format.ts';
import { CodesSection } from './sections/CodesSection.tsx';
import { ExportSection } from './sections/ExportSection.tsx';
import { FieldworkSection } from './sections/FieldworkSection.tsx';
import { FreeTextsSection } from './sections/FreeTextsSection.tsx';
import { QuestionnaireSection } from './sections/QuestionnaireSection.tsx';
import { SampleSection } from './sections/SampleSection.tsx';
import { WeightingSection } from './sections/WeightingSection.tsx';
import { defaultSection, SECTIONS } from './sections.ts';
import { StatusBadge } from './ui.tsx';

// The larger screens load on demand: results, the monitoring chart (ECharts) and data entry.
const ResultsSection = lazy(() =>
  import('./sections/ResultsSection.tsx').then((m) => ({ default: m.ResultsSection })),
);
const MonitoringSection = lazy(() =>
  import('./sections/MonitoringSection.tsx').then((m) => ({ default: m.MonitoringSection })),
);
const PaperEntrySection = lazy(() =>
  import('./sections/PaperEntrySection.tsx').then((m) => ({ default: m.PaperEntrySection })),
);

export interface SectionProps {
  wave: WaveDetail;
  canManage: boolean;
  /** Reload the wave after a change. */
  reload: () => void;
}

function Breadcrumbs({ current }: { current: string }) {
  return (
    <nav aria-label="Brotkrümelnavigation" className="app-breadcrumbs">
      <ol className="app-breadcrumbs__list">
        <li>
          <Link className="kern-link" href="/befragungen">
            Befragungen
          </Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

function SectionNav({ waveId, current, canManage }: { waveId: number; current: string; canManage: boolean }) {
  return (
    <nav aria-label="Bereiche der Befragung" className="app-subnav">
      <ul className="app-subnav__list">
        {SECTIONS.filter((s) => canManage || !s.manage).map((s) => (
          <li key={s.id}>
            <Link
              href={`/befragungen/${waveId}/${s.id}`}
              className={`app-subnav__link${s.id === current ? ' app-subnav__link--active' : ''}`}
              aria-current={s.id === current ? 'page' : undefined}
            >
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function renderSection(id: string, props: SectionProps): ReactNode {
  switch (id) {
    case 'fragebogen':
      return <QuestionnaireSection {...props} />;
    case 'gewichtung':
      return <WeightingSection {...props} />;
    case 'stichprobe':
      return <SampleSection {...props} />;
    case 'zugangscodes':
      return <CodesSection {...props} />;
    case 'feldphase':
      return <FieldworkSection {...props} />;
    case 'ruecklauf':
      return <MonitoringSection {...props} />;
    case 'papierboegen':
      return <PaperEntrySection {...props} />;
    case 'ergebnisse':
      return <ResultsSection {...props} />;
    case 'freitexte':
      return <FreeTextsSection {...props} />;
    case 'export':
      return <ExportSection {...props} />;
    default:
      return null;
  }
}

export function WaveDetailPage({ id, section }: { id: number; section: string | null }) {
  const { user } = useAuth();
  const { data, error, loading, reload } = useApiQuery(
    queryKeys.survey(id, 'detail'),
    (signal) => surveyApi.get(id, signal),
    {
      keepPrevious: true,
    },
  );
  const canManage = user?.role !== 'rat';

  if (error?.status === 404 || error?.status === 400) {
    return (
      <Page title="Befragung nicht gefunden" before={<Breadcrumbs current="Nicht gefunden" />}>
        <p className="kern-body">
          Diese Befragung gibt es nicht.{' '}
          <Link className="kern-link" href="/befragungen">
            Zur Liste der Befragungen
          </Link>
        </p>
      </Page>
    );
  }
  if (!data || data.id !== id) {
    return (
      <Page title="Befragung" before={<Breadcrumbs current="Befragung" />}>
        {error ? <ErrorMessage error={error} onRetry={reload} /> : null}
        {loading ? <Loading label="Befragung wird geladen …" /> : null}
      </Page>
    );
  }
  const current = section && SECTIONS.some((s) => s.id === section) ? section : defaultSection(data.status);
  const info = SECTIONS.find((s) => s.id === current)!;
  const allowed = canManage || !info.manage;
  return (
    <Page
      title={data.title}
      documentTitle={`${info.label} – ${data.title}`}
      titleAddon={
        <span className="app-badges">
          <StatusBadge status={data.status} />
          {data.isDemo ? <DemoBadge /> : null}
        </span>
      }
      before={<Breadcrumbs current={data.title} />}
      lead={data.municipalityName}
    >
      {data.isDemo ? (
        <Alert type="warning" title="Demodaten">
          <p className="kern-body">
            Diese Befragung gehört zur erfundenen Demokommune; ihre Antworten sind synthetisch oder zum
            Ausprobieren erfasst. Sie zeigt, wie Rücklauf, Ergebnisse und Exporte aussehen, und ist nicht für
            Auswertungen bestimmt.
          </p>
        </Alert>
      ) : null}
      <dl className="kern-description-list app-wave-facts">
        <Fact label="Feldphase">{fieldPeriod(data.fieldStart, data.fieldEnd)}</Fact>
        <Fact label="Stichprobe">
          {data.sampleSize ? `${formatNumber(data.sampleSize)} Anschreiben` : '–'}
        </Fact>
        <Fact label="Zugangscodes">
          {formatNumber(data.codes.total)} ({formatNumber(data.codes.used)} benutzt)
        </Fact>
        <Fact label="Antworten">{formatNumber(data.responses)}</Fact>
      </dl>
      <SectionNav waveId={data.id} current={current} canManage={canManage} />
      <section className="app-section app-wave-section" aria-labelledby="bereich-titel">
        <h2 className="kern-heading-medium" id="bereich-titel">
          {info.label}
        </h2>
        {allowed ? (
          <Suspense fallback={<Loading label="Bereich wird geladen …" />}>
            {renderSection(current, { wave: data, canManage, reload })}
          </Suspense>
        ) : (
          <p className="kern-body">Diesen Bereich können nur Konten bearbeiten, die Befragungen verwalten.</p>
        )}
      </section>
    </Page>
  );
}
