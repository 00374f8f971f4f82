import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/FormField.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { formatDate } from '../../lib/format.ts';
import { useApiQuery } from '../../lib/query.ts';
import { Link, navigate, useLocation } from '../../lib/router.tsx';
import { publicPhotoHref, remarkKeys, remarksApi } from './api.ts';
import { municipalityLabel, useMunicipalityNames } from './municipalities.ts';
import { statusHref } from './RemarkSent.tsx';
import { RemarkStatusBadge } from './StatusBadge.tsx';

/** The published remarks of one municipality: without senders' data, personal data in texts masked. */
export function PublicRemarksPage() {
  const { search } = useLocation();
  const ags = search.get('kommune') ?? '';
  const valid = /^\d{8}$/.test(ags);
  const { names } = useMunicipalityNames();
  const list = useApiQuery(valid ? remarkKeys.publicList(ags) : null, (signal) =>
    remarksApi.publicList(ags, signal),
  );
  const current = names?.find((m) => m.ags === ags);

  return (
    <Page
      title="Veröffentlichte Hinweise"
      lead="Hinweise von Bürgerinnen, Bürgern und Fachkräften, nachdem die Kommune sie geprüft hat – ohne Namen und Kontaktdaten."
    >
      <form className="app-map-controls" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          id="kommune"
          label="Kommune"
          value={ags}
          onValueChange={(value) =>
            navigate(value ? `/hinweise?kommune=${value}` : '/hinweise', { replace: true, keepScroll: true })
          }
          options={[
            { value: '', label: 'Bitte wählen' },
            ...(names ?? []).map((m) => ({ value: m.ags, label: municipalityLabel(m) })),
          ]}
        />
      </form>
      <p className="kern-body">
        <Link className="kern-link" href={valid ? `/hinweis?kommune=${ags}` : '/hinweis'}>
          Selbst einen Hinweis geben
        </Link>
      </p>
      {!valid ? <p className="kern-body">Wählen Sie eine Kommune, um ihre Hinweise zu sehen.</p> : null}
      {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      {list.loading ? <Loading label="Hinweise werden geladen …" /> : null}
      {list.data && list.data.items.length === 0 ? (
        <EmptyState title={`Noch keine veröffentlichten Hinweise${current ? ` für ${current.name}` : ''}`}>
          <p className="kern-body">Hinweise erscheinen hier, sobald die Kommune sie geprüft hat.</p>
        </EmptyState>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <ul className="app-remark-list" aria-label={`Hinweise${current ? ` für ${current.name}` : ''}`}>
          {list.data.items.map((remark) => (
            <li key={remark.publicId} className="app-remark-card">
              <h2 className="kern-heading-small">
                <Link className="kern-link" href={statusHref(remark.publicId)}>
                  {remark.categoryName}: Hinweis {remark.publicId}
                </Link>
              </h2>
              <p className="kern-body kern-body--small app-muted">
                eingegangen am {formatDate(remark.requestedAt)} · zuständig: {remark.agencyResponsible}
              </p>
              <RemarkStatusBadge status={remark.status} small />
              {remark.description ? <p className="kern-body app-pre-line">{remark.description}</p> : null}
              {remark.addressString ? <p className="kern-body">Ort: {remark.addressString}</p> : null}
              {remark.statusNote ? (
                <p className="kern-body">
                  <strong>Antwort der Kommune:</strong> {remark.statusNote}
                </p>
              ) : null}
              {remark.hasPhoto ? (
                <img
                  className="app-photo app-photo--small"
                  src={publicPhotoHref(remark.publicId)}
                  alt={`Foto zum Hinweis ${remark.publicId}`}
                  loading="lazy"
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
