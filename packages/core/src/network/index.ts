// The alliance network: membership timeline, consultations, agreements, coaching, prevention councils
// and remarks (Hinweise) with their Open311 view in the server.

// The network's schemas are part of the API contract; core re-exports them for the server.
export {
  ZAgreementInput,
  ZCoachingInput,
  ZCoachingUpdate,
  ZConsultationInput,
  ZCouncilInput,
  ZCouncilMeetingInput,
  ZCouncilMemberInput,
  ZDocumentFields,
  ZEventInput,
  ZGoodPracticeInput,
  ZGoodPracticeSearch,
} from '@asskomm/contracts';
export * from './agreements';
export * from './coaching';
export * from './consultations';
export * from './councils';
export * from './knowledge/documents';
export * from './knowledge/events';
export * from './knowledge/good-practices';
export * from './membership-timeline';
export * from './public-network';
export * from './remarks/list-remarks';
export * from './remarks/process-photo';
export * from './remarks/remark-stats';
export * from './remarks/submit-remark';
export * from './remarks/update-remark';
