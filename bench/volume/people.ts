import type { OrgCategory } from '@shared/roles';
import type { OrganisationRecord } from '../../server/models/Organisation';
import type { UserRecord } from '../../server/models/User';
import { DAY_MS, WeightedPicker, slugify } from './random';
import { VOLUME, auditEvent, type OrgRef, type Person, type World } from './world';

const COUNTRIES = [
  'Argentina', 'Australia', 'Bangladesh', 'Belgium', 'Brazil', 'Cambodia', 'Canada', 'Chile', 'Colombia',
  'Denmark', 'Egypt', 'Estonia', 'Finland', 'France', 'Germany', 'Ghana', 'Greece', 'India', 'Indonesia',
  'Ireland', 'Italy', 'Japan', 'Jordan', 'Kenya', 'Lebanon', 'Malaysia', 'Mexico', 'Morocco', 'Nepal',
  'Netherlands', 'New Zealand', 'Nigeria', 'Norway', 'Pakistan', 'Peru', 'Philippines', 'Poland', 'Portugal',
  'Romania', 'Rwanda', 'Senegal', 'Singapore', 'South Africa', 'Spain', 'Sri Lanka', 'Sweden', 'Switzerland',
  'Tanzania', 'Thailand', 'Tunisia', 'Turkey', 'Uganda', 'Ukraine', 'United Kingdom', 'United States',
  'Uruguay', 'Viet Nam', 'Zambia',
]; // prettier-ignore

const NAME_PATTERNS: Record<OrgCategory, string[]> = {
  hotline: ['{c} Internet Hotline', 'Safer Internet Centre {c}', '{c} Online Report Centre'],
  'civil-society': [
    'Children First {c}',
    '{c} Child Rights Network',
    'Foundation for Safe Childhood {c}',
    '{c} Coalition Against Child Exploitation',
  ],
  industry: [
    '{c} Internet Service Providers Association',
    '{c} Mobile Operators Forum',
    '{c} Payments Council',
    'Cloud Hosting {c}',
  ],
  government: [
    'Ministry of Communications, {c}',
    'National Cybercrime Unit, {c}',
    'Data Protection Authority, {c}',
  ],
  'international-organisation': [
    'Regional Child Protection Office ({c})',
    'Intergovernmental ICT Forum ({c})',
  ],
  academia: ['University of {c} Child Online Research Centre', '{c} Institute for Internet Policy'],
  other: ['{c} Parents Online Association', '{c} Digital Youth Forum'],
};
const CATEGORY_WEIGHTS: Record<OrgCategory, number> = {
  'civil-society': 35,
  industry: 20,
  government: 15,
  hotline: 12,
  academia: 8,
  'international-organisation': 5,
  other: 5,
};

const FIRST = [
  'Amara', 'Ana', 'Arjun', 'Aylin', 'Bao', 'Carlos', 'Chen', 'Chiara', 'Dalia', 'Daniel', 'David', 'Eun-ji',
  'Fatima', 'Femi', 'Gabriel', 'Hanna', 'Hiroshi', 'Ingrid', 'Isabel', 'Jamal', 'Jonas', 'Kai', 'Kavya',
  'Lars', 'Layla', 'Leila', 'Lucas', 'Malik', 'Maria', 'Mateo', 'Mei', 'Nadia', 'Nikhil', 'Nora', 'Olga',
  'Omar', 'Paolo', 'Priya', 'Rafael', 'Rania', 'Rosa', 'Samir', 'Sara', 'Sipho', 'Sofia', 'Tariq', 'Thandi',
  'Tomas', 'Uma', 'Valentina', 'Wei', 'Yara', 'Yusuf', 'Zainab', 'Zoe', 'Aiko', 'Bruno', 'Clara', 'Dmitri',
  'Elif',
]; // prettier-ignore
const LAST = [
  'Abebe', 'Adeyemi', 'Alvarez', 'Andersen', 'Banerjee', 'Becker', 'Bianchi', 'Chowdhury', 'Costa', 'Dubois',
  'Eriksson', 'Fernandes', 'Fischer', 'Garcia', 'Haddad', 'Hansen', 'Hossain', 'Ibrahim', 'Ito', 'Jansen',
  'Kaya', 'Kim', 'Kowalski', 'Kumar', 'Larsen', 'Lee', 'Lopez', 'Mahlangu', 'Martin', 'Mensah', 'Moreau',
  'Mwangi', 'Nakamura', 'Nguyen', 'Novak', 'Okafor', 'Olsen', 'Park', 'Petrov', 'Quispe', 'Rahman', 'Rossi',
  'Sahin', 'Santos', 'Schmidt', 'Silva', 'Singh', 'Suzuki', 'Tanaka', 'Torres', 'Tran', 'Usman', 'Van Dijk',
  'Wang', 'Weber', 'Wright', 'Yamamoto', 'Yilmaz', 'Zhang', 'Ziegler',
]; // prettier-ignore

/** 150 organisations beside the demo ones: the directory of a coalition after five years. */
export function generateOrganisations(w: World): OrganisationRecord[] {
  const { rng } = w;
  const names = new Set(w.orgs.map((o) => o.name));
  const slugs = new Set(w.orgs.map((o) => o.slug));
  const host = w.demo.host;
  const records: OrganisationRecord[] = [];
  while (records.length < VOLUME.organisations) {
    const category = rng.weighted(CATEGORY_WEIGHTS);
    const country = rng.pick(COUNTRIES);
    const name = rng.pick(NAME_PATTERNS[category]).replace('{c}', country);
    if (names.has(name)) continue;
    names.add(name);
    let slug = slugify(name);
    while (slugs.has(slug)) slug = `${slug}-${rng.int(2, 99)}`;
    slugs.add(slug);
    const createdAt = rng.chance(0.4)
      ? rng.between(w.start, w.start.getTime() + 30 * DAY_MS)
      : rng.between(w.start, w.end);
    const membership = rng.weighted({ member: 85, 'non-member': 8, former: 7 });
    const org: OrganisationRecord = {
      _id: rng.oid(createdAt),
      name,
      slug,
      category,
      country: category === 'international-organisation' && rng.chance(0.5) ? null : country,
      website: rng.chance(0.7) ? `https://${slug}.example.org` : null,
      description: w.corpus.sentence(rng.int(8, 20)),
      membership,
      joinedYear: membership === 'non-member' || rng.chance(0.1) ? null : createdAt.getUTCFullYear(),
      createdAt,
      updatedAt: createdAt,
    };
    records.push(org);
    w.orgs.push({ _id: org._id, name, slug, category, membership });
    w.audit.push(
      auditEvent(
        w,
        createdAt,
        'organisation.created',
        host._id,
        { type: 'organisation', id: org._id },
        { name },
      ),
    );
  }
  return records;
}

/**
 * 1,500 people in those organisations: 10 hosts, members, observers, a few suspended. The demo
 * member's organisation gets thirty colleagues. All share one password hash, so any of them can sign in
 * with the demo password (the throughput run signs in many of them).
 */
export function generateUsers(w: World, passwordHash: string, memberOrgSlug: string): UserRecord[] {
  const { rng } = w;
  const memberOrg = w.orgs.find((o) => o.slug === memberOrgSlug)!;
  const hostOrg = w.orgs.find((o) => String(o._id) === String(w.demo.host.organisationId)) ?? memberOrg;
  const orgPicker = new WeightedPicker(w.orgs, (_o, i) => 1 / (1 + i / 10));
  const combos = rng.shuffle(FIRST.flatMap((f) => LAST.map((l) => [f, l] as const)));
  const emails = new Set(w.people.map((p) => p.email));
  const records: UserRecord[] = [];
  for (let i = 0; i < VOLUME.users; i++) {
    const [first, last] = combos[i % combos.length]!;
    const role = i < VOLUME.hosts ? 'host' : rng.chance(0.27) ? 'observer' : 'member';
    const orgOf = () => {
      if (role === 'host') return i % 2 ? hostOrg : orgPicker.pick(rng);
      if (i < VOLUME.hosts + 30) return memberOrg;
      return rng.chance(0.03) ? null : orgPicker.pick(rng);
    };
    const org = orgOf();
    let email = `${slugify(first)}.${slugify(last)}@${org?.slug ?? 'independent'}.example`;
    if (emails.has(email)) email = email.replace('@', `.${i}@`);
    emails.add(email);
    const createdAt = rng.between(w.start.getTime() - 60 * DAY_MS, w.end.getTime() - 7 * DAY_MS);
    const status = role !== 'host' && i >= VOLUME.hosts + 60 && rng.chance(0.02) ? 'suspended' : 'active';
    const lastSeenAt =
      status === 'active' && rng.chance(0.9) ? rng.between(w.end.getTime() - 90 * DAY_MS, w.end) : null;
    const user: UserRecord = {
      _id: rng.oid(createdAt),
      email,
      name: `${first} ${last}`,
      passwordHash,
      role,
      organisationId: org?._id ?? null,
      status,
      lastSeenAt,
      failedLogins: 0,
      lockedUntil: null,
      sessionVersion: status === 'suspended' ? 1 : 0,
      createdAt,
      updatedAt: lastSeenAt ?? createdAt,
    };
    records.push(user);
    w.people.push({
      _id: user._id,
      name: user.name,
      email,
      role,
      status,
      organisationId: user.organisationId,
    });
    if (status === 'suspended') {
      const at = rng.between(createdAt, w.end);
      w.audit.push(auditEvent(w, at, 'user.suspended', w.demo.host._id, { type: 'user', id: user._id }));
    }
  }
  return records;
}

/** The organisation references of the demo seed, as the generators need them. */
export const orgRef = (o: OrganisationRecord): OrgRef => ({
  _id: o._id,
  name: o.name,
  slug: o.slug,
  category: o.category,
  membership: o.membership,
});

export const personOf = (u: UserRecord): Person => ({
  _id: u._id,
  name: u.name,
  email: u.email,
  role: u.role,
  status: u.status,
  organisationId: u.organisationId,
});
