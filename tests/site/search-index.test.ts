/**
 * The offline search indexes in build/: one per docs version, at the version's root, holding
 * that version's pages only, and never anything from a draft.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { requireBuild } from '../helpers/paths.ts';
import { siteVersions } from '../helpers/versions.ts';

/** Phrases only the draft page (versioned_docs/version-2.0-2.4/faq/security-faqs.md) contains. */
const DRAFT_PHRASES = ['Docker Security Benchmark', 'AppArmorProfile', 'security-faqs'];

interface SearchDocument {
  u: string;
  t: string;
}

function indexOf(prefix: string): { file: string; raw: string; urls: string[] } {
  const dir = path.join(requireBuild(), prefix);
  const files = fs.readdirSync(dir).filter((name) => /^search-index.*\.json$/.test(name));
  assert.equal(files.length, 1, `one search index in ${dir}, found ${files.join(', ') || 'none'}`);
  const file = path.join(dir, files[0]);
  const raw = fs.readFileSync(file, 'utf8');
  const parts = JSON.parse(raw) as { documents: SearchDocument[] }[];
  const urls = [...new Set(parts.flatMap((part) => part.documents.map((doc) => doc.u)))];
  return { file, raw, urls };
}

describe('search indexes', () => {
  test('each version has its own index with its own pages only', () => {
    const versions = siteVersions();
    const olderPrefixes = versions.filter((v) => v.prefix).map((v) => `${v.prefix}/`);
    for (const version of versions) {
      const { urls } = indexOf(version.prefix);
      assert.ok(urls.includes(`${version.prefix}/faq/security`), `${version.label} index has its FAQ`);
      assert.ok(
        urls.includes(`${version.prefix}/reference-guides/rancher-security/security-advisories-and-cves`),
        `${version.label} index has its advisories page`,
      );
      for (const url of urls) {
        const inOlder = olderPrefixes.find((prefix) => url.startsWith(prefix));
        const expected = version.prefix ? `${version.prefix}/` : undefined;
        assert.equal(inOlder, expected, `${version.label} index holds ${url}`);
      }
    }
  });

  test('no index holds a draft page or its text', () => {
    for (const version of siteVersions()) {
      const { raw, file } = indexOf(version.prefix);
      for (const phrase of DRAFT_PHRASES) {
        assert.ok(!raw.toLowerCase().includes(phrase.toLowerCase()), `${file} contains "${phrase}"`);
      }
      assert.ok(!/"docker"/i.test(raw), `${file} indexes the word "docker", found only in the draft`);
    }
  });
});
