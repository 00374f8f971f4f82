import { Badge } from '../../components/Badge.tsx';
import { Page } from '../../components/Page.tsx';
import { ReferenceNotice } from '../../components/ReferenceNotice.tsx';
import { useAuth } from '../../lib/auth.tsx';
import { modules } from '../../lib/modules.ts';
import { Link } from '../../lib/router.tsx';

export function StartPage() {
  const { user } = useAuth();
  return (
    <Page
      title="Übersicht"
      lead={
        user
          ? `Willkommen, ${user.name}. Hier finden Sie die Module der ASSKomm-Plattform.`
          : 'Die Module der ASSKomm-Plattform.'
      }
    >
      <ReferenceNotice />
      {user?.ags ? (
        <p className="kern-body kern-body--large app-section">
          <Link className="kern-link" href={`/kommunen/${encodeURIComponent(user.ags)}`}>
            Zu Ihrer Kommune
          </Link>
        </p>
      ) : null}
      {user ? (
        <p className="kern-body app-section">
          <Link className="kern-link" href="/hinweise/bearbeitung">
            Hinweise von Bürgerinnen, Bürgern und Fachkräften bearbeiten
          </Link>
        </p>
      ) : null}
      <ul className="app-cards" aria-label="Module">
        {modules.map((module) => (
          <li key={module.path} className="kern-card kern-card--interactive app-card">
            <div className="kern-card__container">
              <div className="kern-card__header">
                <h2 className="kern-title">
                  <Link className="kern-link kern-link--stretched" href={module.path}>
                    {module.label}
                  </Link>
                </h2>
              </div>
              <div className="kern-card__body">
                <p className="kern-body">{module.description}</p>
              </div>
              <div className="kern-card__footer">
                {module.ready ? (
                  <Badge type="success" label="Verfügbar" icon={false} />
                ) : (
                  <Badge type="info" label="In Vorbereitung" icon={false} />
                )}
              </div>
            </div>
          </li>
        ))}
      </ul>
    </Page>
  );
}
