export * from './app';
export * from './start-server';
