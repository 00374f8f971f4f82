// The public map and list of the alliance (GET /api/network/members), as the web receives it. Only what the
// alliance publishes anyway: no contacts, no notes, no council members.

export interface NetworkMemberJson {
  ags: string;
  name: string;
  kreisName: string;
  isDemo: boolean;
  isMember: boolean;
  /** ISO date; null unless a member. */
  memberSince: string | null;
  isModelMunicipality: boolean;
  council: { name: string; foundedOn: string | null } | null;
  /** Years in which the municipality was coached. */
  coachedYears: number[];
}
