/// <reference lib="dom" />
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/check';
import { formatReport } from '../../src/report/format';
import type { CheckOptions, ClaimInput } from '../../src/schema';

// Debian's Chromium, driven by playwright-core. CI installs it and sets CROSSCHECK_REQUIRE_BROWSER=1;
// elsewhere, without Chromium, this file is skipped with one line.
const executable = process.env.CROSSCHECK_CHROMIUM ?? '/usr/bin/chromium';
const available = existsSync(executable);
const required = process.env.CROSSCHECK_REQUIRE_BROWSER === '1';
if (!available && !required) console.log(`skipping the browser test: no Chromium at ${executable} (apt-get install chromium, or set CROSSCHECK_CHROMIUM)`);

const outDir = new URL('../../test-output/', import.meta.url);
const { sources, claims } = JSON.parse(readFileSync(new URL('../../examples/seeds/claims.json', import.meta.url), 'utf8')) as {
  sources: CheckOptions['sources'];
  claims: ClaimInput[];
};

describe.runIf(available || required)('the HTML report in a real browser', () => {
  let browser: Browser | undefined;
  let page: Page;
  const requests: string[] = [];
  const file = new URL('seed-report.html', outDir);

  beforeAll(async () => {
    if (!available) throw new Error(`CROSSCHECK_REQUIRE_BROWSER=1 but there is no Chromium at ${executable}`);
    const { chromium } = await import('playwright-core');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(file, formatReport(checkConsistency(claims, { sources }), 'html'));
    browser = await chromium.launch({
      executablePath: executable,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(file.href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the summary', async () => {
    expect(await page.textContent('h1')).toBe('crosscheck report');
    expect(await page.textContent('.summary')).toContain('2 conflicts (1 high, 1 medium)');
    expect(await page.textContent('.stat.high b')).toBe('1');
  });

  it('shows each conflict with the competing values side by side, their sources, quotes and the consensus', async () => {
    expect(await page.locator('article.conflict').count()).toBe(2);
    const date = page.locator('article.conflict').first();
    expect(await date.locator('h3').textContent()).toContain('dismissal date');
    const positions = date.locator('.position');
    expect(await positions.count()).toBe(4);
    expect(await positions.first().getAttribute('class')).toContain('consensus');
    expect(await positions.first().locator('.value').textContent()).toBe('Friday (12.07.24)');
    expect(await positions.nth(1).locator('.mark').textContent()).toContain('contradicts');
    expect(await positions.nth(1).locator('blockquote').textContent()).toContain('On Friday, July 13');
    const a = (await positions.nth(0).boundingBox())!;
    const b = (await positions.nth(1).boundingBox())!;
    expect(Math.abs(a.y - b.y)).toBeLessThan(2); // side by side, not stacked
    expect(b.x).toBeGreaterThan(a.x + a.width - 1);
  });

  it('draws the source agreement matrix as a heat map', async () => {
    expect(await page.locator('table.matrix tbody tr').count()).toBe(5);
    const cells = page.locator('table.matrix td[data-agree]');
    expect(await cells.count()).toBe(20);
    const colours = new Set(await cells.evaluateAll((tds) => tds.map((td) => getComputedStyle(td).backgroundColor)));
    expect(colours.size).toBeGreaterThan(1);
  });

  it('filters conflicts by severity', async () => {
    await page.locator('.filters input[data-severity="high"]').uncheck();
    expect(await page.locator('article.conflict.high').isHidden()).toBe(true);
    expect(await page.locator('article.conflict.medium').isVisible()).toBe(true);
    expect(await page.textContent('.filters .shown')).toBe('1 of 2 conflicts shown');
    await page.locator('.filters input[data-severity="high"]').check();
    expect(await page.textContent('.filters .shown')).toBe('2 of 2 conflicts shown');
  });

  it('fits the width, makes no network request, and is saved as a screenshot', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(requests).toEqual([file.href]);
    await page.screenshot({ path: new URL('seed-report.png', outDir).pathname, fullPage: true });
    expect(existsSync(new URL('seed-report.png', outDir))).toBe(true);
  });
});
