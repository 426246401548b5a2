import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestContext } from '../helpers/server';
import { launchBrowser, signInThroughForm } from '../helpers/browser';
import { STEP_MS, SLOW_TEST_MS } from '../helpers/patience';

let ctx: TestContext;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function signedIn(email: string): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await signInThroughForm(page, ctx.url, email);
  return page;
}

beforeAll(async () => {
  ctx = await startTestServer({}, { seedDemo: true });
  browser = await launchBrowser();
}, SLOW_TEST_MS);
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('meeting editor', () => {
  it('lets a host create a meeting with a participant and a decision, then rename it', async () => {
    const host = await signedIn('host@example.org');
    await host.goto(`${ctx.url}/meetings`);
    await host.getByRole('link', { name: 'New meeting' }).click();
    await host.getByRole('heading', { level: 1, name: 'New meeting' }).waitFor({ timeout: STEP_MS });

    // The server's validation messages appear next to their fields.
    await host.getByRole('button', { name: 'Create the meeting' }).click();
    await host.locator('#meeting-title-error').waitFor({ timeout: STEP_MS });
    expect(await host.locator('#meeting-title-error').innerText()).toContain('Give the meeting a title');

    await host.getByLabel('Title', { exact: true }).fill('Working group on hotlines');
    await host.getByLabel('Start date').fill('2026-03-10');
    await host.getByLabel('Location (optional)').fill('Geneva');
    await host.getByLabel('INHOPE').check();
    await host.getByRole('button', { name: 'Add a decision' }).click();
    await host.getByLabel('Decision 1').fill('Publish the hotline survey by June');
    await host.getByRole('button', { name: 'Add a presentation' }).click();
    await host.getByLabel('Presentation title').fill('Hotline survey results');
    await host.locator('#presentation-0-presenter').selectOption({ label: 'INHOPE' });
    await host.locator('#presentation-0-document-search').fill('Dynamic Coalition');
    const document = host.locator('#presentation-0-document');
    const option = document.locator('option', { hasText: 'Report of the Dynamic Coalition' });
    await option.waitFor({ state: 'attached', timeout: STEP_MS });
    await document.selectOption({ label: (await option.innerText()).trim() });
    await host.getByRole('button', { name: 'Create the meeting' }).click();

    await host
      .getByRole('heading', { level: 1, name: 'Working group on hotlines' })
      .waitFor({ timeout: STEP_MS });
    expect(new URL(host.url()).pathname).toBe('/meetings/working-group-on-hotlines');
    expect(await host.getByTestId('participants').innerText()).toContain('INHOPE');
    expect(await host.getByTestId('decisions').innerText()).toContain('Publish the hotline survey by June');
    const presentation = host
      .getByTestId('presentations')
      .getByRole('link', { name: 'Hotline survey results' });
    expect(await presentation.getAttribute('href')).toMatch(/^\/library\/[a-f0-9]{24}$/);

    await host.getByRole('link', { name: 'Edit meeting' }).click();
    const title = host.getByLabel('Title', { exact: true });
    await title.waitFor({ timeout: STEP_MS });
    await title.fill('Hotlines working group');
    await host.getByRole('button', { name: 'Save changes' }).click();
    await host
      .getByRole('heading', { level: 1, name: 'Hotlines working group' })
      .waitFor({ timeout: STEP_MS });
    expect(await host.getByTestId('decisions').innerText()).toContain('Publish the hotline survey by June');
    expect(await host.getByTestId('presentations').innerText()).toContain('Hotline survey results');
  });

  it('shows members no "New meeting" or "Edit meeting" button', async () => {
    const member = await signedIn('member@example.org');
    await member.goto(`${ctx.url}/meetings`);
    await member.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor({ timeout: STEP_MS });
    await member.getByRole('heading', { level: 2 }).first().waitFor({ timeout: STEP_MS });
    expect(await member.getByRole('link', { name: 'New meeting' }).count()).toBe(0);
    await member.getByRole('heading', { level: 3 }).first().getByRole('link').first().click();
    await member.getByTestId('participants').waitFor({ timeout: STEP_MS });
    expect(await member.getByRole('link', { name: 'Edit meeting' }).count()).toBe(0);
  });
});

describe('follow-up assignee picker', () => {
  it('lets a host assign a follow-up to a person of its owner organisation, then unassign it', async () => {
    const host = await signedIn('host@example.org');
    await host.goto(`${ctx.url}/follow-ups`);
    await host.getByText('Record a follow-up').click();
    await host.getByLabel('What was agreed').fill('Share the hotline survey draft');
    const owner = host.getByLabel('Owner organisation');
    await owner.locator('option', { hasText: 'ECPAT International' }).waitFor({ state: 'attached' });
    await owner.selectOption({ label: 'ECPAT International' });
    const assignee = host.locator('#fu-assignee');
    await assignee
      .locator('option', { hasText: 'Maya Member' })
      .waitFor({ state: 'attached', timeout: STEP_MS });
    await assignee.selectOption({ label: 'Maya Member' });
    await host.getByRole('button', { name: 'Record the follow-up' }).click();

    await host
      .getByRole('heading', { level: 1, name: 'Share the hotline survey draft' })
      .waitFor({ timeout: STEP_MS });
    const facts = host.locator('dt', { hasText: 'Assignee' }).locator('xpath=following-sibling::dd');
    expect(await facts.innerText()).toBe('Maya Member');

    const editAssignee = host.locator('#fu-edit-assignee');
    expect(await editAssignee.inputValue()).not.toBe('');
    await editAssignee.selectOption({ label: 'Unassigned' });
    await host.getByRole('button', { name: 'Save', exact: true }).click();
    await host.locator('dd', { hasText: 'Nobody yet' }).waitFor({ timeout: STEP_MS });

    // Handing it to another organisation: the assignee list follows the new owner.
    await host.locator('#fu-edit-owner').selectOption({ label: 'Internet Watch Foundation (IWF)' });
    await editAssignee
      .locator('option', { hasText: 'Harri Hotline' })
      .waitFor({ state: 'attached', timeout: STEP_MS });
    expect(await editAssignee.locator('option', { hasText: 'Maya Member' }).count()).toBe(0);
    await editAssignee.selectOption({ label: 'Harri Hotline' });
    await host.getByRole('button', { name: 'Save', exact: true }).click();
    await host.locator('dd', { hasText: 'Harri Hotline' }).waitFor({ timeout: STEP_MS });
    await host.locator('dd', { hasText: 'Internet Watch Foundation (IWF)' }).first().waitFor();
  });
});

describe('follow-up editor', () => {
  it('tells a host a status change was saved, and the page shows the new status', async () => {
    const host = await signedIn('host@example.org');
    await host.goto(`${ctx.url}/follow-ups`);
    await host.getByRole('link', { name: 'Take forward the international definitions project' }).click();
    await host.getByRole('heading', { name: 'Update' }).waitFor({ timeout: STEP_MS });
    await host.getByLabel('Status').selectOption('in-progress');
    await host.getByRole('button', { name: 'Save', exact: true }).click();
    // The editor is remounted with the saved item; the confirmation survives that.
    await host.getByText('Saved. The people concerned have been notified.').waitFor({ timeout: STEP_MS });
    expect(await host.getByLabel('Status').inputValue()).toBe('in-progress');
  });
});
