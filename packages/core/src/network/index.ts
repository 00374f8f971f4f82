// The alliance network: membership timeline, consultations, agreements, coaching, prevention councils
// and remarks (Hinweise) with their Open311 view in the server.
export * from './agreements';
export * from './coaching';
export * from './consultations';
export * from './councils';
export * from './knowledge/documents';
export * from './knowledge/events';
export * from './knowledge/good-practices';
export * from './knowledge/knowledge-schemas';
export * from './membership-timeline';
export * from './public-network';
export * from './remarks/list-remarks';
export * from './remarks/process-photo';
export * from './remarks/remark-stats';
export * from './remarks/submit-remark';
export * from './remarks/update-remark';
export * from './schemas';
