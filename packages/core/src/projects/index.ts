// Prevention projects along the Beccaria steps (issue 13).
export * from './list-projects';
export * from './project-evaluation';
export * from './project-row';
export * from './readable-scope';
export * from './save-project';
