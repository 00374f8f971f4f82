// The platform's domain services. Server and CLI are thin shells over these.

export * from './audit/list-audit-log';
export * from './audit/record-audit';
export * from './auth/authorize';
export * from './auth/change-password';
export * from './auth/login';
export * from './auth/password';
export * from './auth/sessions';
export * from './config';
export * from './context';
export * from './errors';
export * from './municipalities/get-municipality';
export * from './municipalities/list-districts';
export * from './municipalities/list-municipalities';
export * from './municipalities/update-municipality';
export * from './platform/backup';
export * from './platform/demo';
export * from './platform/health';
export * from './platform/open-platform';
export * from './platform/version';
export * from './reference/attributions';
export * from './reference/find-reference-dir';
export * from './reference/load-reference-data';
export * from './reference/reference-status';
export * from './users/create-user';
export * from './users/list-users';
