import { Page } from '../../components/Page.tsx';
import { useAuth } from '../../lib/auth.tsx';
import { SubNav } from '../network/SubNav.tsx';
import { Documents } from './Documents.tsx';
import { Events } from './Events.tsx';
import { GoodPractices } from './GoodPractices.tsx';
import { OwnPractices } from './OwnPractices.tsx';

/** Knowledge exchange of the alliance: what works elsewhere, the document library, network events. */
export function KnowledgePage() {
  const { user } = useAuth();
  // A municipality's account keeps its own projects here; the LPR and coaches see the shared library.
  const ownAgs = user?.role === 'kommune' ? user.ags : null;
  return (
    <Page
      title="Wissensaustausch"
      before={<SubNav current="wissen" />}
      lead="Was in anderen Kommunen wirkt, die Dokumente der Allianz und die nächsten Netzwerktreffen."
    >
      <GoodPractices />
      {ownAgs ? <OwnPractices ags={ownAgs} /> : null}
      <Documents />
      <Events />
    </Page>
  );
}
