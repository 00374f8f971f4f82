// The helper lives in the browser-safe contracts package (zod only); core re-exports it for its own
// schemas and for the server.
export * from '@asskomm/contracts/plain-text';
