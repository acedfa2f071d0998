import { agreementMatrix, conflictCounts, groupIndex, linkLine, sourceLabeller, summaryLine, unverifiedReasons } from './common';
import { sha256Base64 } from '../util/sha256';
import type { ClaimGroup, ConsistencyReport, Position } from './schema';

export interface HtmlOptions {
  /** Page title. */
  readonly title?: string;
  /** Conflicts drawn at most (the JSON and CSV reports hold them all). */
  readonly maxConflicts?: number;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const STYLE = `
:root { --bg:#f7f7f4; --card:#fff; --ink:#1d2327; --muted:#5f6b73; --line:#dde1e3; --high:#b42318; --medium:#b54708; --low:#4f6372;
  --agree:#067647; --against:#b42318; --accent:#1d4ed8; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); }
main { max-width: 1180px; margin: 0 auto; padding: 24px 20px 64px; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 36px 0 12px; } h3 { font-size: 17px; margin: 0; }
.summary { color: var(--muted); margin: 0 0 16px; }
.stats { display: flex; flex-wrap: wrap; gap: 8px; }
.stat { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; min-width: 92px; }
.stat b { display: block; font-size: 22px; line-height: 1.1; } .stat span { color: var(--muted); font-size: 13px; }
.stat.unverified b { color: var(--accent); }
.stat.high b { color: var(--high); } .stat.medium b { color: var(--medium); } .stat.low b { color: var(--low); }
.filters { position: sticky; top: 0; z-index: 2; background: var(--bg); padding: 10px 0; border-bottom: 1px solid var(--line); display: flex; gap: 14px; align-items: center; flex-wrap: wrap; }
.filters label { cursor: pointer; user-select: none; } .filters .shown { color: var(--muted); margin-left: auto; }
.badge { display: inline-block; border-radius: 999px; padding: 1px 10px; font-size: 12px; font-weight: 600; color: #fff; text-transform: uppercase; letter-spacing: .03em; }
.badge.high { background: var(--high); } .badge.medium { background: var(--medium); } .badge.low { background: var(--low); }
.conflict { background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--low); border-radius: 10px; padding: 16px 18px; margin: 14px 0; }
.conflict.high { border-left-color: var(--high); } .conflict.medium { border-left-color: var(--medium); }
.conflict > header { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.conflict .of { color: var(--muted); font-weight: 400; } .conflict code { color: var(--muted); font-size: 12px; margin-left: auto; }
.message { margin: 8px 0 14px; color: #323b41; }
.links { margin: 10px 0 0; padding-left: 18px; color: #5b6770; font-size: 13px; }
.positions { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 12px; }
.position { border: 1px solid var(--line); border-radius: 8px; padding: 12px; background: #fcfcfb; }
.position.consensus { border-color: var(--agree); box-shadow: inset 0 3px 0 var(--agree); }
.position.against { border-color: #f1b5ae; box-shadow: inset 0 3px 0 var(--against); }
.position.agrees { box-shadow: inset 0 3px 0 #86c5a4; }
.mark { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
.consensus .mark { color: var(--agree); } .against .mark { color: var(--against); }
.value { font-size: 18px; font-weight: 600; margin: 4px 0 0; word-break: break-word; }
.normalized { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12px; color: var(--muted); }
.support { font-size: 13px; color: var(--muted); margin: 6px 0; }
.sources { margin: 6px 0; padding: 0; list-style: none; font-size: 14px; } .sources li::before { content: "— "; color: var(--muted); }
blockquote { margin: 8px 0 0; padding: 6px 10px; border-left: 3px solid var(--line); background: var(--bg); font-size: 13.5px; color: #323b41; }
blockquote footer { color: var(--muted); font-size: 12px; margin-top: 2px; }
table { border-collapse: collapse; background: var(--card); width: 100%; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #eef0f1; font-weight: 600; }
.matrix { width: auto; } .matrix td { text-align: center; min-width: 58px; font-variant-numeric: tabular-nums; }
.matrix th.col { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
.matrix td.self { background: #eef0f1; color: var(--muted); } .matrix td.none { color: #9aa4ab; background: #fafafa; }
.legend { display: flex; align-items: center; gap: 8px; font-size: 13px; color: var(--muted); margin-top: 8px; }
.legend .scale { width: 180px; height: 12px; border-radius: 6px; background: linear-gradient(90deg, hsl(4 70% 62%), hsl(45 85% 62%), hsl(140 45% 55%)); }
details summary { cursor: pointer; color: var(--accent); margin-bottom: 8px; }
.sev-error { color: var(--high); font-weight: 600; } .sev-warning { color: var(--medium); font-weight: 600; } .sev-info { color: var(--low); }
.more { color: var(--muted); font-style: italic; }
[hidden] { display: none !important; }
`;

// Filtering by severity: toggles the cards of each severity and counts what is shown.
const SCRIPT = `
(() => {
  const boxes = [...document.querySelectorAll('.filters input[data-severity]')];
  const cards = [...document.querySelectorAll('article.conflict')];
  const shown = document.querySelector('.filters .shown');
  const update = () => {
    const on = new Set(boxes.filter((b) => b.checked).map((b) => b.dataset.severity));
    let n = 0;
    for (const c of cards) { const v = on.has(c.dataset.severity); c.hidden = !v; if (v) n++; }
    if (shown) shown.textContent = n + ' of ' + cards.length + ' conflicts shown';
  };
  for (const b of boxes) b.addEventListener('change', update);
  update();
})();
`;

/**
 * The page's Content-Security-Policy: nothing from the network, inline styles, and only the one
 * script whose hash is given (never 'unsafe-inline' for scripts, so markup that got into the page
 * some other way could not run). Computed from the script itself, so the two cannot drift.
 */
function contentSecurityPolicy(script: string): string {
  return `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${sha256Base64(script)}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

/** A base for reading relative references: they take the page's own scheme, http(s) or file. */
const BASE = 'https://base.invalid/';

/**
 * A source's URL as a link target, or undefined: only an http(s) URL, or a relative reference
 * (`../articles/3.txt`, which takes the page's own scheme), becomes a link. The URL is read as a
 * browser reads an href (leading and trailing controls and spaces dropped, tabs and line breaks
 * removed, the scheme case-folded), so `" JaVaScRiPt:…"`, `"java\tscript:…"`, `data:` and any
 * other scheme are refused exactly when a browser would have followed them.
 *
 * @example
 * safeUrl(' JaVaScRiPt:alert(1)'); //=> undefined
 * safeUrl('HTTPS://Example.com/a b'); //=> 'https://example.com/a%20b'
 */
/** Lone surrogates, which a UTF-8 page cannot hold: the page gets U+FFFD, so the URL is read with it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function safeUrl(raw: string): string | undefined {
  // The URL the page will hold, with U+FFFD for a lone surrogate.
  const url = raw.replace(LONE_SURROGATE, '\ufffd');
  let parsed: URL;
  let absolute = true;
  try {
    parsed = new URL(url);
  } catch {
    absolute = false;
    try {
      parsed = new URL(url, BASE);
    } catch {
      return undefined;
    }
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  // Absolute: the parsed form. Relative: as written, less the controls and spaces a browser drops anyway.
  if (absolute) return parsed.href;
  // A loop, not a regex anchored at the end: that would be quadratic on a long run of spaces.
  let start = 0;
  let end = url.length;
  while (start < end && url.charCodeAt(start) <= 0x20) start++;
  while (end > start && url.charCodeAt(end - 1) <= 0x20) end--;
  return url.slice(start, end).replace(/[\t\n\r]/g, '');
}

function heat(agreement: number): string {
  // Red (sources contradict each other) through amber to green (they agree). Squared, because rates
  // between real sources sit high: 75 % should look clearly different from 100 %.
  const rate = agreement * agreement;
  const hue = rate < 0.5 ? 4 + (45 - 4) * (rate / 0.5) : 45 + (140 - 45) * ((rate - 0.5) / 0.5);
  const light = rate < 0.5 ? 62 : 62 - 7 * ((rate - 0.5) / 0.5);
  return `hsl(${hue.toFixed(0)} ${rate < 0.5 ? 70 : 60}% ${light.toFixed(0)}%)`;
}

function positionCard(g: ClaimGroup, p: Position, label: (id: string) => string): string {
  const consensus = g.positions.find((x) => x.id === g.consensus?.position);
  const role =
    consensus?.id === p.id ? 'consensus'
    : consensus === undefined ? (p.conflictsWith.length > 0 ? 'against' : 'agrees')
    : consensus.conflictsWith.includes(p.id) ? 'against'
    : 'agrees';
  const mark = role === 'consensus' ? '✔ consensus' : role === 'against' ? `✘ contradicts${consensus === undefined ? '' : ' the consensus'}` : '≈ agrees';
  const quotes = (p.evidence ?? [])
    .filter((e) => e.quote !== undefined)
    .map((e) => `<blockquote>${escapeHtml(e.quote!)}<footer>— ${escapeHtml(label(e.source))}${e.value === p.value ? '' : `, “${escapeHtml(e.value)}”`}</footer></blockquote>`)
    .join('');
  const support =
    consensus?.id === p.id && g.consensus !== null
      ? `support ${p.support} · with agreeing values ${g.consensus.support} · confidence ${Math.round(g.consensus.confidence * 100)}%`
      : `support ${p.support}`;
  return `<div class="position ${role}" data-position="${escapeHtml(p.id)}">
<div class="mark">${mark}</div>
<div class="value">${escapeHtml(p.value)}</div>
<div class="normalized">${escapeHtml(p.normalized)}</div>
<div class="support">${support}</div>
<ul class="sources">${p.sources.map((s) => `<li>${escapeHtml(label(s))}</li>`).join('')}</ul>${quotes}
</div>`;
}

/**
 * The report as one self-contained HTML page (no network requests: inline
 * styles and script, and a Content-Security-Policy that forbids any other):
 * the summary, each conflict with the competing values side by side with
 * their sources and quotes and the consensus, a source-by-source agreement
 * heat map, unverified groups (with why), agreements, issues and sources. Conflicts can be filtered by
 * severity.
 */
export function renderHtml(report: ConsistencyReport, options: HtmlOptions = {}): string {
  const title = options.title ?? 'crosscheck report';
  const max = options.maxConflicts ?? 1000;
  const label = sourceLabeller(report);
  const groups = groupIndex(report);
  const counts = conflictCounts(report.conflicts);
  const s = report.summary;
  const out: string[] = [];
  out.push(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(SCRIPT)}">
<meta name="generator" content="crosscheck">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="summary">${escapeHtml(summaryLine(report))}</p>
<div class="stats">
<div class="stat high"><b>${counts.high}</b><span>high conflicts</span></div>
<div class="stat medium"><b>${counts.medium}</b><span>medium</span></div>
<div class="stat low"><b>${counts.low}</b><span>low</span></div>
<div class="stat unverified"><b>${s.unverified}</b><span>unverified</span></div>
<div class="stat"><b>${s.consistent}</b><span>agreements</span></div>
<div class="stat"><b>${s.single}</b><span>single-source</span></div>
<div class="stat"><b>${s.claims}</b><span>claims</span></div>
<div class="stat"><b>${s.sources}</b><span>sources</span></div>
<div class="stat"><b>${s.issues}</b><span>issues</span></div>
</div>
</header>`);

  out.push('<section id="conflicts">', `<h2>Conflicts</h2>`);
  if (report.conflicts.length === 0) out.push('<p>No source contradicts another.</p>');
  else {
    out.push(
      `<nav class="filters" aria-label="Filter conflicts by severity"><span>Show:</span>${(['high', 'medium', 'low'] as const)
        .map((sev) => `<label><input type="checkbox" data-severity="${sev}" checked> <span class="badge ${sev}">${sev}</span> ${counts[sev]}</label>`)
        .join('')}<span class="shown">${Math.min(max, report.conflicts.length)} of ${Math.min(max, report.conflicts.length)} conflicts shown</span></nav>`,
    );
    for (const c of report.conflicts.slice(0, max)) {
      const g = groups.get(c.group)!;
      out.push(`<article class="conflict ${c.severity}" data-severity="${c.severity}" data-group="${escapeHtml(g.id)}">
<header><span class="badge ${c.severity}">${c.severity}</span><h3>${escapeHtml(g.attribute)} <span class="of">of</span> ${escapeHtml(g.subject)}</h3><code>${escapeHtml(c.code)} · ${escapeHtml(String(g.kind))}</code></header>
<p class="message">${escapeHtml(c.message)}</p>
<div class="positions">${g.positions.map((p) => positionCard(g, p, label)).join('')}</div>${
        g.links !== undefined && g.links.length > 0 ? `<ul class="links">${g.links.map((l) => `<li>${escapeHtml(linkLine(l))}</li>`).join('')}</ul>` : ''
      }
</article>`);
    }
    if (report.conflicts.length > max) out.push(`<p class="more">… and ${report.conflicts.length - max} more conflicts in the JSON and CSV reports.</p>`);
  }
  out.push('</section>');

  const matrix = agreementMatrix(report);
  out.push('<section id="agreement">', '<h2>Source agreement</h2>');
  if (matrix.sources.length < 2) out.push('<p>Fewer than two sources: nothing to compare.</p>');
  else {
    out.push(
      '<p>How often two sources agree where both take a position on the same thing: green when they agree, red when one contradicts the other.</p>',
      '<table class="matrix"><thead><tr><th></th>',
      ...matrix.sources.map((id) => `<th class="col" scope="col">${escapeHtml(label(id))}</th>`),
      '</tr></thead><tbody>',
    );
    matrix.sources.forEach((a, i) => {
      const cells = matrix.cells[i]!.map((cell, j) => {
        if (i === j) return '<td class="self">—</td>';
        const total = cell.agree + cell.disagree;
        const b = matrix.sources[j]!;
        if (total === 0) return `<td class="none" title="${escapeHtml(`${label(a)} and ${label(b)} never speak of the same thing`)}">·</td>`;
        const rate = cell.agree / total;
        const tip = `${label(a)} and ${label(b)}: agree on ${cell.agree}, contradict on ${cell.disagree} of ${total} shared groups`;
        return `<td style="background:${heat(rate)}" title="${escapeHtml(tip)}" data-agree="${cell.agree}" data-disagree="${cell.disagree}">${Math.round(rate * 100)}%</td>`;
      });
      out.push(`<tr><th scope="row">${escapeHtml(label(a))}</th>${cells.join('')}</tr>`);
    });
    out.push('</tbody></table>', '<div class="legend">contradict <span class="scale"></span> agree</div>');
  }
  out.push('</section>');

  const unverified = report.groups.filter((g) => g.status === 'unverified');
  out.push('<section id="unverified">', `<h2>Unverified (${unverified.length})</h2>`);
  if (unverified.length > 0) {
    const reasons = unverifiedReasons(report);
    out.push(
      '<p>No conflict was found in these groups, but some of their values could not be read or compared, so they are not agreements either.</p>',
      '<table><thead><tr><th>Subject</th><th>Attribute</th><th>Values and sources</th><th>Why</th></tr></thead><tbody>',
    );
    for (const g of unverified.slice(0, 5000)) {
      const values = g.positions.map((p) => `<b>${escapeHtml(p.value)}</b> — ${escapeHtml(p.sources.map(label).join(', '))}`).join('<br>');
      const why = (reasons.get(g.id) ?? []).map(escapeHtml).join('<br>') || '—';
      out.push(`<tr><td>${escapeHtml(g.subject)}</td><td>${escapeHtml(g.attribute)}</td><td>${values}</td><td>${why}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  out.push('</section>');

  const consistent = report.groups.filter((g) => g.status === 'consistent');
  out.push('<section id="agreements">', `<h2>Agreements (${consistent.length})</h2>`);
  if (consistent.length > 0) {
    out.push(
      '<details><summary>Show the values sources agree on</summary><table><thead><tr><th>Subject</th><th>Attribute</th><th>Consensus</th><th>Values</th><th>Sources</th></tr></thead><tbody>',
    );
    for (const g of consistent.slice(0, 5000)) {
      const sources = new Set(g.positions.flatMap((p) => p.sources));
      out.push(
        `<tr><td>${escapeHtml(g.subject)}</td><td>${escapeHtml(g.attribute)}</td><td class="normalized">${escapeHtml(g.consensus?.normalized ?? '—')}</td><td>${g.positions.map((p) => escapeHtml(p.value)).join(' · ')}</td><td>${sources.size}</td></tr>`,
      );
    }
    out.push('</tbody></table></details>');
  }
  out.push('</section>');

  out.push('<section id="issues">', `<h2>Issues (${report.issues.length})</h2>`);
  if (report.issues.length > 0) {
    out.push('<table><thead><tr><th>Severity</th><th>Code</th><th>Claim</th><th>Message</th></tr></thead><tbody>');
    for (const i of report.issues.slice(0, 5000)) {
      out.push(`<tr><td class="sev-${i.severity}">${i.severity}</td><td><code>${escapeHtml(i.code)}</code></td><td>${escapeHtml(i.claim ?? '—')}</td><td>${escapeHtml(i.message)}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  out.push('</section>');

  out.push(
    '<section id="sources">',
    '<h2>Sources</h2>',
    '<table><thead><tr><th>Source</th><th>Published</th><th>Claims</th><th>Agreements</th><th>Contradictions</th><th>Agreement rate</th><th>Estimated accuracy</th></tr></thead><tbody>',
  );
  for (const src of report.sources) {
    // Any other URL (javascript:, data:, …) is left out: the name stays plain text.
    const href = src.url === undefined ? undefined : safeUrl(src.url);
    const name = href === undefined ? escapeHtml(src.name ?? src.id) : `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(src.name ?? src.id)}</a>`;
    const accuracy = src.accuracy === undefined ? '—' : `${Math.round(src.accuracy * 100)}%${src.origin === undefined ? '' : ` (copies ${escapeHtml(label(src.origin))})`}`;
    out.push(
      `<tr><td>${name}</td><td>${escapeHtml(src.publishedAt ?? '—')}</td><td>${src.claims}</td><td>${src.agreements}</td><td>${src.contradictions}</td><td>${src.agreementRate === null ? '—' : `${Math.round(src.agreementRate * 100)}%`}</td><td>${accuracy}</td></tr>`,
    );
  }
  out.push('</tbody></table>', '</section>', '</main>', `<script>${SCRIPT}</script>`, '</body>', '</html>', '');
  return out.join('\n');
}
