import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectTestDatabase } from '../helpers/db';
import { seedDemo, SEED_DATA_DIR } from '../../server/seed/demo';
import { ensureHostAccount } from '../../server/features/accounts/bootstrap';
import { loadConfig } from '../../server/config';
import { createLogger } from '../../server/logger';
import { Organisation } from '../../server/models/Organisation';
import { Meeting } from '../../server/models/Meeting';
import { User } from '../../server/models/User';
import { verifyPassword } from '../../server/features/accounts/passwords';
import { SEED_ORGANISATIONS } from '../../server/seed/data/organisations';
import { DEMO_ACCOUNTS } from '../../server/seed/data/accounts';
import { presentOrganisation } from '../../server/features/organisations/organisationPresenter';
import { OrganisationDtoSchema } from '../../shared/schemas/organisation';
import { DocumentListQuerySchema } from '../../shared/schemas/document';
import { Library } from '../../server/features/library/library';
import { FileStore } from '../../server/features/library/uploads/fileStore';
import { listDocuments } from '../../server/features/library/queries';
import { DocumentVersion } from '../../server/models/DocumentVersion';
import { DocumentModel } from '../../server/models/Document';
import { Indicator } from '../../server/models/Indicator';
import { INDICATOR_SEARCH_VERSION } from '../../server/features/indicators/indicators';
import { Thread } from '../../server/models/Thread';
import { Message } from '../../server/models/Message';
import { Notification } from '../../server/models/Notification';

let db: Awaited<ReturnType<typeof connectTestDatabase>>;
const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-seed-'));
beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => {
  await db.close();
  fs.rmSync(uploadsDir, { recursive: true, force: true });
});

describe('demo content', () => {
  it('loads the Bali 2013 organisations, meeting and demo accounts, and a second run adds nothing', async () => {
    const first = await seedDemo(uploadsDir);
    expect(first).toEqual({
      organisations: SEED_ORGANISATIONS.length,
      users: DEMO_ACCOUNTS.length,
      meetings: 1,
      documents: 7, // the report, three presentation summaries and summaries in French, Arabic and Spanish
      indicators: 5,
    });
    await Organisation.updateOne({ slug: 'itu' }, { $set: { description: 'edited by a host' } });
    const second = await seedDemo(uploadsDir);
    expect(second).toEqual({ organisations: 0, users: 0, meetings: 0, documents: 0, indicators: 0 });
    expect(await Organisation.countDocuments()).toBe(SEED_ORGANISATIONS.length);
    expect((await Organisation.findOne({ slug: 'itu' }).lean())?.description).toBe('edited by a host');
    const bali = await Meeting.findOne({ slug: 'igf-2013-bali' }).lean();
    expect(bali?.report).toContain('Darknets');
    expect(bali?.participantIds).toHaveLength(13);
    const ecpat = await Organisation.findOne({ slug: 'ecpat-international' }).lean();
    expect(String(bali?.chairOrganisationId)).toBe(String(ecpat?._id));
    const newcomers = await Organisation.find({ joinedYear: 2013 }).lean();
    expect(newcomers.map((o) => o.slug).sort()).toEqual([
      'allanah-madeline-foundation',
      'disc-foundation',
      'eitesal',
    ]);
    expect(new Set((await User.find().lean()).map((u) => u.role))).toEqual(
      new Set(['host', 'member', 'observer']),
    );
  });

  it('starts a discussion on CSAM-01 that mentions the demo member, once', async () => {
    await seedDemo(uploadsDir);
    await seedDemo(uploadsDir);
    const threads = await Thread.find({ subjectType: 'indicator' }).lean();
    expect(threads).toHaveLength(1);
    expect(threads[0]!.lastSeq).toBe(3);
    const messages = await Message.find({ threadId: threads[0]!._id }).sort({ seq: 1 }).lean();
    expect(messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    // Spread over the last three hours, oldest first, so the thread reads like a conversation.
    expect(Date.now() - messages[0]!.createdAt.getTime()).toBeGreaterThan(2 * 3_600_000);
    expect(messages[0]!.createdAt.getTime()).toBeLessThan(messages[2]!.createdAt.getTime());
    expect(String(messages[2]!.replyTo)).toBe(String(messages[0]!._id));
    const maya = await User.findOne({ email: 'member@example.org' }).lean();
    expect(messages[2]!.mentions.map(String)).toEqual([String(maya!._id)]);
    const notes = await Notification.find({ recipientId: maya!._id }).lean();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'mention', link: `/discussions/${String(threads[0]!._id)}#m3` });
  });

  it('puts the Bali 2013 report PDF in the library as a public report that a search for "darknets" finds', async () => {
    await seedDemo(uploadsDir);
    const library = new Library(new FileStore(uploadsDir), createLogger('silent'));
    await library.start();
    await library.idle();
    const found = await listDocuments(library, null, DocumentListQuerySchema.parse({ q: 'darknets' }));
    expect(found.items).toHaveLength(1);
    expect(found.items[0]).toMatchObject({
      kind: 'report',
      visibility: 'public',
      year: 2013,
      meeting: { slug: 'igf-2013-bali' },
    });
    expect(found.items[0]!.currentVersion.textStatus).toBe('done');
    expect(found.items[0]!.snippet).toMatch(/Darknets/);
    const stored = fs.readFileSync(
      library.store.pathOf((await DocumentVersion.findOne().lean())!.storageKey),
    );
    expect(Buffer.compare(stored, fs.readFileSync(`${SEED_DATA_DIR}/dc-cos-bali-2013-report.pdf`))).toBe(0);
  });

  it('holds documents in French, Arabic and Spanish and CSAM-01 in French and Arabic', async () => {
    await seedDemo(uploadsDir);
    const languages = (await DocumentModel.find({}, { language: 1 }).lean()).map((d) => d.language);
    expect(languages.filter((l) => l !== 'en').sort()).toEqual(['ar', 'es', 'fr']);
    const csam01 = await Indicator.findOne({ code: 'CSAM-01' }).lean();
    expect(csam01).toMatchObject({ language: 'en', searchVersion: INDICATOR_SEARCH_VERSION });
    expect(csam01!.translations!.map((t) => [t.language, t.revision])).toEqual([
      ['ar', 2],
      ['fr', 2],
    ]);
    expect(csam01!.searchText).toContain('الاعتداء الجنسي علي الاطفال');
  });

  it('presents every seeded organisation as a valid DTO (absent optional fields become null)', async () => {
    await seedDemo(uploadsDir);
    const orgs = await Organisation.find().lean();
    for (const o of orgs) {
      const dto = JSON.parse(JSON.stringify(presentOrganisation(o)));
      expect(OrganisationDtoSchema.safeParse(dto).success).toBe(true);
      expect(dto).toHaveProperty('website');
    }
  });

  it('ships its data inside the repo (nothing is read from outside it)', () => {
    expect(SEED_DATA_DIR.startsWith(process.cwd())).toBe(true);
    expect(fs.existsSync(`${SEED_DATA_DIR}/dc-cos-bali-2013-report.pdf`)).toBe(true);
  });
});

describe('HOST_EMAIL bootstrap', () => {
  const log = createLogger('silent');

  it('creates the host when no host exists, and only once', async () => {
    await User.deleteMany({ role: 'host' });
    const config = loadConfig({
      NODE_ENV: 'test',
      MONGODB_URI: db.uri,
      HOST_EMAIL: 'Boss@Example.test',
      HOST_PASSWORD: 'a strong passphrase',
    });
    expect(await ensureHostAccount(config, log)).toBe(true);
    const host = await User.findOne({ email: 'boss@example.test' }).lean();
    expect(host?.role).toBe('host');
    expect(await verifyPassword('a strong passphrase', host!.passwordHash)).toBe(true);
    expect(await ensureHostAccount(config, log)).toBe(false);
    expect(await User.countDocuments({ email: 'boss@example.test' })).toBe(1);
  });

  it('does nothing without HOST_EMAIL', async () => {
    const config = loadConfig({ NODE_ENV: 'test', MONGODB_URI: db.uri });
    expect(await ensureHostAccount(config, log)).toBe(false);
  });
});
