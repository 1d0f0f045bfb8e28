/**
 * Each version's tags file (the docs plugin's `tags` option, `tags.yml` by default), read by
 * Docusaurus's own reader (getTagsFile in @docusaurus/utils-validation): it parses the file
 * with js-yaml, validates it, gives every tag a label and a permalink, and refuses two tags with
 * one permalink. When it refuses the file, or the option names a file a version lacks, the
 * version fails to load and the build stops; the tags rule reports where. Pages' tags that the
 * file does not define are reported by Docusaurus as `onInlineTags` says.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { TagsFile } from '../model/site.ts';
import type { DocsPluginSettings } from './site-config.ts';
import type { VersionLayout } from './versions.ts';
import { parseYaml, topLevelKeyLines, yamlErrorOf } from '../model/front-matter.ts';

type NormalizedTags = NonNullable<TagsFile['tags']>;
interface TagsFileModule {
  getTagsFile(options: { tags: string | false | null | undefined; contentPaths: { contentPath: string; contentPathLocalized: string } }): Promise<NormalizedTags | null>;
  normalizeTagsFile(data: Record<string, unknown>): NormalizedTags;
}

// Loaded only for a site with a tags file: it brings fs-extra, lodash, Joi and js-yaml.
let reader: TagsFileModule | undefined;
const tagsFileModule = () => (reader ??= createRequire(__filename)('@docusaurus/utils-validation/lib/tagsFile.js') as TagsFileModule);

/** The tags file each version uses, as `option` names it; a version without one (and no option) has none. */
function tagsFilePaths(layouts: VersionLayout[], docs: Pick<DocsPluginSettings, 'tagsFile'>): Array<{ version: string; file: string; required: boolean }> {
  if (docs.tagsFile === false || docs.tagsFile === null) return [];
  const name = docs.tagsFile ?? 'tags.yml';
  return layouts.map((layout) => ({ version: layout.name, file: path.posix.join(layout.dir, name), required: docs.tagsFile !== undefined }));
}

/** The versions' tags files, read as Docusaurus reads them. */
export async function readTagsFiles(siteDir: string, layouts: VersionLayout[], docs: Pick<DocsPluginSettings, 'tagsFile' | 'onInlineTags'>): Promise<TagsFile[]> {
  const found: TagsFile[] = [];
  for (const { version, file, required } of tagsFilePaths(layouts, docs)) {
    const absolute = path.join(siteDir, file);
    if (!fs.existsSync(absolute)) {
      if (required) found.push({ file, version, onInlineTags: docs.onInlineTags, missing: true, keyLines: {} });
      continue; // without the option, a version without the file has every tag inline
    }
    const contentPath = path.join(siteDir, layouts.find(({ name }) => name === version)!.dir);
    found.push(await tagsFileOf(file, version, docs, contentPath, fs.readFileSync(absolute, 'utf8')));
  }
  return found;
}

async function tagsFileOf(file: string, version: string, docs: Pick<DocsPluginSettings, 'tagsFile' | 'onInlineTags'>, contentPath: string, text: string): Promise<TagsFile> {
  const lines = text.split('\n');
  const base = { file, version, onInlineTags: docs.onInlineTags, keyLines: topLevelKeyLines(lines) };
  const { getTagsFile } = tagsFileModule();
  try {
    const tags = await getTagsFile({ tags: docs.tagsFile, contentPaths: { contentPath, contentPathLocalized: contentPath } });
    return { ...base, tags: tags ?? {} };
  } catch (error) {
    return { ...base, failure: failureOf(error, lines, base.keyLines) };
  }
}

/** Where and why Docusaurus refused a tags file: a YAML error, a value its schema refuses, or two tags with one permalink. */
function failureOf(error: unknown, lines: string[], keyLines: Record<string, number>): NonNullable<TagsFile['failure']> {
  if ((error as { name?: string }).name === 'YAMLException') {
    const { line, column, reason } = yamlErrorOf(error, 0, lines.length);
    return { line, column, kind: 'yaml', message: reason };
  }
  const detail = (error as { cause?: { error?: { details?: Array<{ path: Array<string | number>; message: string }> } } }).cause?.error?.details?.[0];
  if (detail) {
    const [tag, field] = detail.path;
    const tagLine = typeof tag === 'string' ? keyLines[tag] : undefined;
    const line = tagLine !== undefined && typeof field === 'string' ? fieldLine(lines, tagLine, field) ?? tagLine : tagLine ?? 1;
    return { line, column: 1, kind: 'schema', message: detail.message };
  }
  const twins = sharedPermalinks(lines.join('\n'));
  const twinLine = twins && keyLines[twins.tags[1]];
  if (twins) return { line: (twinLine && fieldLine(lines, twinLine, 'permalink')) ?? twinLine ?? 1, column: 1, kind: 'permalink', message: `tags "${twins.tags[0]}" and "${twins.tags[1]}" both have the permalink ${twins.permalink}` };
  return { line: 1, column: 1, kind: 'other', message: String((error as Error).message ?? error).split('\n')[0] };
}

/** The line of `field:` inside the tag that starts at `tagLine` (1-based), if it is written on its own line. */
function fieldLine(lines: string[], tagLine: number, field: string): number | undefined {
  for (let index = tagLine; index < lines.length && /^\s/.test(lines[index]); index++) {
    if (lines[index].trimStart().startsWith(`${field}:`)) return index + 1;
  }
  return undefined;
}

/** The first two tags that Docusaurus's normalizing gives one permalink. */
function sharedPermalinks(text: string): { tags: [string, string]; permalink: string } | undefined {
  const data = parseYaml(text);
  if (!data || typeof data !== 'object') return undefined;
  const first = new Map<string, string>();
  for (const [tag, { permalink }] of Object.entries(tagsFileModule().normalizeTagsFile(data as Record<string, unknown>))) {
    const earlier = first.get(permalink);
    if (earlier !== undefined) return { tags: [earlier, tag], permalink };
    first.set(permalink, tag);
  }
  return undefined;
}
