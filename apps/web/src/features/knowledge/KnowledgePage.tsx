import { Page } from '../../components/Page.tsx';
import { SubNav } from '../network/SubNav.tsx';
import { Documents } from './Documents.tsx';
import { Events } from './Events.tsx';
import { GoodPractices } from './GoodPractices.tsx';

/** Knowledge exchange of the alliance: what works elsewhere, the document library, network events. */
export function KnowledgePage() {
  return (
    <Page
      title="Wissensaustausch"
      before={<SubNav current="wissen" />}
      lead="Was in anderen Kommunen wirkt, die Dokumente der Allianz und die nächsten Netzwerktreffen."
    >
      <GoodPractices />
      <Documents />
      <Events />
    </Page>
  );
}
