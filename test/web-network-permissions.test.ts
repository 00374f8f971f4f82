import { ROLES, type User } from '@asskomm/contracts';
import { can, type Permission } from '@asskomm/core';
import { describe, expect, it } from 'vitest';
import {
  mayReadCouncil,
  mayReadNetwork,
  maySeeCouncilMembers,
  mayWriteCouncil,
  mayWriteNetwork,
} from '../apps/web/src/features/network/permissions';

// The Netzwerk pages hide forms, and do not even ask for council members, by a mirror of the server's
// rule. The mirror must never grant more (or hide more) than core's can() does.
const OWN = '14999999';
const OTHER = '14999003';
const MIRRORS: [string, (user: User, ags: string) => boolean, Permission][] = [
  ['mayReadNetwork', mayReadNetwork, 'network:read'],
  ['mayWriteNetwork', mayWriteNetwork, 'network:write'],
  ['mayReadCouncil', mayReadCouncil, 'council:read'],
  ['mayWriteCouncil', mayWriteCouncil, 'council:write'],
  ['maySeeCouncilMembers', maySeeCouncilMembers, 'council:read-members'],
];

describe('web permissions of the Netzwerk pages follow core’s can()', () => {
  for (const role of ROLES) {
    const bound = role === 'kommune' || role === 'rat';
    const user: User = {
      id: 1,
      email: `${role}@example.org`,
      name: role,
      role,
      ags: bound ? OWN : null,
      assignedAgs: role === 'coach' ? [OWN] : [],
      mustChangePassword: false,
    };
    it(`agrees for role ${role}`, () => {
      for (const [name, mirror, permission] of MIRRORS)
        for (const ags of [OWN, OTHER])
          expect(mirror(user, ags), `${name} for ${role} on ${ags}`).toBe(can(user, permission, ags));
    });
  }
});
