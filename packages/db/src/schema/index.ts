// Every table of the platform. One file per module; add new modules here.
export * from './accounts';
export * from './funding';
export * from './jobs';
export * from './municipalities';
export * from './network';
export * from './pks';
export * from './projects';
export * from './rate-limits';
export * from './reports';
export * from './settings';
export * from './surveys';
export * from './training';
