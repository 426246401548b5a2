import { launchBrowser } from '../test/helpers/browser';
const base = 'http://localhost:3300';
const browser = await launchBrowser();
async function shots(email: string | null, pages: [string, string][], width = 1280) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  if (email) {
    await page.goto(`${base}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('coalition-demo-2013');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForTimeout(1500);
  }
  for (const [name, path] of pages) {
    await page.goto(base + path);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
  }
  await ctx.close();
}
await shots(null, [['anon-landing', '/'], ['anon-indicators', '/indicators']]);
await shots('member@example.org', [['m-home', '/'], ['m-indicator', '/indicators/CSAM-01'], ['m-notifications', '/notifications'], ['m-catchup', '/catch-up'], ['m-followups', '/follow-ups']]);
await shots('member@example.org', [['phone-indicator', '/indicators/CSAM-01']], 390);
await browser.close();
