// Attribute values arrive from the CSV export as text ("true", "3"): rules compare them as such.
// The demo's made-up organisation: sites on three continents, departments, names, and the personas
// and segments a Digital Learning Manager would set up for it. Deterministic, so every run is alike.

export interface DemoSite {
  site: string;
  country: string;
  timeZone: string;
  locale: string;
  weight: number;
}

export const DEMO_SITES: DemoSite[] = [
  { site: 'Paris La Défense', country: 'FR', timeZone: 'Europe/Paris', locale: 'fr-FR', weight: 30 },
  { site: 'Lyon Part-Dieu', country: 'FR', timeZone: 'Europe/Paris', locale: 'fr-FR', weight: 12 },
  { site: 'Montréal', country: 'CA', timeZone: 'America/Toronto', locale: 'fr-CA', weight: 8 },
  { site: 'New York', country: 'US', timeZone: 'America/New_York', locale: 'en-US', weight: 18 },
  { site: 'London', country: 'GB', timeZone: 'Europe/London', locale: 'en-GB', weight: 12 },
  { site: 'Singapore', country: 'SG', timeZone: 'Asia/Singapore', locale: 'en-SG', weight: 10 },
  { site: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo', locale: 'en-US', weight: 10 },
];

export const DEMO_DEPARTMENTS = ['Sales', 'Marketing', 'Finance', 'Engineering', 'Operations', 'Human Resources', 'Customer Success', 'Legal'];

const JOB_TITLES: Record<string, string[]> = {
  Sales: ['Account Executive', 'Sales Manager', 'Business Developer'],
  Marketing: ['Product Marketing Manager', 'Content Strategist', 'Marketing Director'],
  Finance: ['Financial Analyst', 'Controller', 'Finance Manager'],
  Engineering: ['Software Engineer', 'Data Engineer', 'Engineering Manager'],
  Operations: ['Operations Analyst', 'Supply Chain Manager', 'Plant Supervisor'],
  'Human Resources': ['HR Business Partner', 'Talent Acquisition Specialist', 'HR Manager'],
  'Customer Success': ['Customer Success Manager', 'Support Specialist', 'Support Team Lead'],
  Legal: ['Legal Counsel', 'Compliance Officer', 'Paralegal'],
};

const FIRST_NAMES_FR = ['Camille', 'Léa', 'Hugo', 'Chloé', 'Louis', 'Manon', 'Jules', 'Inès', 'Arthur', 'Sarah', 'Nathan', 'Zoé', 'Théo', 'Élodie', 'Karim', 'Amélie'];
const LAST_NAMES_FR = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèbvre', 'Michel', 'Benali', 'Garcia'];
const FIRST_NAMES_EN = ['Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'James', 'Sophia', 'Lucas', 'Mia', 'Ethan', 'Priya', 'Wei', 'Hiro', 'Yuki', 'Aisha', 'Daniel'];
const LAST_NAMES_EN = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Taylor', 'Tan', 'Lim', 'Sato', 'Suzuki', 'Patel', 'Chen', 'Walker', 'Wright', 'Okafor', 'Clarke'];

export interface DemoLearner {
  externalId: string;
  email: string;
  firstName: string;
  lastName: string;
  locale: string;
  timeZone: string;
  department: string;
  jobTitle: string;
  site: string;
  country: string;
  hireDate: string;
  attributes: Record<string, string | number | boolean>;
  consentNetwork: boolean;
}

/** A small deterministic generator (mulberry32), so the demo draws the same organisation each run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function demoLearners(count: number, today = new Date()): DemoLearner[] {
  const rand = random(42);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)];
  const totalWeight = DEMO_SITES.reduce((sum, s) => sum + s.weight, 0);
  const learners: DemoLearner[] = [];
  for (let i = 0; i < count; i++) {
    let roll = rand() * totalWeight;
    const site = DEMO_SITES.find((s) => (roll -= s.weight) < 0) ?? DEMO_SITES[0];
    const french = site.locale.startsWith('fr');
    const firstName = pick(french ? FIRST_NAMES_FR : FIRST_NAMES_EN);
    const lastName = pick(french ? LAST_NAMES_FR : LAST_NAMES_EN);
    const department = pick(DEMO_DEPARTMENTS);
    const jobTitle = pick(JOB_TITLES[department]);
    // Hire dates over the last eight years; one in eight joined within the last year.
    const daysAgo = rand() < 0.125 ? Math.floor(rand() * 365) : 365 + Math.floor(rand() * 7 * 365);
    const hire = new Date(today.getTime() - daysAgo * 86_400_000);
    const ascii = `${firstName}.${lastName}`.normalize('NFKD').replace(/[^A-Za-z.]/g, '').toLowerCase();
    learners.push({
      externalId: `EMP-${String(100000 + i)}`,
      email: `${ascii}.${i}@acme-learning.example`,
      firstName,
      lastName,
      locale: site.locale,
      timeZone: site.timeZone,
      department,
      jobTitle,
      site: site.site,
      country: site.country,
      hireDate: hire.toISOString().slice(0, 10),
      attributes: {
        manager: /Manager|Director|Lead|Supervisor|Controller/.test(jobTitle),
        level: 1 + Math.floor(rand() * 5),
        remote: rand() < 0.3,
      },
      consentNetwork: rand() < 0.9,
    });
  }
  return learners;
}

/** Four learning personas, each with the rule that assigns it (later rules override earlier ones). */
export const DEMO_PERSONAS = [
  {
    name: 'Curious newcomer',
    summary: 'Joined within the year; wants to find their feet and meet people.',
    behaviouralModel: 'Reads every onboarding email, clicks through, asks questions in team channels.',
    socialModel: 'Learns with peers; likes cohort formats and buddies.',
    shortTermGoals: ['Understand the company tools', 'Build a network'],
    longTermGoals: ['Grow into a confirmed role'],
    needs: ['Clear practical information', 'Reassurance'],
    ambitions: ['Be recognised quickly'],
    objections: ['Afraid of not having time alongside onboarding'],
    preferredChannels: ['email', 'post'],
    preferredDays: ['tue', 'thu'],
    preferredTime: '09:30',
    tone: 'warm and encouraging',
    assignmentRule: { field: 'hireDate', op: 'within_last_days', value: 365 },
  },
  {
    name: 'Busy expert',
    summary: 'Senior individual contributor; learns only what is directly useful.',
    behaviouralModel: 'Skims, decides from the subject line; prefers short formats.',
    socialModel: 'Trusted by peers; shares what proved useful.',
    shortTermGoals: ['Save time', 'Stay current'],
    longTermGoals: ['Deepen expertise'],
    needs: ['Short, concrete content', 'Flexible schedule'],
    ambitions: ['Be the go-to expert'],
    objections: ['No time', 'Too basic'],
    preferredChannels: ['post', 'email'],
    preferredDays: ['mon', 'wed'],
    preferredTime: '08:30',
    tone: 'direct and concise',
    assignmentRule: { all: [{ field: 'attributes.level', op: 'gte', value: 4 }, { field: 'attributes.is_manager', op: 'eq', value: 'false' }] },
  },
  {
    name: 'Manager relay',
    summary: 'Leads a team and relays learning opportunities to it.',
    behaviouralModel: 'Reads on mobile between meetings; forwards to the team.',
    socialModel: 'Influencer inside their team; sponsor-minded.',
    shortTermGoals: ['Upskill the team'],
    longTermGoals: ['Develop leadership'],
    needs: ['Talking points to relay', 'Team-level visibility'],
    ambitions: ['Be seen as a people developer'],
    objections: ['Team workload'],
    preferredChannels: ['email', 'talking_points'],
    preferredDays: ['mon'],
    preferredTime: '08:00',
    tone: 'professional, results-oriented',
    assignmentRule: { field: 'attributes.is_manager', op: 'eq', value: 'true' },
  },
  {
    name: 'Field operator',
    summary: 'Works on site or with customers, rarely at a desk.',
    behaviouralModel: 'Checks messages at the start of a shift; needs mobile-friendly content.',
    socialModel: 'Learns from colleagues on the floor.',
    shortTermGoals: ['Master new procedures'],
    longTermGoals: ['Certification'],
    needs: ['Mobile formats', 'Practical examples'],
    ambitions: ['Move to a team lead role'],
    objections: ['No computer access during the day'],
    preferredChannels: ['email'],
    preferredDays: ['tue', 'wed', 'thu'],
    preferredTime: '07:30',
    tone: 'friendly and practical',
    assignmentRule: { field: 'department', op: 'in', value: ['Operations', 'Customer Success'] },
  },
];

export const DEMO_SEGMENTS = [
  {
    name: 'Sales & Marketing in France',
    description: 'Commercial teams of the French sites',
    rule: { all: [{ field: 'department', op: 'in', value: ['Sales', 'Marketing'] }, { field: 'country', op: 'eq', value: 'FR' }] },
  },
  {
    name: 'Managers',
    description: 'Everyone who manages a team',
    rule: { field: 'attributes.is_manager', op: 'eq', value: 'true' },
  },
  {
    name: 'Hired in the last year',
    description: 'Newcomers, for onboarding programmes',
    rule: { field: 'hireDate', op: 'within_last_days', value: 365 },
  },
  {
    name: 'Data literacy audience',
    description: 'Business teams outside Engineering, excluding Legal',
    rule: { all: [{ not: { field: 'department', op: 'in', value: ['Engineering', 'Legal'] } }, { field: 'attributes.level', op: 'gte', value: 2 }] },
  },
];
