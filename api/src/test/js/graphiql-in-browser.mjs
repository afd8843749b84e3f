// Opens Entente's GraphiQL page in headless Chromium (Debian's, never a downloaded browser), runs
// the example document it opens on, and checks that the answer shows the demo dossier.
//
//   node graphiql-in-browser.mjs <base URL> <screenshot.png>
//
// Exits 0 when the answer is shown, 1 with what went wrong otherwise.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [base, screenshot] = process.argv.slice(2);
if (!base || !screenshot) {
  console.error('usage: node graphiql-in-browser.mjs <base URL> <screenshot.png>');
  process.exit(2);
}
// Debian's Chromium (apt-get install chromium); Playwright's own browser downloads are not used.
const executablePath = '/usr/bin/chromium';
// Text the example document's answer holds, from the Kazakhstan–EU demo dossier.
const expected = ['EU–Kazakhstan visa facilitation agreement negotiations', 'Almaty', 'LAUNCHED'];

// The machine has no internet: keep Chromium from reaching out at all, and give it a fresh, empty
// profile (Playwright passes it as --user-data-dir).
const profile = mkdtempSync(join(tmpdir(), 'entente-chromium-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath,
  viewport: { width: 1400, height: 900 },
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const problems = [];
let page;
try {
  page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`console error: ${message.text()} at ${message.location().url}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));

  await page.goto(new URL('/graphiql', base).toString(), { waitUntil: 'load' });
  // The editor is ready once it shows the example document.
  await page.locator('.graphiql-query-editor .CodeMirror').waitFor({ timeout: 30_000 });
  await page.getByText('VisaFacilitationTalks').first().waitFor({ timeout: 30_000 });

  await page.locator('button.graphiql-execute-button').click();

  // The result pane shows the answer's first lines; CodeMirror draws only what is in view, so the
  // whole answer is read from the pane's editor.
  const pane = page.locator('.graphiql-response .CodeMirror');
  await pane.getByText('Republic of Kazakhstan').first().waitFor({ timeout: 30_000 });
  const shown = await pane.evaluate((element) => element.CodeMirror.getValue());
  const missing = expected.filter((text) => !shown.includes(text));
  if (missing.length > 0) problems.push(`the result pane lacks ${missing.join(', ')}:\n${shown}`);
  if (JSON.parse(shown).errors) problems.push(`the answer has errors:\n${shown}`);
  const foreign = requests.filter((url) => new URL(url).origin !== new URL(base).origin);
  if (foreign.length > 0) problems.push(`requests beyond the application: ${foreign.join(', ')}`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  console.log(`GraphiQL ran its example and showed: ${expected.join(' | ')}`);
} catch (error) {
  console.error(`GraphiQL check failed: ${error.message}`);
  const unsaid = problems.filter((problem) => !error.message.includes(problem));
  if (unsaid.length > 0) console.error(unsaid.join('\n'));
  process.exitCode = 1;
} finally {
  if (page) await page.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
