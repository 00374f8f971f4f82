import { TRAINING_COURSES } from '@asskomm/contracts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate } from '../../lib/format.ts';
import { useApiQuery } from '../../lib/query.ts';
import { Link } from '../../lib/router.tsx';
import { trainingApi, trainingKeys } from './api.ts';
import { CohortForm } from './CohortForm.tsx';

/** Courses and cohorts; the LPR also creates cohorts here. */
export function TrainingPage() {
  const { user } = useAuth();
  const cohorts = useApiQuery(trainingKeys.cohorts, (signal) => trainingApi.cohorts(signal));
  return (
    <Page
      title="Qualifizierung"
      lead="Die Beccaria-Qualifizierung „Fachkraft für Kriminalprävention“ und der Studiengang Präventionsmanagement: Durchgänge, Anmeldungen, Anwesenheit und Zertifikate."
    >
      <section className="app-section" aria-labelledby="kurse">
        <h2 className="kern-heading-medium" id="kurse">
          Kurse
        </h2>
        <ul className="app-cards">
          {Object.values(TRAINING_COURSES).map((course) => (
            <li key={course.title} className="kern-card kern-card--surface app-card">
              <div className="kern-card__container">
                <div className="kern-card__body">
                  <h3 className="kern-heading-small">{course.title}</h3>
                  <p className="kern-body">
                    {course.modules
                      ? `Vier Module: ${course.modules.join(', ')}. Höchstens 25 Teilnehmende je Durchgang; Zertifikat nach dem Besuch aller Module.`
                      : 'Berufsbegleitend; die Module legt jeder Durchgang fest.'}
                  </p>
                </div>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section className="app-section" aria-labelledby="durchgaenge">
        <h2 className="kern-heading-medium" id="durchgaenge">
          Durchgänge
        </h2>
        {cohorts.loading ? <Loading label="Durchgänge werden geladen …" /> : null}
        {cohorts.error ? <ErrorMessage error={cohorts.error} onRetry={cohorts.reload} /> : null}
        {cohorts.data?.items.length === 0 ? (
          <EmptyState title="Noch keine Durchgänge" headingLevel={3}>
            <p className="kern-body">
              {user?.role === 'admin'
                ? 'Legen Sie unten den ersten Durchgang an.'
                : 'Der Landespräventionsrat legt Durchgänge an.'}
            </p>
          </EmptyState>
        ) : null}
        {cohorts.data && cohorts.data.items.length > 0 ? (
          <ScrollTable label="Durchgänge">
            <table className="kern-table kern-table--striped app-table-stack">
              <caption className="kern-sr-only">Durchgänge</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">
                    Durchgang
                  </th>
                  <th scope="col" className="kern-table__header">
                    Kurs
                  </th>
                  <th scope="col" className="kern-table__header">
                    Beginn
                  </th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">
                    Belegt
                  </th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">
                    Warteliste
                  </th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">
                    Abgeschlossen
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {cohorts.data.items.map((c) => (
                  <tr key={c.id} className={`kern-table__row${c.isDemo ? ' app-row--demo' : ''}`}>
                    <th scope="row" className="kern-table__header app-table-stack__title">
                      <Link className="kern-link" href={`/qualifizierung/durchgaenge/${c.id}`}>
                        {c.title}
                      </Link>
                    </th>
                    <td className="kern-table__cell" data-label="Kurs">
                      {c.courseTitle}
                    </td>
                    <td className="kern-table__cell" data-label="Beginn">
                      {formatDate(c.startsOn)}
                    </td>
                    <td className="kern-table__cell kern-table__cell--numeric" data-label="Belegt">
                      {c.enrolled} von {c.capacity}
                    </td>
                    <td className="kern-table__cell kern-table__cell--numeric" data-label="Warteliste">
                      {c.waiting}
                    </td>
                    <td className="kern-table__cell kern-table__cell--numeric" data-label="Abgeschlossen">
                      {c.completed}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        ) : null}
      </section>
      {user?.role === 'admin' ? <CohortForm /> : null}
    </Page>
  );
}
