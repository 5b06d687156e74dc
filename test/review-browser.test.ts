// report.html in a real browser (headless Chromium through playwright-core): it loads with no console
// error, no page error and no request beyond the file itself, runs no script, and every field's chart and
// QA chart renders with a bar per item. A full-page screenshot goes to out/review-screenshot.png under
// CI or ADG_SCREENSHOT (for a person to look at), to a temporary directory otherwise.
// Chromium: ADG_CHROMIUM, or Debian's /usr/bin/chromium; under CI a missing browser fails the test.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { renderReviewPack } from '../runner/review-pack.js';
import { REPO } from './helpers.js';
import { QA, REVIEW } from './review-fixture.js';

const CHROMIUM = process.env.ADG_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const INSTALL = "install Debian's chromium (apt-get install -y chromium)";

if (!CHROMIUM) {
  if (process.env.CI) it('needs Chromium', () => void expect.fail(`no Chromium binary (ADG_CHROMIUM is not set, no /usr/bin/chromium): CI must run the browser test: ${INSTALL}`));
  else console.warn(`review browser test skipped: no Chromium binary; to run it, set ADG_CHROMIUM or ${INSTALL}`);
}

const dir = mkdtempSync(join(tmpdir(), 'adg-review-browser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Chart {
  readonly field: string | null;
  readonly bars: number;
  readonly width: number;
  readonly height: number;
}

it.skipIf(!CHROMIUM)('renders report.html with every chart, offline and without errors', async () => {
  for (const [name, text] of Object.entries(renderReviewPack(REVIEW, QA))) writeFileSync(join(dir, name), text);
  const url = pathToFileURL(join(dir, 'report.html')).href;
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(`console: ${m.text()}`)));
    page.on('pageerror', (e) => void errors.push(`page: ${e.message}`));
    page.on('dialog', (d) => void errors.push(`dialog: ${d.message()}`));
    page.on('request', (r) => void requests.push(r.url()));
    await page.goto(url, { waitUntil: 'load' });

    const charts = (attribute: string) =>
      page.$$eval(
        `svg.chart[${attribute}]`,
        (svgs, attr) =>
          svgs.map((svg) => {
            const box = svg.getBoundingClientRect();
            return { field: svg.getAttribute(attr), bars: svg.querySelectorAll('rect.bar').length, width: box.width, height: box.height };
          }),
        attribute,
      );
    const expected = (fields: readonly { field: string; items: readonly unknown[] }[]) => fields.map((f) => ({ field: f.field, bars: f.items.length }));
    const drawn = (list: Chart[]) => {
      for (const c of list) expect(c.width > 0 && c.height > 0, `chart of ${c.field} has no size`).toBe(true);
      return list.map(({ field, bars }) => ({ field, bars }));
    };
    expect(drawn(await charts('data-field'))).toEqual(expected(REVIEW.fields));
    expect(drawn(await charts('data-qa-field'))).toEqual(expected(QA.fields));
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(await page.title()).toBe(`Disclosure review: ${REVIEW.dataset}`);
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);

    const shared = process.env.CI || process.env.ADG_SCREENSHOT;
    const shot = shared ? join(REPO, 'out', 'review-screenshot.png') : join(dir, 'review-screenshot.png');
    mkdirSync(join(shot, '..'), { recursive: true });
    await page.screenshot({ path: shot, fullPage: true });
    expect(existsSync(shot)).toBe(true);
    if (shared) console.info(`review report screenshot: ${shot}`);
  } finally {
    await browser.close();
  }
});
