/**
 * The demo world a fresh clone starts with. Three onboarded LAs that border each other (so a
 * SENCO near a border deals with two of them), fictional schools (URNs from 9xxxxx, which GIAS
 * does not use), one school in an LA that has not joined, and a user for every role. The README
 * lists these logins; keep the two in step.
 */
export const DEMO_PASSWORD = 'demo-password-2026';

export const demoLaCodes = ['886', '887', '202'] as const; // Kent, Medway, Camden

export interface DemoSchool {
  urn: string;
  name: string;
  phase: string;
  type: string;
  laCode: string;
  postcode: string;
  isOpen?: boolean;
}

export const demoSchools: DemoSchool[] = [
  {
    urn: '900001',
    name: 'Oakfield Primary School',
    phase: 'Primary',
    type: 'Community school',
    laCode: '886',
    postcode: 'ME14 2LL',
  },
  {
    urn: '900002',
    name: 'Hollowbrook Church of England Primary School',
    phase: 'Primary',
    type: 'Voluntary aided school',
    laCode: '886',
    postcode: 'CT1 3QS',
  },
  {
    urn: '900003',
    name: 'Wealdgate Academy',
    phase: 'Secondary',
    type: 'Academy converter',
    laCode: '886',
    postcode: 'TN9 1PH',
  },
  {
    urn: '900004',
    name: 'Saltmarsh Special School',
    phase: 'All-through',
    type: 'Community special school',
    laCode: '886',
    postcode: 'DA11 9BQ',
  },
  {
    urn: '900011',
    name: 'Riverside Academy',
    phase: 'Secondary',
    type: 'Academy sponsor led',
    laCode: '887',
    postcode: 'ME4 4TB',
  },
  {
    urn: '900012',
    name: 'Chatham Lane Infant School',
    phase: 'Primary',
    type: 'Community school',
    laCode: '887',
    postcode: 'ME5 7AA',
  },
  {
    urn: '900013',
    name: 'Strood Valley Junior School',
    phase: 'Primary',
    type: 'Foundation school',
    laCode: '887',
    postcode: 'ME2 3DL',
  },
  {
    urn: '900021',
    name: 'Kentish Town Primary School',
    phase: 'Primary',
    type: 'Community school',
    laCode: '202',
    postcode: 'NW5 2TU',
  },
  {
    urn: '900022',
    name: 'Regent Park Secondary School',
    phase: 'Secondary',
    type: 'Voluntary controlled school',
    laCode: '202',
    postcode: 'NW1 4LL',
  },
  {
    urn: '900023',
    name: 'Primrose Hill Nursery School',
    phase: 'Nursery',
    type: 'Local authority nursery school',
    laCode: '202',
    postcode: 'NW1 8JL',
  },
  // Bexley has not joined the service: its pupils' requests must go to an onboarded LA or be refused.
  {
    urn: '900031',
    name: 'Crayford Road Primary School',
    phase: 'Primary',
    type: 'Community school',
    laCode: '303',
    postcode: 'DA1 4HB',
  },
  {
    urn: '900099',
    name: 'Old Mill Primary School (closed)',
    phase: 'Primary',
    type: 'Community school',
    laCode: '886',
    postcode: 'ME15 6AA',
    isOpen: false,
  },
];

export type DemoMembership =
  | { school: string; role: 'senco' | 'teacher' | 'headteacher' }
  | { la: string; role: 'caseworker' | 'team_manager' | 'panel_member' | 'la_admin' }
  | { platform: true; role: 'platform_admin' };

export interface DemoUser {
  email: string;
  displayName: string;
  memberships: DemoMembership[];
}

export const demoUsers: DemoUser[] = [
  {
    email: 'senco@oakfield.example.org',
    displayName: 'Sam Okafor',
    // A SENCO at two schools in two LAs: Oakfield (Kent) and Riverside (Medway).
    memberships: [
      { school: '900001', role: 'senco' },
      { school: '900011', role: 'senco' },
    ],
  },
  {
    email: 'teacher@oakfield.example.org',
    displayName: 'Priya Shah',
    memberships: [{ school: '900001', role: 'teacher' }],
  },
  {
    email: 'teacher2@oakfield.example.org',
    displayName: 'Tom Hughes',
    memberships: [{ school: '900001', role: 'teacher' }],
  },
  {
    email: 'head@oakfield.example.org',
    displayName: 'Grace Mensah',
    memberships: [{ school: '900001', role: 'headteacher' }],
  },
  {
    email: 'senco@kentishtown.example.org',
    displayName: 'Alex Byrne',
    memberships: [{ school: '900021', role: 'senco' }],
  },
  {
    email: 'caseworker@kent.example.org',
    displayName: 'Jordan Patel',
    memberships: [{ la: '886', role: 'caseworker' }],
  },
  {
    email: 'caseworker2@kent.example.org',
    displayName: 'Morgan Ellis',
    memberships: [{ la: '886', role: 'caseworker' }],
  },
  {
    email: 'manager@kent.example.org',
    displayName: 'Chris Walker',
    memberships: [{ la: '886', role: 'team_manager' }],
  },
  {
    email: 'panel@kent.example.org',
    displayName: 'Dr Ruth Adeyemi',
    // An educational psychologist on Kent's panel who also sits on Medway's.
    memberships: [
      { la: '886', role: 'panel_member' },
      { la: '887', role: 'panel_member' },
    ],
  },
  {
    email: 'admin@kent.example.org',
    displayName: 'Lee Harper',
    memberships: [{ la: '886', role: 'la_admin' }],
  },
  {
    email: 'caseworker@medway.example.org',
    displayName: 'Robin Clarke',
    memberships: [{ la: '887', role: 'caseworker' }],
  },
  {
    email: 'caseworker@camden.example.org',
    displayName: 'Nina Kowalski',
    memberships: [{ la: '202', role: 'caseworker' }],
  },
  {
    email: 'admin@camden.example.org',
    displayName: 'Femi Adebayo',
    memberships: [{ la: '202', role: 'la_admin' }],
  },
  {
    email: 'platform@casework.example.org',
    displayName: 'Pat Morgan',
    memberships: [{ platform: true, role: 'platform_admin' }],
  },
];
