/**
 * What a writer reads when a link's target is there to the eye but not to the build: a file or
 * heading whose accents are composed otherwise (NFC and NFD, as some editors and file systems
 * write them), and a file of the docs folder that is no page (a partial, or one the plugin's
 * options leave out). Both stop the build; the check says why, not only "no page".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsWith } from '../helpers/check-fixture.ts';
import type { Problem } from '../../scripts/check/problem.ts';

const composed = 'caf\u00e9';
const decomposed = 'cafe\u0301';
const home = (links: string, more = '') => `---\nslug: /\n---\n\n# Home\n\n${links}\n${more}`;
const hints = (problems: Problem[]) => problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.hint}`);

test('a file whose accents are composed otherwise than the link\'s: the hint says so, whichever way round', async () => {
  for (const [onDisk, inLink] of [[decomposed, composed], [composed, decomposed]]) {
    const problems = await problemsWith({ 'docs/index.md': home(`[menu](./${inLink}.md)`), [`docs/${onDisk}.md`]: '# Menu\n' });
    assert.deepEqual(hints(problems), [`docs/index.md:7:1 broken-link: "docs/${onDisk}.md" looks the same, but its accented letters are written with other Unicode code points (composed or not); rename the file, or retype the link's accents`]);
  }
});

test('a heading whose accents are composed otherwise than the link\'s anchor: the hint says so', async () => {
  const problems = await problemsWith({ 'docs/index.md': home(`[menu](#${composed})`, `\n## ${decomposed}\n`) });
  assert.deepEqual(hints(problems), [`docs/index.md:7:1 broken-anchor: the heading's id "#${decomposed}" looks the same, but its accented letters are written with other Unicode code points (composed or not); retype the link's or the heading's accents`]);
});

test('a file of the docs folder that is no page: it is there, and the hint says which files are none', async () => {
  const problems = await problemsWith({ 'docs/index.md': home('[notes](./_partials/notes.md)'), 'docs/_partials/notes.md': '## Notes\n' });
  assert.deepEqual(problems.map((p) => `${p.line}:${p.column} ${p.message}`), ['7:1 "docs/_partials/notes.md" is there, but it is no page']);
  assert.match(problems[0].hint ?? '', /start with _ \(partials/);
});
