/**
 * The key of the code that produces page records. A record is cached by its page's content hash,
 * so the cache must also know which code made it: change an extractor, the front matter parser,
 * the record types or a parsing dependency, and every cached record is stale.
 *
 * The producer is, by construction, what lives in `extract/` and `model/` (a unit test holds
 * extract/page-record.ts to importing nothing else of ours), plus the cache's own file format
 * and the lock file for the parsing libraries. The same key is computed whether the check runs
 * from source (tsx: the build, tests, `npm start`) or from scripts/run.cjs's bundle, so the two
 * never invalidate each other's records.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../project.ts';
import crypto from 'node:crypto';

/** Folders and files, relative to the project root, whose contents make up the producer. */
export const RECORD_PRODUCER_SOURCES = [
  'scripts/content/extract',
  'scripts/content/model',
  'scripts/content/load/check-cache.ts',
  'package-lock.json',
];

function filesUnder(relative: string): string[] {
  const full = path.join(PROJECT_ROOT, relative);
  if (!fs.statSync(full).isDirectory()) return [relative];
  return fs.readdirSync(full).sort().flatMap((name) => filesUnder(`${relative}/${name}`));
}

let memo: string | undefined;

/** A hash of the producer's source texts, computed once per process. */
export function recordProducerKey(): string {
  if (memo === undefined) {
    const hash = crypto.createHash('sha1');
    for (const file of RECORD_PRODUCER_SOURCES.flatMap(filesUnder)) {
      hash.update(`\0${file}\0`).update(fs.readFileSync(path.join(PROJECT_ROOT, file)));
    }
    memo = hash.digest('base64');
  }
  return memo;
}
