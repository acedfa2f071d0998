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

// Hostile input in every field a page shows: markup, event handlers, script URLs. The page must
// stay inert: no dialog, no navigation, no console error (a CSP refusal would be one), no link
// but http(s), and its own script (allowed by its hash) still works.
const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', "'><svg onload=alert(3)>", '</style><script>alert(4)</script>'];
const URLS = ['javascript:alert(5)', ' JaVaScRiPt:alert(6)', 'java\tscript:alert(7)', 'data:text/html,<script>alert(8)</script>'];

describe.runIf(available || required)('the HTML report with hostile input in a real browser', () => {
  let browser: Browser | undefined;
  let page: Page;
  const dialogs: string[] = [];
  const errors: string[] = [];
  const navigations: string[] = [];
  const file = new URL('hostile-report.html', outDir);

  beforeAll(async () => {
    if (!available) throw new Error(`CROSSCHECK_REQUIRE_BROWSER=1 but there is no Chromium at ${executable}`);
    const { chromium } = await import('playwright-core');
    mkdirSync(outDir, { recursive: true });
    const hostileClaims = HOSTILE.flatMap((h, k) => [
      { id: `${h}a${k}`, source: URLS[k]!, subject: `Alec ${h}`, attribute: `age ${h}`, value: 60 + k, quote: `quote ${h}` },
      { id: `${h}b${k}`, source: `src ${h}`, subject: `Alec ${h}`, attribute: `age ${h}`, value: 50 + k, quote: h },
      { id: `${h}c${k}`, source: `src ${h}`, subject: `Alec ${h}`, attribute: `venue ${h}`, value: h },
    ]);
    const hostileSources = [
      ...URLS.map((url, k) => ({ id: url, name: HOSTILE[k]!, url })),
      ...HOSTILE.map((h, k) => ({ id: `src ${h}`, name: `name ${h}`, url: URLS[k]! })),
    ];
    writeFileSync(file, formatReport(checkConsistency(hostileClaims, { sources: hostileSources }), 'html', { title: HOSTILE[0]! }));
    browser = await chromium.launch({
      executablePath: executable,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(file.href);
    page.on('framenavigated', (f) => navigations.push(f.url()));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the hostile text as text', async () => {
    expect(await page.title()).toBe(HOSTILE[0]);
    expect(await page.locator('article.conflict').count()).toBe(HOSTILE.length);
    expect(await page.locator('article.conflict h3').first().textContent()).toContain('<');
    // No element the input could have made: no image, no svg, one script (the page's own).
    expect(await page.locator('img, svg, iframe, object, embed').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
  });

  it('makes no link of a script URL, and clicking the sources and values runs nothing', async () => {
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).protocol));
    for (const protocol of hrefs) expect(['http:', 'https:', 'file:']).toContain(protocol);
    const cells = page.locator('#sources td:first-child, .position .value, .sources li');
    const n = await cells.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) await cells.nth(i).click();
    await page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
    expect(navigations).toEqual([]);
  });

  it('runs its own script under the hash-only policy, and logs no error', async () => {
    await page.locator('.filters input[data-severity="high"]').uncheck();
    expect(await page.textContent('.filters .shown')).toMatch(/^\d+ of \d+ conflicts shown$/);
    await page.locator('.filters input[data-severity="high"]').check();
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
