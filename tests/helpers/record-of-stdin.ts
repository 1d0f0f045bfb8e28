/**
 * Prints the record of the page text read from stdin, as JSON: for tests that must not hang on
 * input that once made the check run for hours (tests/unit/pathological-input.test.ts runs this
 * in a child process with a time limit; a test's own timeout cannot stop synchronous code).
 */
import fs from 'node:fs';
import { recordOf } from '../../scripts/content/extract/page-record.ts';

process.stdout.write(JSON.stringify(recordOf(fs.readFileSync(0, 'utf8'))));
