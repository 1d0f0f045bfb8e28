/** Property: whatever Markdown a writer types, the check finishes, never throws, and reports sane positions. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { assertProperty, propertyTest } from '../helpers/property.ts';
import { extractReference } from '../../scripts/content/extract/reference.ts';
import { parseFrontMatter } from '../../scripts/content/model/front-matter.ts';
import { frontMatterFindings } from '../../scripts/check/rules/front-matter.ts';
import { recordOf } from '../../scripts/content/extract/page-record.ts';
import { runChecks } from '../../scripts/check/run-checks.ts';
import type { Page, Site } from '../../scripts/content/model/site.ts';
import { RULES } from '../../scripts/check/problem.ts';

const pieces = fc.constantFrom(
  '[', ']', '(', ')', '![', '](', '#', '## ', '\n', '\n\n', '```', '~~~', '`', '<', '>', '<!--', '-->', '{#', '}',
  '---\n', '*', '_', '\\', '&amp;', 'x.md', '../', '#anchor', ': ', '[ref]: ', '    ', '- ', '1. ', '"', '<head>', '<link rel="canonical" href="x"/>',
);
const markdown = fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 80 }).map((parts) => parts.join(''));

propertyTest('random Markdown never crashes the extractor or front matter parser, and positions stay inside the text', { runs: 1500, timeoutMs: 120_000 }, (run) => {
  assertProperty(
    fc.property(markdown, (text) => {
      const lines = text.split('\n').length;
      const extract = extractReference(text);
      for (const item of [...extract.links, ...extract.headings, ...extract.canonicals]) {
        assert.ok(item.line >= 1 && item.line <= lines, `line ${item.line} of ${lines}`);
        assert.ok(item.column >= 1);
      }
      for (const finding of frontMatterFindings(parseFrontMatter(text), { strict: true })) assert.ok(finding.line >= 1 && finding.line <= lines);
    }),
    run,
  );
});

/** A two-page site made of the given texts, read as the check reads pages (fast extractor first). */
function siteOf(texts: string[]): Site {
  const pages: Page[] = texts.map((text, i) => {
    const { frontMatter, extract } = recordOf(text);
    return {
      file: `docs/page-${i}.md`, version: 'current', source: `page-${i}.md`, id: `page-${i}`, route: `/page-${i}`,
      title: `Page ${i}`, draft: frontMatter.data.draft === true, frontMatter, extract, imports: [],
    };
  });
  return {
    dir: '/nonexistent-site', otherRoutes: [], pages, partials: [],
    versions: [{ name: 'current', dir: 'docs', path: '/', extraRoutes: [] }],
    settings: { url: 'https://example.com', baseUrl: '/', trailingSlash: undefined, routeBasePath: '/', markdownFormat: 'mdx', foreignRoutePrefixes: [], source: { kind: 'config', file: 'docusaurus.config.js' } },
  };
}

propertyTest('random pages never crash the rules, and every problem points inside its page', { runs: 1500, timeoutMs: 120_000 }, (run) => {
  const page = fc.oneof(markdown, markdown.map((text) => `---\ntitle: x\ndraft: true\n---\n${text}`));
  assertProperty(
    fc.property(page, page, (a, b) => {
      const texts = [a, b];
      for (const problem of runChecks(siteOf(texts))) {
        const lines = texts[Number(problem.file.match(/page-(\d)/)![1])].split('\n').length;
        assert.ok(problem.line >= 1 && problem.line <= lines, `${problem.file}:${problem.line} of ${lines} lines`);
        assert.ok(problem.column >= 1);
        assert.ok(RULES.includes(problem.rule));
        assert.ok(problem.message.length > 0);
      }
    }),
    run,
  );
});
