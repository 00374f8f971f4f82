export * from './boundaries';
export * from './gemeindeverzeichnis';
export * from './read-csv-records';
