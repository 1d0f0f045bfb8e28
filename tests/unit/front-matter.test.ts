import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsOf } from '../helpers/check-fixture.ts';
import { parseFrontMatter } from '../../scripts/content/model/front-matter.ts';

test('front-matter: each bad field is reported on its own line', async () => {
  assert.deepEqual(await problemsOf('front-matter'), [
    'docs/bad-types.md:2:1 error front-matter', // title: 42
    'docs/bad-types.md:3:1 error front-matter', // weight: 1.5
    'docs/bad-types.md:4:1 error front-matter', // draft: yes
    'docs/bad-types.md:5:1 error front-matter', // sidebar_position: first
    'docs/bad-types.md:6:1 warning front-matter', // unknown key
    'docs/bad-yaml.md:3:1 error front-matter', // unclosed flow sequence
    'docs/draft-with-mistake.md:4:1 warning front-matter', // drafts only warn
    'docs/empty-title.md:2:1 warning front-matter',
    'docs/empty-title.md:3:1 error front-matter', // weight: "20" is text
  ]);
});

test('draft: yes gets a hint about YAML 1.2 booleans', () => {
  const [issue] = parseFrontMatter('---\ndraft: yes\n---\n').issues;
  assert.match(issue.hint ?? '', /draft: true or draft: false/);
});

test('the Hugo-era seed front matter is valid', () => {
  const parsed = parseFrontMatter("---\ntitle: Security FAQ's\nweight: 2300\ndraft: true\n---\n\n---\nbody\n");
  assert.deepEqual(parsed.issues, []);
  assert.deepEqual(parsed.data, { title: "Security FAQ's", weight: 2300, draft: true });
});
