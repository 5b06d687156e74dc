// The review pack as text, without a browser: one chart per field with a bar per item, every name and
// label escaped, the metadata hash where the reviewer needs it, nothing fetched from a network, the
// blocking findings in REVIEW.md, and a verdict that follows summary.blocking.
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { markdownText } from '../runner/export-readme.js';
import type { ReviewDocument } from '../runner/review-document.js';
import { renderReviewPack } from '../runner/review-pack.js';
import { distributionChart } from '../runner/review-charts.js';
import { HASH, NAMES, QA, REVIEW } from './review-fixture.js';

const pack = renderReviewPack(REVIEW, QA);
const html = pack['report.html'];
const md = pack['REVIEW.md'];

/** The SVG element whose attribute is the escaped value, as text. */
function svgOf(attribute: string, value: string): string {
  const marker = `${attribute}="${Handlebars.escapeExpression(value)}"`;
  const at = html.indexOf(marker);
  expect(at, `no chart with ${marker}`).toBeGreaterThan(-1);
  expect(html.indexOf(marker, at + 1), `two charts with ${marker}`).toBe(-1);
  return html.slice(html.lastIndexOf('<svg', at), html.indexOf('</svg>', at));
}

const bars = (svg: string, cls = 'bar') => svg.match(new RegExp(`<rect class="${cls}[" ]`, 'g'))?.length ?? 0;
const labels = (svg: string) => svg.match(/<text class="label"/g)?.length ?? 0;

describe('report.html', () => {
  it('draws one chart per field with one bar per published item, NULL marked', () => {
    for (const f of REVIEW.fields) expect(bars(svgOf('data-field', f.field)), f.field).toBe(f.items.length);
    expect(bars(svgOf('data-field', NAMES.distance), 'bar null')).toBe(1);
    expect(bars(svgOf('data-field', NAMES.origin), 'bar null')).toBe(0);
    expect(svgOf('data-field', NAMES.empty)).toContain('no item published');
  });

  it('labels every bar of a short list and only the first and last of a long one', () => {
    expect(labels(svgOf('data-field', NAMES.delay))).toBe(25);
    expect(labels(svgOf('data-field', NAMES.origin))).toBe(2);
    const hours = svgOf('data-field', NAMES.time);
    expect(labels(hours)).toBe(2);
    expect(hours).toContain('>2001-01-01 00:00</text>');
    expect(hours).toContain(`>${REVIEW.fields[2]!.items.at(-1)!.label}</text>`);
    expect(hours.match(/<title>/g)).toHaveLength(4000);
  });

  it('draws released against generated shares for every QA field', () => {
    for (const f of QA.fields) {
      const svg = svgOf('data-qa-field', f.field);
      expect(bars(svg, 'bar released'), f.field).toBe(f.items.length);
      expect(svg).toMatch(/<path class="generated" d="M[\d.]+ [\d.]+ H/);
    }
    expect(html).toContain('the first 500 of 4,000 items');
    expect(html).toContain('p = 1.2e-12');
    expect(html).toContain('3,000,000');
  });

  it('escapes every name, label and text from the documents', () => {
    expect(html).not.toMatch(/<script/i);
    for (const markup of ['<b>', '<i>', '<u>', '<em>only']) expect(html.includes(markup), markup).toBe(false);
    expect(html).toContain('origin &lt;script&gt;alert(&quot;field&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;script&gt;alert(&#x27;label&#x27;)&lt;/script&gt;');
    expect(html).toContain('dép time ⏰ 出発');
    expect(html).not.toContain('{{');
  });

  it('shows the metadata hash, release policy, suppression and every check', () => {
    expect(html).toContain(`<code>${HASH}</code>`);
    expect(html).toContain('adg release --hash');
    expect(html).toContain('Counts below 10 were dropped, the rest rounded to the nearest 5');
    expect(html).toContain('<code>nhs-hes</code>');
    for (const c of REVIEW.checks) expect(html).toContain(`<code>${c.id}</code>`);
    expect(html).toContain('items 3 (AP003), 4 (AP004)');
    expect(html).toContain(', and 8 more');
    expect(renderReviewPack({ ...REVIEW, release: 'auto' }, undefined)['report.html']).toContain('the spec declares the source non-sensitive');
  });

  it('fetches nothing and runs nothing', () => {
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<link|<img|<iframe|\bsrc=|url\(|@import/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('says what changed since the last release, or that there was none', () => {
    expect(html).toContain('Differencing risk');
    expect(html).toContain('AP001: 1,200 → 1,205');
    expect(html).toContain('and 10 more');
    expect(renderReviewPack({ ...REVIEW, diff: null }, undefined)['report.html']).toContain('first release of this dataset');
  });

  it('has the sign-off checklist, the next steps and the disclaimer', () => {
    expect(html.match(/<input type="checkbox" disabled>/g)).toHaveLength(REVIEW.checklist.length);
    expect(html).toContain(`<pre><code>adg release specs/flights.yaml --hash ${HASH}</code></pre>`);
    expect(html).toContain('Everything on this page is published metadata that passed suppression, or artificial data.');
  });
});

describe('verdict', () => {
  const passing: ReviewDocument = { ...REVIEW, summary: { ...REVIEW.summary, blocking: 0 }, checks: REVIEW.checks.filter((c) => c.severity === 'warning') };

  it('refuses release while a blocking check fails', () => {
    expect(html).toContain('<div class="verdict blocked">1 blocking check fails: release is refused until it is resolved');
    expect(md).toContain('**1 blocking check fails: release is refused until it is resolved.**');
    const two = renderReviewPack({ ...REVIEW, summary: { ...REVIEW.summary, blocking: 2 } }, undefined);
    expect(two['report.html']).toContain('2 blocking checks fail: release is refused until they are resolved');
  });

  it('is green with warnings when no blocking check fails', () => {
    const clean = renderReviewPack(passing, undefined);
    expect(clean['report.html']).toContain('<div class="verdict clean">No blocking check fails<span class="warnings">1 warning to read</span>');
    expect(clean['report.html']).not.toContain('verdict blocked');
    expect(clean['REVIEW.md']).toContain('**No blocking check fails.** 1 warning to read.');
    expect(clean['REVIEW.md']).not.toContain('## Blocking findings');
  });
});

describe('REVIEW.md', () => {
  it('lists the checks and the blocking findings, escaped for Markdown', () => {
    for (const c of REVIEW.checks) expect(md).toContain(`| ${c.title} (\`${c.id}\`) | ${c.severity} | ${c.status} | ${c.findings.length} |`);
    const blocking = md.slice(md.indexOf('## Blocking findings'), md.indexOf('## QA'));
    expect(blocking).toContain(`- **NHS numbers**, \`${markdownText(NAMES.origin)}\`, items 3 (AP003)`);
    expect(blocking).toContain('values &lt;b>look like&lt;/b> NHS numbers \\| 10 digits');
    expect(blocking).not.toContain('long tail');
    expect(md).toContain(`| \`${markdownText(NAMES.delay)}\` | 0.012 |`);
    expect(md).not.toContain(NAMES.delay);
  });

  it('gives the hash, the QA summary and the commands', () => {
    expect(md).toContain(`| metadata sha256 | \`${HASH}\` |`);
    expect(md).toContain('3,000,000 rows generated, 3,000,000 expected. **No blocking check fails.** 1 warning to read.');
    expect(md).toContain(`\`\`\`sh\nadg release specs/flights.yaml --hash ${HASH}\nadg generate specs/flights.yaml --target <your target>\n\`\`\``);
    expect(renderReviewPack(REVIEW, undefined)['REVIEW.md']).not.toContain('## QA');
  });
});

describe('the other files', () => {
  it('writes the documents as JSON and the hash sha256sum-style', () => {
    expect(pack['metadata.sha256']).toBe(`${HASH}  flights_metadata\n`);
    expect(pack['review.json']).toBe(`${JSON.stringify(REVIEW, null, 2)}\n`);
    expect(JSON.parse(pack['qa.json']!)).toEqual(QA);
    expect(renderReviewPack(REVIEW, undefined)).not.toHaveProperty('qa.json');
  });

  it('refuses a QA of other metadata', () => {
    expect(() => renderReviewPack(REVIEW, { ...QA, metadataHash: 'f'.repeat(64) })).toThrow(/run adg qa again/);
  });
});

describe('a field with a million published items', () => {
  it('draws at most 5,000 bars of consecutive items, labelled by the first and last item', () => {
    const items = Array.from({ length: 1_000_000 }, (_, i) => ({ item: i, label: `v${i}`, stat: 'value' as const, value: `v${i}`, lo: null, hi: null, rows: 10, entities: null }));
    const chart = distributionChart(items);
    expect(chart.bars).toHaveLength(5000);
    expect(chart.labels.map((l) => l.text)).toEqual(['v0', 'v999999']);
    expect(chart.bars[0]!.tooltip).toBe('items 0-199 (v0 to v199): 2,000 rows');
  });
});
