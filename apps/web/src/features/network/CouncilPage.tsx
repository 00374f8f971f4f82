import type { CouncilMeetingView, CouncilRemarkView } from '@asskomm/contracts';
import { Alert } from '../../components/Alert.tsx';
import { DemoBadge } from '../../components/Badge.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Fact } from '../../components/Fact.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { api } from '../../lib/api-client.ts';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate } from '../../lib/format.ts';
import { queryKeys, useApiQuery } from '../../lib/query.ts';
import { networkApi, networkKeys } from './api.ts';
import { Breadcrumbs } from './Breadcrumbs.tsx';
import { CouncilForm } from './CouncilForm.tsx';
import { CouncilMembers } from './CouncilMembers.tsx';
import { MeetingForm } from './MeetingForm.tsx';
import { mayReadCouncil, mayReadNetwork, maySeeCouncilMembers, mayWriteCouncil } from './permissions.ts';

const REMARK_STATUS: Record<CouncilRemarkView['status'], string> = {
  eingegangen: 'eingegangen',
  in_bearbeitung: 'in Bearbeitung',
  erledigt: 'erledigt',
  abgelehnt: 'abgelehnt',
};

function Meeting({ meeting }: { meeting: CouncilMeetingView }) {
  return (
    <li className="app-network-list__item" data-meeting={meeting.id}>
      <h3 className="kern-heading-small">Sitzung am {formatDate(meeting.heldOn)}</h3>
      {meeting.agenda ? (
        <>
          <p className="kern-body kern-body--bold">Tagesordnung</p>
          <p className="kern-body app-pre-line">{meeting.agenda}</p>
        </>
      ) : null}
      {meeting.minutes ? (
        <>
          <p className="kern-body kern-body--bold">Protokoll</p>
          <p className="kern-body app-pre-line">{meeting.minutes}</p>
        </>
      ) : null}
      {meeting.decisions.length ? (
        <>
          <p className="kern-body kern-body--bold">Beschlüsse</p>
          <ul className="kern-list">
            {meeting.decisions.map((d) => (
              <li key={d} className="kern-body">
                {d}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {meeting.tasks.length ? (
        <>
          <p className="kern-body kern-body--bold">Aufgaben</p>
          <ul className="kern-list">
            {meeting.tasks.map((t, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: tasks have no id; their order is stable.
              <li key={i} className="kern-body">
                {t.done ? '✓ ' : ''}
                {t.text} – {t.owner}
                {t.dueOn ? `, bis ${formatDate(t.dueOn)}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
}

function OpenRemarks({ remarks }: { remarks: CouncilRemarkView[] }) {
  if (remarks.length === 0) return <p className="kern-body">Es gibt keine offenen Hinweise.</p>;
  return (
    <ul className="app-network-list">
      {remarks.map((r) => (
        <li key={r.id} className="app-network-list__item" data-remark={r.publicId}>
          <p className="kern-body kern-body--bold">
            {r.categoryName} · {REMARK_STATUS[r.status]} · eingegangen am {formatDate(r.requestedAt)}
          </p>
          {r.description ? <p className="kern-body">{r.description}</p> : null}
          <p className="kern-body kern-body--small app-muted">
            {[r.addressString, `zuständig: ${r.agencyResponsible}`].filter(Boolean).join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The municipal prevention council (KPR): dates, members, meetings and the open remarks for its agenda. */
export function CouncilPage({ ags }: { ags: string }) {
  const { user } = useAuth();
  const allowed = user ? mayReadCouncil(user, ags) : false;
  const detail = useApiQuery(queryKeys.municipality(ags), (signal) => api.municipality(ags, signal));
  const view = useApiQuery(allowed ? networkKeys.part(ags, 'council') : null, (signal) =>
    networkApi.council(ags, signal),
  );
  const name = detail.data?.name ?? ags;
  const trail = user && mayReadNetwork(user, ags) ? [{ href: `/netzwerk/${ags}`, label: name }] : [];
  const before = <Breadcrumbs trail={trail} current="Präventionsrat" />;
  if (!user || !allowed)
    return (
      <Page title="Präventionsrat" before={before}>
        <Alert type="info" title="Keine Berechtigung">
          <p className="kern-body">
            Den Präventionsrat einer Kommune sehen die Kommune selbst, ihr Rat, die Coaches und der LPR.
          </p>
        </Alert>
      </Page>
    );
  const editable = mayWriteCouncil(user, ags);
  const seesMembers = maySeeCouncilMembers(user, ags);
  const missing = view.error?.status === 404;
  const data = view.data;

  return (
    <Page
      title={data ? data.council.name : `Präventionsrat ${name}`}
      documentTitle={`Präventionsrat ${name}`}
      titleAddon={detail.data?.isDemo ? <DemoBadge /> : null}
      before={before}
      lead={`Kommunaler Präventionsrat (KPR) von ${name}`}
    >
      {view.error && !missing ? <ErrorMessage error={view.error} onRetry={view.reload} /> : null}
      {view.loading ? <Loading label="Präventionsrat wird geladen …" /> : null}
      {missing ? (
        <EmptyState title="Noch kein Präventionsrat">
          <p className="kern-body">Für {name} ist kein Kommunaler Präventionsrat angelegt.</p>
          {editable ? <CouncilForm ags={ags} council={null} defaultName={`Präventionsrat ${name}`} /> : null}
        </EmptyState>
      ) : null}
      {data ? (
        <>
          <section className="app-section" aria-labelledby="rat-angaben">
            <h2 className="kern-heading-medium" id="rat-angaben">
              Gründung
            </h2>
            <dl className="kern-description-list">
              <Fact label="Gegründet am">{formatDate(data.council.foundedOn)}</Fact>
              <Fact label="Reaktiviert am">{formatDate(data.council.reactivatedOn)}</Fact>
              <Fact label="Mitglieder">{data.memberCount}</Fact>
            </dl>
            {editable ? (
              <CouncilForm ags={ags} council={data.council} defaultName={data.council.name} />
            ) : null}
          </section>
          <section className="app-section" aria-labelledby="rat-mitglieder">
            <h2 className="kern-heading-medium" id="rat-mitglieder">
              Mitglieder
            </h2>
            {seesMembers ? (
              <CouncilMembers ags={ags} editable={editable} />
            ) : (
              <p className="kern-body" data-testid="members-hidden">
                Der Rat hat {data.memberCount} Mitglieder. Namen und Kontaktdaten sehen nur die Kommune und
                der Landespräventionsrat.
              </p>
            )}
          </section>
          <section className="app-section" aria-labelledby="rat-hinweise">
            <h2 className="kern-heading-medium" id="rat-hinweise">
              Offene Hinweise
            </h2>
            <p className="kern-body app-muted">
              Hinweise aus der Bürgerschaft, die noch nicht erledigt sind – für die nächste Tagesordnung.
            </p>
            <OpenRemarks remarks={data.openRemarks} />
          </section>
          <section className="app-section" aria-labelledby="rat-sitzungen">
            <h2 className="kern-heading-medium" id="rat-sitzungen">
              Sitzungen
            </h2>
            {data.meetings.length === 0 ? (
              <EmptyState title="Noch keine Sitzungen" headingLevel={3}>
                <p className="kern-body">
                  Erfasste Sitzungen mit Tagesordnung, Protokoll und Beschlüssen erscheinen hier.
                </p>
              </EmptyState>
            ) : (
              <ul className="app-network-list">
                {data.meetings.map((m) => (
                  <Meeting key={m.id} meeting={m} />
                ))}
              </ul>
            )}
            {editable ? <MeetingForm ags={ags} /> : null}
          </section>
        </>
      ) : null}
    </Page>
  );
}
