import { EmptyState } from '../../components/EmptyState.tsx';
import { LoadedList } from '../../components/LoadedList.tsx';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate } from '../../lib/format.ts';
import { useApiQuery } from '../../lib/query.ts';
import { fileSize } from '../network/format.ts';
import { knowledgeApi, knowledgeKeys } from './api.ts';
import { DocumentForm } from './LibraryForms.tsx';

/** The alliance's document library (guides, templates); signed-in partners see internal ones too. */
export function Documents() {
  const { user } = useAuth();
  const documents = useApiQuery(knowledgeKeys.documents, (signal) => knowledgeApi.documents(signal));
  return (
    <section className="app-section" aria-labelledby="dokumente">
      <h2 className="kern-heading-medium" id="dokumente">
        Dokumente
      </h2>
      <LoadedList
        query={documents}
        items={documents.data?.items}
        loadingLabel="Dokumente werden geladen …"
        empty={
          <EmptyState title="Noch keine Dokumente" headingLevel={3}>
            <p className="kern-body">
              Leitfäden, Vorlagen und Protokolle der Allianz erscheinen hier, sobald die Geschäftsstelle sie
              hochlädt.
            </p>
          </EmptyState>
        }
      >
        {(items) => (
          <ul className="app-network-list">
            {items.map((d) => (
              <li key={d.id} className="app-network-list__item">
                <p className="kern-body kern-body--bold">
                  <a className="kern-link" href={knowledgeApi.documentHref(d.id)} download>
                    {d.title}
                  </a>
                </p>
                <p className="kern-body kern-body--small app-muted">
                  {d.category} · {d.visibility === 'public' ? 'öffentlich' : 'für Partner'} ·{' '}
                  {fileSize(d.file.size)} · {formatDate(d.uploadedAt)}
                </p>
                {d.description ? <p className="kern-body">{d.description}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </LoadedList>
      {user?.role === 'admin' ? <DocumentForm /> : null}
    </section>
  );
}
