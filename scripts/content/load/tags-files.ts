/**
 * Each version's tags file (the docs plugin's `tags` option, `tags.yml` by default), and each
 * blog's (the blog plugin's option of the same name and default), read by
 * Docusaurus's own reader (getTagsFile in @docusaurus/utils-validation): it parses the file
 * with js-yaml, validates it, gives every tag a label and a permalink, and refuses two tags with
 * one permalink. When it refuses the file, or the option names a file a version (or the blog)
 * lacks, the version (or the blog) fails to load and the build stops; the tags rule reports
 * where. Pages' and posts' tags that the file does not define are reported by Docusaurus as
 * their plugin's `onInlineTags` says.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { BlogPluginSettings, BlogTagsFile, OnInlineTags, TagsFile, TagsFileRead } from '../model/site.ts';
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

type TagsOptions = Pick<DocsPluginSettings, 'tagsFile' | 'onInlineTags'>;

/**
 * The versions' tags files, read as Docusaurus reads them; `docsOf`: the options of the docs
 * instance a version belongs to. Each version uses the file its instance's `tags` option names
 * (`tags.yml` without one, when it is there); none with `tags: false` or `null`.
 */
export async function readTagsFiles(siteDir: string, layouts: VersionLayout[], docsOf: (layout: VersionLayout) => TagsOptions): Promise<TagsFile[]> {
  const found: TagsFile[] = [];
  for (const layout of layouts) {
    const docs = docsOf(layout);
    if (docs.tagsFile === false || docs.tagsFile === null) continue;
    const file = path.posix.join(layout.dir, docs.tagsFile ?? 'tags.yml');
    const read = await readTagsFile(siteDir, file, layout.dir, docs.tagsFile, docs.onInlineTags, docs.tagsFile !== undefined);
    if (read) found.push({ ...read, version: layout.name });
  }
  return found;
}

/** The blogs' tags files, read as the blog plugin reads them: its `tags` option, as the docs'. */
export async function readBlogTagsFiles(siteDir: string, blogs: readonly BlogPluginSettings[]): Promise<BlogTagsFile[]> {
  const found: BlogTagsFile[] = [];
  for (const blog of blogs) {
    if (blog.tagsFile === false || blog.tagsFile === null) continue;
    const file = path.posix.join(blog.path, blog.tagsFile ?? 'tags.yml');
    const read = await readTagsFile(siteDir, file, blog.path, blog.tagsFile, blog.onInlineTags, blog.tagsFile !== undefined);
    if (read) found.push({ ...read, blog: blog.path });
  }
  return found;
}

/**
 * One tags file (`file`, in the plugin's folder `contentPath`, both site-relative), as the
 * plugin's `tags` option (`option`) makes Docusaurus read it; undefined when it is not there and
 * not `required` (without the option, a folder without the file has every tag inline).
 */
async function readTagsFile(siteDir: string, file: string, contentPath: string, option: string | false | null | undefined, onInlineTags: OnInlineTags, required: boolean): Promise<TagsFileRead | undefined> {
  const absolute = path.join(siteDir, file);
  if (!fs.existsSync(absolute)) return required ? { file, onInlineTags, missing: true, keyLines: {} } : undefined;
  const text = fs.readFileSync(absolute, 'utf8');
  const lines = text.split('\n');
  const base = { file, onInlineTags, keyLines: topLevelKeyLines(lines) };
  const { getTagsFile } = tagsFileModule();
  const folder = path.join(siteDir, contentPath);
  try {
    const tags = await getTagsFile({ tags: option, contentPaths: { contentPath: folder, contentPathLocalized: folder } });
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
