import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/check';
import { formatReport } from '../../src/report/format';
import { renderHtml } from '../../src/report/html';
import type { CheckOptions, ClaimInput } from '../../src/schema';

const { sources, claims } = JSON.parse(readFileSync(new URL('../../examples/seeds/claims.json', import.meta.url), 'utf8')) as {
  sources: CheckOptions['sources'];
  claims: ClaimInput[];
};
const report = checkConsistency(claims, { sources });

describe('the HTML report', () => {
  const html = renderHtml(report);

  it('is self-contained: no scripts, styles, images or fonts from elsewhere', () => {
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/url\(/i);
  });

  it('escapes what the claims say', () => {
    const evil = checkConsistency([
      { source: '<b>a</b>', subject: 'x', attribute: 'venue', value: '<script>alert(1)</script>' },
      { source: 'b', subject: 'x', attribute: 'venue', value: 'Casa "Chimayo" & co' },
    ]);
    const page = renderHtml(evil);
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&lt;b&gt;a&lt;/b&gt;');
  });

  it('is the committed seed example page (examples/seeds/report.html), regenerated on purpose', () => {
    expect(formatReport(report, 'html')).toBe(readFileSync(new URL('../../examples/seeds/report.html', import.meta.url), 'utf8'));
  });
});

describe('the text report', () => {
  it('has no colour unless asked, and colour when asked', () => {
    expect(formatReport(report, 'text')).not.toMatch(/\u001b\[/);
    expect(formatReport(report, 'text', { color: true })).toMatch(/\u001b\[31m\[high\]/);
  });

  it("with color 'auto', never colours under NO_COLOR or off a terminal", () => {
    const saved = process.env.NO_COLOR;
    process.env.NO_COLOR = '1';
    try {
      expect(formatReport(report, 'text', { color: 'auto' })).not.toMatch(/\u001b\[/);
    } finally {
      if (saved === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved;
    }
  });
});
