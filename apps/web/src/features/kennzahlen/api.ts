import type { Kennzahlen, KennzahlKey, KennzahlRecords } from '@asskomm/contracts';
import { request } from '../../lib/api-client.ts';

const demoQuery = (demo: boolean) => (demo ? '?demodaten=ja' : '');

export const kennzahlenApi = {
  figures(demo: boolean, signal?: AbortSignal): Promise<Kennzahlen> {
    return request('GET', `/api/public/kennzahlen${demoQuery(demo)}`, { signal, expectUnauthorized: true });
  },
  records(figure: KennzahlKey, demo: boolean, signal?: AbortSignal): Promise<KennzahlRecords> {
    return request('GET', `/api/kennzahlen/${encodeURIComponent(figure)}${demoQuery(demo)}`, { signal });
  },
};

export const kennzahlenKeys = {
  figures: (demo: boolean) => ['kennzahlen', 'figures', demo],
  records: (figure: string, demo: boolean) => ['kennzahlen', 'records', figure, demo],
} as const;
