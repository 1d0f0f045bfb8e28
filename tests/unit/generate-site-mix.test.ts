/**
 * The bench generator's pages look like real docs pages (BENCHMARKS.md, "Bench calibration
 * against real sites"): the constructs that decide the check's speed appear on about the share of
 * pages they do on the real sites, page sizes spread as theirs do, about one page in twenty
 * uses MDX, and most pages have a front matter key that Docusaurus's schema checks. This holds
 * the construct mix, not the fast extractor's share, which changes whenever the extractor learns
 * a construct.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSite } from '../../scripts/bench/generate-site.ts';
import { statsOf } from '../../scripts/bench/site-stats.ts';

test('generated site: construct mix, page sizes and MDX share in the real sites\' range', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'generate-site-mix-'));
  try {
    generateSite(dir, { pagesPerVersion: 400, versions: 1, seed: 3 });
    const stats = statsOf(path.join(dir, 'docs'));
    // [low, high] share of pages with the construct; the real sites' values are in the comments.
    const ranges: Array<[keyof typeof stats.pagesWith, number, number]> = [
      ['list item', 0.45, 0.85], // 50–69%
      ['nested list item', 0.05, 0.25], // 5–14%
      ['fence inside a list', 0.02, 0.2], // 0–12%
      ['admonition', 0.3, 0.6], // 32–51%
      ['table row', 0.08, 0.3], // 8–28%
      ['inline HTML/JSX', 0.1, 0.4], // 16–49%
      ['tab character', 0.02, 0.15], // 0–15%
      ['fenced code', 0.45, 0.75], // 47–65%
      ['heading', 0.9, 1], // 96–99%
      ['import', 0.03, 0.08], // 0–27%: held at about 5%
    ];
    for (const [name, low, high] of ranges) {
      const share = stats.pagesWith[name];
      assert.ok(share >= low && share <= high, `${name}: ${share} of pages, expected ${low}–${high}`);
    }
    // Page sizes: the real sites' medians are 2.4–5.1 kB, their p90 2.7–5.5× the median.
    assert.ok(stats.size.median >= 2400 && stats.size.median <= 5100, `median ${stats.size.median}`);
    assert.ok(stats.size.p90 / stats.size.median >= 2.5 && stats.size.p90 / stats.size.median <= 6, `p90 ${stats.size.p90}`);
    // The MDX prefilter sends the MDX pages and those with inline HTML to the parser (real: 25–94%).
    assert.ok(stats.mdxPages >= 0.1 && stats.mdxPages < 1 / 3, `MDX prefilter: ${stats.mdxPages} of pages`);
    // Most real pages have a key Docusaurus's schema checks (sidebar_label, slug…; real: 20%, 99%,
    // 95%), so the check validates them on the bench too.
    assert.ok(stats.schemaPages >= 0.6 && stats.schemaPages <= 0.8, `front matter the schema checks: ${stats.schemaPages} of pages`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
