import type { NetworkMemberJson } from '@asskomm/contracts';
import { request } from '../../lib/api-client.ts';
import { useApiQuery } from '../../lib/query.ts';

export const memberKeys = { members: ['network', 'members'] as const };

/** Members, prevention councils and coached municipalities (public, no login). */
export function useNetworkMembers() {
  return useApiQuery(
    memberKeys.members,
    (signal) =>
      request<{ items: NetworkMemberJson[] }>('GET', '/api/network/members', {
        signal,
        expectUnauthorized: true,
      }),
    { staleTime: 5 * 60_000 },
  );
}
