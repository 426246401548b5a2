import mongoose from 'mongoose';
import type { Document as MongoDocument } from 'mongodb';
import { User, type UserRecord } from '../../server/models/User';
import { Organisation, type OrganisationRecord } from '../../server/models/Organisation';
import { Meeting } from '../../server/models/Meeting';
import { DocumentModel } from '../../server/models/Document';
import { DocumentVersion } from '../../server/models/DocumentVersion';
import { Indicator } from '../../server/models/Indicator';
import { IndicatorRevision } from '../../server/models/IndicatorRevision';
import { Position } from '../../server/models/Position';
import { FollowUp } from '../../server/models/FollowUp';
import { Thread } from '../../server/models/Thread';
import { Message } from '../../server/models/Message';
import { ReadState } from '../../server/models/ReadState';
import { Notification } from '../../server/models/Notification';
import { AuditEvent } from '../../server/models/AuditEvent';
import { seedDemo } from '../../server/seed/demo';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/seed/data/accounts';
import { hashPassword } from '../../server/features/accounts/passwords';
import { Corpus } from './corpus';
import { Rng } from './random';
import { newWorld, type World } from './world';
import { generateOrganisations, generateUsers, orgRef, personOf } from './people';
import { generateMeetings, linkPresentations } from './meetings';
import { generateDocuments } from './documents';
import { generateIndicators } from './indicators';
import { generateFollowUps } from './followUps';
import { generateDiscussions } from './messages';
import { completeAuditLog, selectNotifications } from './activity';

const BATCH = 1_000;
export const MEMBER_ORG_SLUG = 'ecpat-international';

export interface Generated {
  ms: number;
  inserted: { collection: string; count: number; ms: number }[];
  measuredThreadId: string;
  measuredIndicatorCode: string;
  /** Threads members may read, for the throughput run's thread pages. */
  readableThreadIds: string[];
  /** Active members and hosts to sign in for the throughput run (beside the demo accounts). */
  sessionEmails: string[];
  vocabulary: string[];
}

/** A model, for the collection it writes to. */
interface Target {
  collection: { collectionName: string; insertMany(docs: MongoDocument[]): Promise<unknown> };
}

/**
 * Loads the demo content, then five years of a coalition's data on top, written straight through
 * the driver in batches (documents shaped exactly as the models store them). Connects without
 * building indexes: the app builds them when it starts, over the full collections.
 */
export async function generateVolume(uri: string, uploadsDir: string): Promise<Generated> {
  const started = Date.now();
  await mongoose.connect(uri, { autoIndex: false, autoCreate: false });
  try {
    await seedDemo(uploadsDir);
    const inserted: Generated['inserted'] = [];
    const insert = async (model: Target, docs: object[], versionKey = true) => {
      const t0 = Date.now();
      for (let i = 0; i < docs.length; i += BATCH) {
        const batch = docs.slice(i, i + BATCH).map((d) => (versionKey ? { ...d, __v: 0 } : { ...d }));
        await model.collection.insertMany(batch);
      }
      inserted.push({ collection: model.collection.collectionName, count: docs.length, ms: Date.now() - t0 });
    };

    const world = await loadDemo();
    await insert(Organisation, generateOrganisations(world));
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const users = generateUsers(world, passwordHash, MEMBER_ORG_SLUG);
    await insert(User, users);
    const meetings = generateMeetings(world);
    const { documents, versions } = generateDocuments(world);
    linkPresentations(meetings, documents);
    await insert(Meeting, meetings);
    await insert(DocumentModel, documents);
    await insert(DocumentVersion, versions);
    const indicators = generateIndicators(world);
    await insert(Indicator, indicators.indicators);
    await insert(IndicatorRevision, indicators.revisions);
    await insert(Position, indicators.positions);
    await insert(FollowUp, generateFollowUps(world));
    const discussions = generateDiscussions(world);
    await insert(Thread, discussions.threads);
    // The send path writes messages through the driver without a version key; read states are upserts.
    await insert(Message, discussions.messages, false);
    await insert(ReadState, discussions.readStates, false);
    await insert(Notification, selectNotifications(world));
    await insert(AuditEvent, completeAuditLog(world));

    const measured = indicators.indicators.find((i) => i.visibility !== 'hosts' && i.status === 'drafting')!;
    return {
      ms: Date.now() - started,
      inserted,
      measuredThreadId: String(discussions.measuredThreadId),
      measuredIndicatorCode: measured.code,
      readableThreadIds: discussions.threads
        .filter((t) => t.visibility !== 'hosts')
        .map((t) => String(t._id)),
      sessionEmails: users
        .filter((u) => u.status === 'active' && u.role !== 'observer')
        .filter((_u, i) => i % 10 === 0)
        .slice(0, 21)
        .map((u) => u.email),
      vocabulary: world.corpus.vocabulary,
    };
  } finally {
    await mongoose.disconnect();
  }
}

/** The world as the demo seed left it: its accounts and organisations. */
async function loadDemo(): Promise<World> {
  const rng = new Rng(20131024);
  const corpus = new Corpus(rng);
  const demoUsers = await User.find({ email: { $in: DEMO_ACCOUNTS.map((a) => a.email) } }).lean<
    UserRecord[]
  >();
  const people = demoUsers.map(personOf);
  const byEmail = (email: string) => {
    const person = people.find((p) => p.email === email);
    if (!person) throw new Error(`the demo seed did not create ${email}`);
    return person;
  };
  const orgs = await Organisation.find().sort({ slug: 1 }).lean<OrganisationRecord[]>();
  const demo = {
    member: byEmail('member@example.org'),
    host: byEmail('host@example.org'),
    hotline: byEmail('hotline@example.org'),
    observer: byEmail('observer@example.org'),
  };
  return newWorld(rng, corpus, demo, people, orgs.map(orgRef));
}
