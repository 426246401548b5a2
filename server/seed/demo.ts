import fs from 'node:fs';
import path from 'node:path';
import { Organisation } from '../models/Organisation';
import { Meeting } from '../models/Meeting';
import { User } from '../models/User';
import { appEvents } from '../events';
import { hashPassword } from '../features/accounts/passwords';
import { SEED_ORGANISATIONS, BALI_PARTICIPANTS } from './data/organisations';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './data/accounts';
import { seedBaliReport } from './demoDocuments';
import { seedDemoIndicators } from './demoIndicators';
import { seedDemoConsultation } from './demoConsultation';
import { seedBaliPresentations } from './demoPresentations';
import { seedBaliFollowUps } from './demoFollowUps';
import { seedGlossary } from './demoGlossary';
import { seedDemoDiscussion } from './demoDiscussions';
import { seedDemoTranslations, seedMultilingualDocuments } from './demoMultilingual';

export const SEED_DATA_DIR = path.resolve(process.cwd(), 'server/seed/data');
const BALI_SLUG = 'igf-2013-bali';

/**
 * Loads the Bali 2013 demo content and demo accounts. Idempotent: every write is an upsert keyed
 * on a unique field with $setOnInsert, so a second run adds nothing and never overwrites edits.
 */
export async function seedDemo(uploadsDir: string): Promise<{
  organisations: number;
  users: number;
  meetings: number;
  documents: number;
  indicators: number;
}> {
  const orgResults = await Organisation.bulkWrite(
    SEED_ORGANISATIONS.map((o) => ({
      updateOne: { filter: { slug: o.slug }, update: { $setOnInsert: o }, upsert: true },
    })),
  );
  // A bulk write passes no write hook: tell the directory's caches (models/writeHooks.ts).
  if (orgResults.upsertedCount) appEvents.emit('organisation.changed');
  const orgs = await Organisation.find(
    { slug: { $in: SEED_ORGANISATIONS.map((o) => o.slug) } },
    { slug: 1 },
  ).lean();
  const idOf = new Map(orgs.map((o) => [o.slug, o._id]));

  let users = 0;
  const existing = new Set(
    (await User.find({ email: { $in: DEMO_ACCOUNTS.map((a) => a.email) } }, { email: 1 }).lean()).map(
      (u) => u.email,
    ),
  );
  for (const account of DEMO_ACCOUNTS.filter((a) => !existing.has(a.email))) {
    const r = await User.updateOne(
      { email: account.email },
      {
        $setOnInsert: {
          email: account.email,
          name: account.name,
          role: account.role,
          organisationId: idOf.get(account.organisation) ?? null,
          passwordHash: await hashPassword(DEMO_PASSWORD),
          status: 'active',
        },
      },
      { upsert: true },
    );
    users += r.upsertedCount;
  }

  const report = fs.readFileSync(path.join(SEED_DATA_DIR, 'bali-2013-report.md'), 'utf8');
  const meeting = await Meeting.updateOne(
    { slug: BALI_SLUG },
    {
      $setOnInsert: {
        slug: BALI_SLUG,
        title: 'Dynamic Coalition on Child Online Safety — Bali 2013',
        event: 'IGF 2013',
        location: 'Bali, Indonesia',
        startsAt: new Date('2013-10-24T00:00:00Z'),
        endsAt: null,
        chairOrganisationId: idOf.get('ecpat-international') ?? null,
        participantIds: BALI_PARTICIPANTS.map((s) => idOf.get(s)).filter(Boolean),
        focus:
          'Developing indicators for child sexual abuse material online, for advocacy at higher policy level and within the post-2015 UN processes.',
        report,
        visibility: 'public',
      },
    },
    { upsert: true },
  );
  const bali = await Meeting.findOne({ slug: BALI_SLUG }, { _id: 1 }).lean();
  const host = await User.findOne(
    { email: DEMO_ACCOUNTS.find((a) => a.role === 'host')!.email },
    { _id: 1 },
  ).lean();
  const documents =
    bali && host
      ? await seedBaliReport(uploadsDir, SEED_DATA_DIR, {
          meetingId: bali._id,
          ownerId: host._id,
          organisationId: idOf.get('ecpat-international') ?? null,
        })
      : 0;
  const indicators = await seedDemoIndicators(idOf);
  await seedDemoTranslations(host?._id ?? null);
  const otherLanguages = host
    ? await seedMultilingualDocuments(uploadsDir, {
        ownerId: host._id,
        organisationId: idOf.get('ecpat-international') ?? null,
      })
    : 0;
  await seedDemoConsultation();
  const presentations = bali && host ? await seedBaliPresentations(uploadsDir, bali._id, host._id, idOf) : 0;
  if (bali) await seedBaliFollowUps(bali._id, idOf);
  await seedGlossary();
  await seedDemoDiscussion();
  return {
    organisations: orgResults.upsertedCount,
    users,
    meetings: meeting.upsertedCount,
    documents: documents + presentations + otherLanguages,
    indicators,
  };
}
