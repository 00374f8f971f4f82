// The Netzwerk module, lazy-loaded by its routes (src/routes.tsx): /netzwerk (members), /netzwerk/$ags
// (membership), /netzwerk/$ags/praeventionsrat (council), /netzwerk/coaching, /netzwerk/wissen.
import './network.css';

export { KnowledgePage } from '../knowledge/KnowledgePage.tsx';
export { CoachingPage } from './CoachingPage.tsx';
export { CouncilPage } from './CouncilPage.tsx';
export { MembershipPage } from './MembershipPage.tsx';
export { MembersPage } from './MembersPage.tsx';
