// Name pools for the seeded organisation and a seeded PRNG, so every run builds the same
// directory (tests and benchmarks compare like with like).

export const FIRST_NAMES = [
  'Emma',
  'Liam',
  'Olivia',
  'Noah',
  'Ava',
  'Lucas',
  'Mia',
  'Ethan',
  'Sofia',
  'Mason',
  'Isabella',
  'Logan',
  'Amelia',
  'James',
  'Harper',
  'Benjamin',
  'Ella',
  'Daniel',
  'Grace',
  'Henry',
  'Chloe',
  'Samuel',
  'Lily',
  'David',
  'Hannah',
  'Joseph',
  'Nora',
  'Adam',
  'Sarah',
  'Omar',
  'Aisha',
  'Raj',
  'Priya',
  'Wei',
  'Mei',
  'Kenji',
  'Yuki',
  'Carlos',
  'Lucia',
  'Mateo',
  'Elena',
  'Ivan',
  'Olga',
  'Pieter',
  'Anouk',
  'Lars',
  'Ingrid',
  'Tom',
  'Kate',
  'Marc',
  'Julie',
  'Ahmed',
  'Fatima',
  'Kwame',
  'Ama',
  'Diego',
  'Paula',
  'Nina',
  'Felix',
];

export const LAST_NAMES = [
  'Smith',
  'Johnson',
  'Brown',
  'Taylor',
  'Anderson',
  'Thomas',
  'Jackson',
  'White',
  'Harris',
  'Martin',
  'Thompson',
  'Garcia',
  'Martinez',
  'Robinson',
  'Clark',
  'Rodriguez',
  'Lewis',
  'Lee',
  'Walker',
  'Hall',
  'Allen',
  'Young',
  'King',
  'Wright',
  'Scott',
  'Green',
  'Baker',
  'Adams',
  'Nelson',
  'Hill',
  'Campbell',
  'Mitchell',
  'Roberts',
  'Carter',
  'Phillips',
  'Evans',
  'Turner',
  'Torres',
  'Parker',
  'Collins',
  'Edwards',
  'Stewart',
  'Morris',
  'Murphy',
  'Cook',
  'Rogers',
  'Patel',
  'Khan',
  'Chen',
  'Wang',
  'Kim',
  'Nguyen',
  'Jansen',
  'de Vries',
  'Schmidt',
  'Fischer',
  'Larsen',
  'Novak',
  'Rossi',
  'Silva',
  'Okafor',
  'Mensah',
];

/** Names with diacritics: the fixture must carry them unchanged (LDIF base64, UTF-8 on the wire). */
export const ACCENTED_PEOPLE: ReadonlyArray<{ given: string; sn: string; alias: string }> = [
  { given: 'Zoë', sn: 'Müller', alias: 'zoe.muller' },
  { given: 'Åsa', sn: 'Öberg', alias: 'asa.oberg' },
  { given: 'José', sn: 'Núñez', alias: 'jose.nunez' },
  { given: 'François', sn: 'Lefèvre', alias: 'francois.lefevre' },
  { given: 'Søren', sn: 'Østergaard', alias: 'soren.ostergaard' },
  { given: 'Łukasz', sn: 'Wiśniewski', alias: 'lukasz.wisniewski' },
  { given: 'Chloé', sn: 'Dubois', alias: 'chloe.dubois' },
  { given: 'Ümit', sn: 'Yılmaz', alias: 'umit.yilmaz' },
  { given: 'Siobhán', sn: 'Ní Bhriain', alias: 'siobhan.nibhriain' },
  { given: 'Jürgen', sn: 'Groß', alias: 'jurgen.gross' },
];

export const TITLES_BY_DEPARTMENT: Record<string, string[]> = {
  Sales: ['Account Executive', 'Sales Manager', 'Sales Representative', 'Key Account Manager'],
  Finance: ['Accountant', 'Financial Controller', 'Payroll Specialist', 'Finance Director'],
  IT: ['Systems Administrator', 'Service Desk Analyst', 'Network Engineer', 'IT Manager'],
  HR: ['HR Business Partner', 'Recruiter', 'HR Assistant', 'Head of People'],
  Marketing: ['Marketing Specialist', 'Content Writer', 'Brand Manager', 'Designer'],
  Legal: ['Legal Counsel', 'Paralegal', 'Compliance Officer'],
  Operations: ['Operations Manager', 'Logistics Coordinator', 'Facilities Manager', 'Buyer'],
};

export const OFFICES = ['London', 'Amsterdam', 'Stockholm', 'Madrid', 'New York'];

/** mulberry32: tiny, fast and good enough to pick names reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** ASCII mail alias from a name part: "de Vries" → "devries". */
export function aliasPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}
