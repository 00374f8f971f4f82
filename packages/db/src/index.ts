export * from './backup';
export * from './client';
export * from './data-dir-lock';
export * from './schema/index';
export * from './while-loop-held';
