import { BECCARIA_STEP_LABELS, BECCARIA_STEPS, formatEuro } from '@asskomm/contracts';
import { useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Badge, DemoBadge } from '../../components/Badge.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Fact } from '../../components/Fact.tsx';
import { SelectField } from '../../components/FormField.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate } from '../../lib/format.ts';
import { queryClient, useApiQuery } from '../../lib/query.ts';
import { Link, navigate } from '../../lib/router.tsx';
import { fundingApi } from '../funding/api.ts';
import { fundingStatusBadge, fundingStatusLabel, projectStatusLabel } from '../funding/format.ts';
import { projectApi } from './api.ts';
import { EvaluationTable } from './EvaluationTable.tsx';

export function ProjectDetailPage({ id }: { id: number }) {
  const { user } = useAuth();
  const { data: p, error, reload } = useApiQuery(['projects', id], (signal) => projectApi.get(id, signal));
  const nextYear = new Date().getFullYear() + 1;
  const [year, setYear] = useState(String(nextYear));
  const [createError, setCreateError] = useState<string | null>(null);
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (!p) return <Loading label="Projekt wird geladen …" />;
  const canWrite = user?.role === 'admin' || (user?.role === 'kommune' && user.ags === p.ags);

  async function createApplication() {
    setCreateError(null);
    try {
      const created = await fundingApi.create(id, Number(year));
      await queryClient.invalidateQueries({ queryKey: ['funding'] });
      navigate(`/foerderung/antraege/${created.id}`);
    } catch (e) {
      setCreateError(e instanceof ApiError ? e.message : 'Der Antrag konnte nicht angelegt werden.');
    }
  }

  return (
    <Page
      title={p.title}
      titleAddon={p.isDemo ? <DemoBadge /> : null}
      before={
        <nav aria-label="Brotkrümelnavigation" className="app-breadcrumbs">
          <ol className="app-breadcrumbs__list">
            <li>
              <Link className="kern-link" href="/projekte">
                Präventionsprojekte
              </Link>
            </li>
            <li aria-current="page">{p.title}</li>
          </ol>
        </nav>
      }
    >
      {p.isDemo ? (
        <Alert type="info" title="Beispielprojekt">
          <p className="kern-body">Dieses Projekt ist ein Beispiel; seine Angaben sind Demodaten.</p>
        </Alert>
      ) : null}
      <dl className="kern-description-list">
        <Fact label="Kommune">{p.municipalityName}</Fact>
        <Fact label="Status">{projectStatusLabel(p.status)}</Fact>
        <Fact label="Zeitraum">
          {p.startsOn || p.endsOn ? `${formatDate(p.startsOn)} – ${formatDate(p.endsOn)}` : '–'}
        </Fact>
        <Fact label="Zielgruppen">{p.targetGroups.join(', ') || '–'}</Fact>
        <Fact label="Partner">{p.partners.join(', ') || '–'}</Fact>
        {p.materials.length > 0 ? (
          <Fact label="Materialien">
            {p.materials.map((m) => `${m.title}${m.quantity ? ` (${m.quantity})` : ''}`).join(', ')}
          </Fact>
        ) : null}
        {p.milestones.length > 0 ? (
          <Fact label="Meilensteine">
            <ul className="kern-list app-list">
              {p.milestones.map((m) => (
                <li key={`${m.title}-${m.dueOn}`}>
                  {m.title}
                  {m.dueOn ? `, fällig ${formatDate(m.dueOn)}` : ''}
                  {m.doneOn ? `, erledigt ${formatDate(m.doneOn)}` : ''}
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
      </dl>
      {canWrite ? (
        <p>
          <Link className="kern-btn kern-btn--secondary" href={`/projekte/${id}/bearbeiten`}>
            <span className="kern-label">Projekt bearbeiten</span>
          </Link>
        </p>
      ) : null}

      <section className="app-section" aria-labelledby="beccaria">
        <h2 className="kern-heading-medium" id="beccaria">
          Beschreibung nach den Beccaria-Standards
        </h2>
        <ol className="app-beccaria">
          {BECCARIA_STEPS.map((step) => (
            <li key={step} className="app-beccaria__step">
              <h3 className="kern-heading-small">{BECCARIA_STEP_LABELS[step]}</h3>
              <p className="kern-body app-pre-line">{p.steps[step]?.trim() || 'Noch nicht beschrieben.'}</p>
            </li>
          ))}
        </ol>
      </section>

      <section className="app-section" aria-labelledby="foerderung">
        <h2 className="kern-heading-medium" id="foerderung">
          Förderung (RL KommPräv)
        </h2>
        {p.applications.length === 0 ? (
          <p className="kern-body">Noch kein Förderantrag zu diesem Projekt.</p>
        ) : (
          <ul className="app-list">
            {p.applications.map((a) => (
              <li key={a.id}>
                <Link className="kern-link" href={`/foerderung/antraege/${a.id}`}>
                  Förderjahr {a.fundingYear}: {formatEuro(a.requestedCent)} beantragt
                  {a.approvedCent != null ? `, ${formatEuro(a.approvedCent)} bewilligt` : ''}
                </Link>{' '}
                <Badge
                  type={fundingStatusBadge(a.status)}
                  label={fundingStatusLabel(a.status)}
                  icon={false}
                  small
                />
              </li>
            ))}
          </ul>
        )}
        {canWrite ? (
          <div className="app-form__row app-form__row--end">
            <SelectField
              id="antrag-jahr"
              label="Förderjahr"
              value={year}
              onValueChange={setYear}
              options={[nextYear - 1, nextYear, nextYear + 1].map((y) => ({
                value: String(y),
                label: String(y),
              }))}
            />
            <button
              type="button"
              className="kern-btn kern-btn--primary"
              onClick={() => void createApplication()}
            >
              <span className="kern-label">Förderantrag anlegen</span>
            </button>
          </div>
        ) : null}
        {createError ? (
          <Alert type="danger" title="Nicht angelegt">
            <p className="kern-body">{createError}</p>
          </Alert>
        ) : null}
      </section>

      <EvaluationTable
        projectId={id}
        configured={
          p.evaluation.items.length > 0 && p.evaluation.waveBefore != null && p.evaluation.waveAfter != null
        }
      />
    </Page>
  );
}
