// Types of the HTTP API (see the foundation issue). Kept in one place so the pages agree with each other.

export type Role = 'admin' | 'coach' | 'kommune' | 'rat';

export interface User {
  id: string | number;
  email: string;
  name: string;
  role: Role;
  ags: string | null;
  mustChangePassword: boolean;
}

export interface SessionResponse {
  user: User;
  csrfToken: string;
}

export type MembershipStatus = 'keine' | 'interessiert' | 'mitglied' | 'ausgetreten';

export type MunicipalitySort =
  | 'name'
  | '-name'
  | 'population'
  | '-population'
  | 'ags'
  | 'density'
  | '-density'
  | 'area';

export interface MunicipalityListItem {
  ags: string;
  name: string;
  kreisSchluessel: string;
  kreisName: string;
  gemeindetyp: string;
  population: number | null;
  areaKm2: number | null;
  density: number | null;
  isDemo: boolean;
  membershipStatus: MembershipStatus;
}

export interface MunicipalityList {
  total: number;
  items: MunicipalityListItem[];
}

export interface MunicipalityQuery {
  q?: string;
  kreis?: string;
  minPopulation?: number;
  maxPopulation?: number;
  sort?: MunicipalitySort;
  limit?: number;
  offset?: number;
}

export interface Contact {
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
}

export interface MunicipalityDetail {
  ags: string;
  ars: string | null;
  name: string;
  gemeindetyp: string | null;
  kreisSchluessel: string;
  kreisName: string;
  gemeindeverbandName: string | null;
  plz: string | null;
  population: number | null;
  populationMale: number | null;
  populationFemale: number | null;
  areaKm2: number | null;
  density: number | null;
  populationDate: string | null;
  isDemo: boolean;
  membership: {
    status: MembershipStatus;
    since: string | null;
    until: string | null;
    agreementDate: string | null;
  };
  preventionCouncil: {
    exists: boolean;
    name: string | null;
    foundedOn: string | null;
  };
  contacts: Contact[] | null;
}

export interface District {
  kreisSchluessel: string;
  name: string;
  kreisTyp: string;
  population: number | null;
  areaKm2: number | null;
  municipalityCount: number;
}

export interface MunicipalityFeatureProperties {
  ags: string;
  name: string;
  kreis_schluessel: string;
  kreis_name: string;
}

export interface GeoFeature<P> {
  type: 'Feature';
  properties: P;
  geometry: unknown;
}

export interface GeoFeatureCollection<P> {
  type: 'FeatureCollection';
  features: GeoFeature<P>[];
}

export interface ReferenceStatus {
  loaded: boolean;
  directory: string | null;
  datasets: { id: string; title: string; rows: number; loadedAt: string }[];
  hint: string | null;
}

export interface Attribution {
  id: string;
  title: string;
  text: string;
  url: string | null;
}

export interface Health {
  status: 'ok';
  database: { kind: 'pglite' | 'postgres'; migrations: string };
  version: string;
}

export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    fields?: Record<string, string>;
  };
}
