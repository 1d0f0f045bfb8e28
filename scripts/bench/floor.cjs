#!/usr/bin/env node
/**
 * The floor the check is held to on real sites (issue 12): a plain Node process that reads every
 * page of a site (docs/ and versioned_docs/, and for each other docs instance that keeps released
 * versions, `<id>_versioned_docs/` and `<id>/`, the folder such an instance is usually given; each
 * locale's translated docs under i18n/) and
 * regex-scans it for links and headings. No parser, no config, no cache: what a check can hardly
 * beat. Prints pages, bytes, links and
 * headings found, so a run that read nothing shows.
 *
 *   node scripts/bench/floor.cjs SITE_DIR
 */
const fs = require('node:fs');
const path = require('node:path');

const LINK = /!?\[[^\]]*\]\(([^)\s]*)[^)]*\)|^ {0,3}\[[^\]]+\]:\s*(\S+)/gm;
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*)$/gm;
const SKIPPED = new Set(['node_modules', '.git', '.docusaurus', 'build']);

function* pagesUnder(dir) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) yield* pagesUnder(full);
    } else if (/\.mdx?$/.test(entry.name)) {
      yield full;
    }
  }
}

const site = path.resolve(process.argv[2] ?? '.');
let pages = 0;
let bytes = 0;
let links = 0;
let headings = 0;
const instances = fs.readdirSync(site).filter((name) => name.endsWith('_versioned_docs')).map((name) => name.slice(0, -'_versioned_docs'.length));
// Each locale's translated docs (i18n/<locale>/docusaurus-plugin-content-docs*/), which the check reads for that locale's build.
const translated = (() => {
  try {
    return fs.readdirSync(path.join(site, 'i18n')).flatMap((locale) => {
      const localeDir = path.join('i18n', locale);
      try {
        return fs.readdirSync(path.join(site, localeDir)).filter((name) => name.startsWith('docusaurus-plugin-content-docs')).map((name) => path.join(localeDir, name));
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
})();
for (const root of ['docs', 'versioned_docs', ...instances.flatMap((id) => [id, `${id}_versioned_docs`]), ...translated]) {
  for (const file of pagesUnder(path.join(site, root))) {
    const text = fs.readFileSync(file, 'utf8');
    pages++;
    bytes += text.length;
    for (const match of text.matchAll(LINK)) if (match[1] ?? match[2]) links++;
    for (const _ of text.matchAll(HEADING)) headings++;
  }
}
console.log(`${pages} pages, ${bytes} bytes, ${links} links, ${headings} headings`);
