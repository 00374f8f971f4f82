// "Zahlen, Daten, Fakten": the alliance's key figures from the records, with drill-down for staff.
export * from './compute-kennzahlen';
export * from './funding-source';
export * from './kennzahl-records';
