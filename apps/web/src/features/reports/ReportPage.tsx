import type { ReportDraftDetail, ReportList, ReportVersionDetail } from '@asskomm/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Badge } from '../../components/Badge.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { Link, navigate, useLocation } from '../../lib/router.tsx';
import { reportApi } from './api.ts';
import { ReportFiles } from './ReportFiles.tsx';
import { type EditHandler, ReportView } from './ReportView.tsx';

export const reportKeys = {
  list: (ags: string) => ['reports', ags, 'list'],
  draft: (ags: string, id: number) => ['reports', ags, 'draft', id],
  version: (ags: string, id: number) => ['reports', ags, 'version', id],
};

const dateTime = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(new Date(iso));
/** "1 bearbeiteter Text", "3 bearbeitete Texte". */
const editedTexts = (n: number) => (n === 1 ? '1 bearbeiteter Text' : `${n} bearbeitete Texte`);
const date = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T12:00:00Z`),
  );

type Selected = { kind: 'draft' | 'version'; id: number } | null;

/** What the page shows: ?entwurf=ID or ?version=ID, else the latest version, else the latest open draft. */
function selected(search: URLSearchParams, list: ReportList): Selected {
  const draft = Number(search.get('entwurf'));
  if (Number.isInteger(draft) && draft > 0) return { kind: 'draft', id: draft };
  const version = Number(search.get('version'));
  if (Number.isInteger(version) && version > 0) return { kind: 'version', id: version };
  if (list.versions[0]) return { kind: 'version', id: list.versions[0].id };
  const open = list.drafts.find((d) => d.publishedVersionId === null);
  return open ? { kind: 'draft', id: open.id } : null;
}

export function ReportPage({ ags }: { ags: string }) {
  const { search, pathname } = useLocation();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: reportKeys.list(ags),
    queryFn: ({ signal }) => reportApi.list(ags, signal),
  });
  const create = useMutation({
    mutationFn: () => reportApi.createDraft(ags),
    onSuccess: (draft) => {
      client.setQueryData(reportKeys.draft(ags, draft.id), draft);
      void client.invalidateQueries({ queryKey: reportKeys.list(ags) });
      navigate(`${pathname}?entwurf=${draft.id}`);
    },
  });

  if (list.isPending) return <Loading label="Lageberichte werden geladen …" />;
  if (list.isError) return <ErrorMessage error={list.error} />;
  const data = list.data;
  const name = data.name.replace(/, (Stadt|Gemeinde)$/, '');
  const current = selected(search, data);
  const openDrafts = data.drafts.filter((d) => d.publishedVersionId === null);

  return (
    <Page
      title={`Lagebericht ${name}`}
      before={
        <nav aria-label="Brotkrumen" className="kern-body kern-body--small">
          <Link className="kern-link" href="/lageberichte">
            Lageberichte
          </Link>{' '}
          ›{' '}
          <Link className="kern-link" href={`/kommunen/${encodeURIComponent(ags)}`}>
            {name}
          </Link>
        </nav>
      }
      lead="Sicherheitsanalyse aus Polizeilicher Kriminalstatistik und Bürgerbefragung. Veröffentlichte Versionen bleiben unverändert: Sie werden immer aus den Daten erstellt, die beim Veröffentlichen galten."
    >
      <div className="report-layout">
        <div className="report-layout__lists">
          <section aria-labelledby="versionen" className="app-section">
            <h2 className="kern-heading-medium" id="versionen">
              Veröffentlichte Versionen
            </h2>
            {data.versions.length === 0 ? (
              <EmptyState title="Noch keine veröffentlichte Version" headingLevel={3}>
                {data.canEdit
                  ? 'Erstellen Sie einen Entwurf, prüfen und bearbeiten Sie ihn, und veröffentlichen Sie ihn dann.'
                  : 'Sobald die Kommune einen Lagebericht veröffentlicht, finden Sie ihn hier.'}
              </EmptyState>
            ) : (
              <ul className="report-list">
                {data.versions.map((v) => (
                  <li key={v.id}>
                    <Link
                      className="kern-link"
                      href={`${pathname}?version=${v.id}`}
                      aria-current={current?.kind === 'version' && current.id === v.id ? 'page' : undefined}
                    >
                      Version {v.number}
                    </Link>{' '}
                    <span className="kern-body kern-body--small">
                      Stand {date(v.reportDate)}, veröffentlicht {dateTime(v.publishedAt)}
                      {v.editCount ? `, ${editedTexts(v.editCount)}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {data.canEdit ? (
            <section aria-labelledby="entwuerfe" className="app-section">
              <h2 className="kern-heading-medium" id="entwuerfe">
                Entwürfe
              </h2>
              {openDrafts.length === 0 ? (
                <p className="kern-body">Kein offener Entwurf.</p>
              ) : (
                <ul className="report-list">
                  {openDrafts.map((d) => (
                    <li key={d.id}>
                      <Link
                        className="kern-link"
                        href={`${pathname}?entwurf=${d.id}`}
                        aria-current={current?.kind === 'draft' && current.id === d.id ? 'page' : undefined}
                      >
                        Entwurf {d.id}
                      </Link>{' '}
                      <span className="kern-body kern-body--small">
                        angelegt {dateTime(d.createdAt)}
                        {d.editCount ? `, ${editedTexts(d.editCount)}` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              <button
                type="button"
                className="kern-btn kern-btn--primary"
                disabled={create.isPending}
                onClick={() => create.mutate()}
              >
                <span className="kern-label">
                  {create.isPending ? 'Entwurf wird erstellt …' : 'Entwurf erstellen'}
                </span>
              </button>
              {create.isPending ? (
                <Loading label="Der Bericht wird aus den aktuellen Daten erstellt …" />
              ) : null}
              {create.isError ? <ErrorMessage error={create.error} /> : null}
            </section>
          ) : null}
        </div>
        <div className="report-layout__main">
          {current?.kind === 'draft' ? (
            <DraftPanel key={`d${current.id}`} ags={ags} id={current.id} />
          ) : current?.kind === 'version' ? (
            <VersionPanel key={`v${current.id}`} ags={ags} id={current.id} />
          ) : null}
        </div>
      </div>
    </Page>
  );
}

function VersionPanel({ ags, id }: { ags: string; id: number }) {
  const q = useQuery({
    queryKey: reportKeys.version(ags, id),
    queryFn: ({ signal }) => reportApi.version(ags, id, signal),
  });
  if (q.isPending) return <Loading label="Version wird geladen …" />;
  if (q.isError) return <ErrorMessage error={q.error} />;
  const v: ReportVersionDetail = q.data;
  return (
    <section aria-labelledby="ansicht" className="report-panel">
      <h2 className="kern-heading-medium" id="ansicht">
        Version {v.number} <Badge type="success" label="veröffentlicht" small />
      </h2>
      <Provenance p={v.provenance} />
      <ReportFiles ags={ags} item={{ kind: 'version', id: v.id }} />
      <ReportView view={v.report} />
    </section>
  );
}

function DraftPanel({ ags, id }: { ags: string; id: number }) {
  const client = useQueryClient();
  const { pathname } = useLocation();
  const [confirming, setConfirming] = useState(false);
  const q = useQuery({
    queryKey: reportKeys.draft(ags, id),
    queryFn: ({ signal }) => reportApi.draft(ags, id, signal),
  });
  const publish = useMutation({
    mutationFn: (dataHash: string) => reportApi.publish(ags, id, dataHash),
    onSuccess: (version) => {
      client.setQueryData(reportKeys.version(ags, version.id), version);
      void client.invalidateQueries({ queryKey: ['reports', ags] });
      navigate(`${pathname}?version=${version.id}`);
    },
  });
  if (q.isPending) return <Loading label="Der Entwurf wird aus den aktuellen Daten erstellt …" />;
  if (q.isError) return <ErrorMessage error={q.error} />;
  const d: ReportDraftDetail = q.data;
  const open = d.publishedVersionId === null;
  const edit: EditHandler | undefined = open
    ? {
        async save(kind, editId, text) {
          const next = await reportApi.patchDraft(ags, id, { edits: [{ kind, id: editId, text }] });
          client.setQueryData(reportKeys.draft(ags, id), next);
          void client.invalidateQueries({ queryKey: reportKeys.list(ags) });
        },
      }
    : undefined;

  return (
    <section aria-labelledby="ansicht" className="report-panel">
      <h2 className="kern-heading-medium" id="ansicht">
        Entwurf {d.id}{' '}
        <Badge
          type={open ? 'warning' : 'info'}
          label={open ? 'nicht veröffentlicht' : 'veröffentlicht'}
          small
        />
      </h2>
      <p className="kern-body">
        {open
          ? 'Der Entwurf zeigt die aktuellen Daten. Texte von Befunden und Empfehlungen können Sie mit „Bearbeiten“ anpassen; alles andere kommt aus den Daten.'
          : 'Dieser Entwurf ist veröffentlicht und kann nicht mehr geändert werden. Für Änderungen erstellen Sie einen neuen Entwurf.'}
      </p>
      {d.orphanedEdits.length ? (
        <Alert type="warning" title="Bearbeitete Texte ohne Befund">
          <p className="kern-body">
            Die aktuellen Daten ergeben diese Befunde nicht mehr; ihre bearbeiteten Texte erscheinen nicht im
            Bericht: {d.orphanedEdits.join(', ')}.
          </p>
        </Alert>
      ) : null}
      <Provenance p={d.provenance} />
      {open ? (
        <div className="report-publish">
          {confirming ? (
            <Alert type="warning" title="Entwurf veröffentlichen?" headingLevel={3}>
              <p className="kern-body">
                Die Version wird mit den heutigen Daten und{' '}
                {d.editCount === 0
                  ? 'den erzeugten Texten'
                  : d.editCount === 1
                    ? 'Ihrem bearbeiteten Text'
                    : `Ihren ${d.editCount} bearbeiteten Texten`}{' '}
                festgehalten und ist dann für den Präventionsrat sichtbar. Sie lässt sich danach nicht mehr
                ändern.
              </p>
              <div className="report__actions">
                <button
                  type="button"
                  className="kern-btn kern-btn--primary"
                  disabled={publish.isPending}
                  onClick={() => publish.mutate(d.provenance.dataHash)}
                >
                  <span className="kern-label">
                    {publish.isPending ? 'Wird veröffentlicht …' : 'Jetzt veröffentlichen'}
                  </span>
                </button>
                <button
                  type="button"
                  className="kern-btn kern-btn--secondary"
                  onClick={() => setConfirming(false)}
                >
                  <span className="kern-label">Abbrechen</span>
                </button>
              </div>
              {publish.isError ? <ErrorMessage error={publish.error} /> : null}
            </Alert>
          ) : (
            <button type="button" className="kern-btn kern-btn--primary" onClick={() => setConfirming(true)}>
              <span className="kern-label">Veröffentlichen …</span>
            </button>
          )}
        </div>
      ) : null}
      <ReportFiles ags={ags} item={{ kind: 'draft', id: d.id }} />
      <ReportView view={d.report} edit={edit} />
    </section>
  );
}

function Provenance({ p }: { p: ReportDraftDetail['provenance'] }) {
  return (
    <details className="report-provenance kern-body kern-body--small">
      <summary>Datengrundlage</summary>
      <dl>
        <dt>Stand</dt>
        <dd>{date(p.reportDate)}</dd>
        <dt>PKS-Jahre</dt>
        <dd>{p.pksYears.length ? p.pksYears.join(', ') : 'keine'}</dd>
        <dt>Befragung</dt>
        <dd>{p.waveId ?? 'keine'}</dd>
        <dt>Datenstand (SHA-256)</dt>
        <dd>
          <code>{p.dataHash.slice(0, 16)}…</code>
        </dd>
        <dt>Software</dt>
        <dd>ASSKomm {p.softwareVersion}</dd>
      </dl>
    </details>
  );
}
