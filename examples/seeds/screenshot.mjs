// Renders examples/seeds/report.html in Chromium (playwright-core) to docs/seed-report.png for the README.
// Part of `npm run examples`; needs Chromium (CROSSCHECK_CHROMIUM, default /usr/bin/chromium).
import { chromium } from 'playwright-core';

const page = new URL('./report.html', import.meta.url);
const out = new URL('../../docs/seed-report.png', import.meta.url);
const browser = await chromium.launch({
  executablePath: process.env.CROSSCHECK_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const tab = await browser.newPage({ viewport: { width: 1200, height: 1500 }, deviceScaleFactor: 1 });
await tab.goto(page.href);
await tab.screenshot({ path: out.pathname, fullPage: false });
await browser.close();
console.log(`wrote ${out.pathname}`);
