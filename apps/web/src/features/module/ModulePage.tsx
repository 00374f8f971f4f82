import { EmptyState } from '../../components/EmptyState.tsx';
import { Page } from '../../components/Page.tsx';
import type { ModuleInfo } from '../../lib/modules.ts';
import { Link } from '../../lib/router.tsx';

/** Page of a module that is not built yet. */
export function ModulePage({ module }: { module: ModuleInfo }) {
  return (
    <Page title={module.label}>
      <EmptyState title="In Vorbereitung">
        <p className="kern-body">{module.description}</p>
        <p className="kern-body">
          Bis dahin finden Sie die Daten aller sächsischen Kommunen unter{' '}
          <Link className="kern-link" href="/kommunen">
            Kommunen
          </Link>
          .
        </p>
      </EmptyState>
    </Page>
  );
}
