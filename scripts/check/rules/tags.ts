/**
 * Rule `tags`: each version's tags file, and each blog's, must be one Docusaurus accepts
 * (load/tags-files.ts reads it with Docusaurus's own reader); one it refuses, or one a plugin's
 * `tags` option names and a version (or the blog) lacks, stops the build. A page's or a post's
 * tags that its file does not define (any tag written as an object is one) are handled as its
 * plugin's `onInlineTags` says: `throw` stops the build; `warn` is a warning; `log` and `ignore`
 * are nothing. A draft's problem is a warning, as every draft's is: a production build leaves
 * drafts out.
 */
import type { BlogTagsFile, Page, Site, TagsFile, TagsFileRead } from '../../content/model/site.ts';
import { normalizeTag } from '../../content/model/tag-permalinks.ts';
import { severityIn, type Problem } from '../problem.ts';
import { joinUrl, publishableSlug } from '../../content/model/routes.ts';

const FILE_HINT = 'each tag is a key, with an optional label, permalink and description, each a text: "security:", then "  label: Security" indented; each permalink once';

export function checkTagsFiles(site: Site): Problem[] {
  return [...(site.tagsFiles ?? []), ...(site.blogTagsFiles ?? [])].flatMap((tagsFile) => {
    const problem = tagsFileProblem(tagsFile);
    return problem ? [problem] : [];
  });
}

function tagsFileProblem(tagsFile: TagsFile | BlogTagsFile): Problem | undefined {
  const { file, missing, failure } = tagsFile;
  if (missing) {
    const blog = 'blog' in tagsFile;
    return {
      file, line: 1, column: 1, severity: 'error', rule: 'tags',
      message: blog
        ? `the blog plugin's tags option names this file, and the blog's folder ${tagsFile.blog} has none: the build stops`
        : `the docs plugin's tags option names this file, and version ${tagsFile.version} has none: the build stops`,
      hint: blog ? 'create the file, or drop the blog\'s tags option' : 'every version needs its own copy of the tags file: copy it into this folder, or drop the tags option',
    };
  }
  if (!failure) return undefined;
  const message = failure.kind === 'yaml' ? `the tags file is not valid YAML: ${failure.message}`
    : failure.kind === 'permalink' ? `${failure.message}: Docusaurus refuses the file`
      : `Docusaurus refuses the tags file: ${failure.message}`;
  return { file, line: failure.line, column: failure.column, severity: 'error', rule: 'tags', message, hint: FILE_HINT };
}

/** What the tags rules read of a page or a post: its file, its tags' line, whether it is a draft. */
type Tagged = Pick<Page, 'file' | 'frontMatter'> & { draft?: boolean };

/** The pages of `own` and the posts of its blogs, each with its tags and the tags file that defines them (its version's, its blog's). */
function taggedFiles(own: Site, site: Site): Array<{ item: Tagged; tags: unknown[]; tagsFile: TagsFileRead | undefined }> {
  const byVersion = new Map((site.tagsFiles ?? []).map((tagsFile) => [tagsFile.version, tagsFile]));
  const byBlog = new Map((site.blogTagsFiles ?? []).map((tagsFile) => [tagsFile.blog, tagsFile]));
  const found: Array<{ item: Tagged; tags: unknown[]; tagsFile: TagsFileRead | undefined }> = [];
  for (const page of own.pages) {
    const { tags } = page.frontMatter.data;
    if (Array.isArray(tags) && tags.length > 0) found.push({ item: page, tags, tagsFile: byVersion.get(page.version) });
  }
  // As the blog reads them (a number is a text there).
  for (const post of own.blogPosts ?? []) if (post.tags) found.push({ item: post, tags: post.tags, tagsFile: byBlog.get(post.blog) });
  return found;
}

/** Tags of `own`'s pages and posts that their tags file does not define, as `onInlineTags` weighs them. */
export function checkInlineTags(own: Site, site: Site): Problem[] {
  if (!site.tagsFiles && !site.blogTagsFiles) return [];
  const problems: Problem[] = [];
  for (const { item, tags, tagsFile } of taggedFiles(own, site)) {
    if (!tagsFile?.tags) continue;
    if (tagsFile.onInlineTags !== 'throw' && tagsFile.onInlineTags !== 'warn') continue;
    const problem = inlineTagsProblem(item, tags, tagsFile, tagsFile.tags);
    if (problem) problems.push(problem);
  }
  return problems;
}

function inlineTagsProblem(page: Tagged, tags: unknown[], tagsFile: TagsFileRead, defined: NonNullable<TagsFileRead['tags']>): Problem | undefined {
  const inline = [...new Set(tags.map((tag) => (typeof tag === 'string' && Object.hasOwn(defined, tag) ? undefined : labelOf(tag))).filter((label) => label !== undefined))];
  if (inline.length === 0) return undefined;
  const severity = tagsFile.onInlineTags === 'throw' ? severityIn(page) : 'warning';
  const named = inline.map((label) => `"${label}"`).join(', ');
  const close = inline.map((label) => closestTag(label, Object.keys(defined))).find((tag) => tag !== undefined);
  return {
    file: page.file, line: page.frontMatter.keyLines.tags ?? 1, column: 1, severity, rule: 'tags',
    message: `${inline.length === 1 ? 'tag' : 'tags'} ${named} ${inline.length === 1 ? 'is' : 'are'} not defined in ${tagsFile.file}${tagsFile.onInlineTags !== 'throw' ? '' : page.draft ? ' (onInlineTags: throw): published, this page would stop the build' : ' (onInlineTags: throw): the build stops'}`,
    hint: close !== undefined
      ? `did you mean "${close}"? Tags are the keys of ${tagsFile.file}, written as they are there`
      : `add ${inline.length === 1 ? 'it' : 'them'} to ${tagsFile.file}, or use a tag it defines; a tag written as an object is never one it defines`,
  };
}

/**
 * Tags whose page no one can publish: Docusaurus makes a page per tag at its permalink, and the
 * render of `/tags/100%` stops the build (a `%` that starts no escape), while `/tags/a?b` is a
 * page the tags list links to and the link check cannot find (`?`, `#`). The permalink is an
 * object tag's own, or the one the version's tags file gives a tag it defines. Shown at the
 * page's `tags` line: the page is what makes the tag's page.
 */
export function checkTagPermalinks(own: Site, site: Site): Problem[] {
  const problems: Problem[] = [];
  for (const { item, tags, tagsFile } of taggedFiles(own, site)) {
    for (const tag of tags) {
      const normalized = normalizeTag(tag, tagsFile?.tags ?? {});
      if (!normalized || publishableSlug(joinUrl('/', normalized.permalink))) continue;
      problems.push({
        file: item.file, line: item.frontMatter.keyLines.tags ?? 1, column: 1, severity: severityIn(item), rule: 'tags',
        message: `tag "${labelOf(tag)}" has the permalink "${normalized.permalink}"${normalized.defined ? ` (${tagsFile!.file})` : ''}, where Docusaurus cannot publish its page: ? and # start a query and a fragment, and a % must start an escape; the build stops`,
        hint: 'write the permalink with letters, digits, dashes and slashes, such as permalink: /full-disk-encryption',
      });
      break; // one a page: the fix is in the same place
    }
  }
  return problems;
}

/** What Docusaurus names a tag in its message: the text, or an object tag's label. */
function labelOf(tag: unknown): string {
  if (typeof tag === 'string') return tag;
  const label = (tag as { label?: unknown } | null)?.label;
  return typeof label === 'string' ? label : JSON.stringify(tag);
}

/** A defined tag that differs only in case, dashes or spaces, if any. */
function closestTag(label: string, defined: string[]): string | undefined {
  const plain = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');
  return defined.find((tag) => plain(tag) === plain(label));
}
