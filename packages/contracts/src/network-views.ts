// What the network routes answer, as the web app receives it (JSON: dates and timestamps are strings).
// The server builds these objects in packages/core/src/network; the shapes here follow them.
import type { CouncilMemberRole, PracticeSetting } from './domain.ts';

export interface NetworkMember {
  ags: string;
  name: string;
  kreisName: string;
  isDemo: boolean;
  isMember: boolean;
  memberSince: string | null;
  isModelMunicipality: boolean;
  council: { name: string; foundedOn: string | null } | null;
  coachedYears: number[];
}

export type TimelineKind = 'consultation' | 'agreement' | 'coaching' | 'council' | 'membership';

export interface TimelineEntry {
  kind: TimelineKind;
  date: string;
  id: number | null;
  title: string;
  detail: string;
}

export interface FollowUpView {
  text: string;
  dueOn: string | null;
  done: boolean;
}

export interface ConsultationView {
  id: number;
  ags: string;
  heldOn: string;
  advisor: string;
  topic: string;
  notes: string;
  followUps: FollowUpView[];
  createdAt: string;
}

export interface StoredFileView {
  name: string;
  type: string;
  size: number;
}

export interface AgreementView {
  id: number;
  ags: string;
  signedOn: string;
  parties: string[];
  goals: string;
  document: StoredFileView | null;
  createdAt: string;
}

export interface MilestoneView {
  title: string;
  dueOn: string | null;
  doneOn: string | null;
}

export interface CoachingView {
  id: number;
  ags: string;
  coachUserId: number | null;
  coachName: string;
  year: number;
  topic: string;
  hours: number;
  milestones: MilestoneView[];
  notes: string;
  createdAt: string;
}

export interface CouncilMemberView {
  id: number;
  councilId: number;
  name: string;
  organisation: string;
  role: CouncilMemberRole;
  email: string | null;
  phone: string | null;
}

export interface MeetingTaskView {
  text: string;
  owner: string;
  dueOn: string | null;
  done: boolean;
}

export interface CouncilMeetingView {
  id: number;
  councilId: number;
  heldOn: string;
  agenda: string;
  minutes: string;
  decisions: string[];
  tasks: MeetingTaskView[];
}

export type RemarkStatusName = 'eingegangen' | 'in_bearbeitung' | 'erledigt' | 'abgelehnt';

/** A remark as the council's meeting view lists it: without the reporter's data. */
export interface CouncilRemarkView {
  id: number;
  publicId: string;
  category: string;
  categoryName: string;
  description: string | null;
  status: RemarkStatusName;
  statusNote: string | null;
  agencyResponsible: string;
  addressString: string | null;
  requestedAt: string;
}

export interface CouncilViewResponse {
  council: { id: number; ags: string; name: string; foundedOn: string | null; reactivatedOn: string | null };
  /** The members themselves come from GET …/council/members (the council's municipality and the LPR). */
  memberCount: number;
  meetings: CouncilMeetingView[];
  openRemarks: CouncilRemarkView[];
}

export interface GoodPracticeView {
  id: number;
  ags: string;
  municipalityName: string;
  title: string;
  summary: string;
  topic: string;
  targetGroup: string;
  setting: PracticeSetting;
  evidenceLevel: 1 | 2 | 3 | null;
  contact: string;
  shared: boolean;
  updatedAt: string;
}

export interface NetworkDocumentView {
  id: number;
  title: string;
  description: string;
  category: string;
  visibility: 'public' | 'members';
  file: StoredFileView;
  uploadedAt: string;
}

export interface NetworkEventView {
  id: number;
  title: string;
  startsAt: string;
  place: string;
  description: string;
  capacity: number;
  registrationUntil: string | null;
  registered: number;
  waiting: number;
  myStatus: 'angemeldet' | 'warteliste' | null;
}
