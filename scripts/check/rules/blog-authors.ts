/**
 * Rule `front-matter`, for what the blog plugin refuses in the authors its posts name
 * (load/blog-authors.ts): a key its authors map lacks, a key without a map, `authors` beside the
 * older `author` keys, each at the post's `authors` (or `author`) line; and an authors map that
 * does not parse (where the YAML reader stopped), or that the plugin's schema refuses (at its
 * first line); one key named twice in a post. Each stops the build as the blog loads its content.
 * Authors a post writes out in full, where the map does not define them, are weighed as the
 * blog's `onInlineAuthors` says, `warn` by default: `throw` stops the build; `warn` is a warning;
 * `log` and `ignore` are nothing. Drafts are out of the build before their authors are read.
 */
import type { Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';

export function checkBlogAuthors(site: Site): Problem[] {
  const problems: Problem[] = (site.refusedAuthorsMaps ?? []).map(({ file, message }) => {
    // js-yaml's words end with where it stopped: "(4:1)".
    const at = /looks invalid[\s\S]*\((\d+):(\d+)\)\)?$/.exec(message);
    return {
      file, line: at ? Number(at[1]) : 1, column: at ? Number(at[2]) : 1, severity: 'error', rule: 'front-matter',
      message: `the blog plugin refuses this authors map, and the build stops: ${message}`,
      hint: at ? 'fix the YAML there (or write the map as JSON)' : 'each author is a key with at least a name (name: …, title: …, url: …, image_url: …)',
    };
  });
  const blogs = new Map((site.settings.blogs ?? []).map((blog) => [blog.path, blog]));
  for (const { file, blog, draft, frontMatter, authorsRefused, inlineAuthors } of site.blogPosts ?? []) {
    const { keyLines } = frontMatter;
    const level = blogs.get(blog)?.onInlineAuthors;
    if (inlineAuthors && !draft && !authorsRefused && (level === 'throw' || level === 'warn')) {
      const map = `${blog ? `${blog}/` : ''}${blogs.get(blog)!.authorsMapPath}`;
      const named = inlineAuthors.map((name) => `"${name}"`).join(', ');
      problems.push({
        file, line: keyLines.authors ?? keyLines.author ?? 1, column: 1, severity: level === 'throw' ? 'error' : 'warning', rule: 'front-matter',
        message: `${inlineAuthors.length === 1 ? 'author' : 'authors'} ${named} ${inlineAuthors.length === 1 ? 'is' : 'are'} written out here, not defined in ${map}${level === 'throw' ? ' (onInlineAuthors: throw): the build stops' : ' (onInlineAuthors: warn)'}`,
        hint: `define each author once in ${map} and name them by key (authors: [jane]), or set the blog's onInlineAuthors to 'ignore'`,
      });
    }
    if (!authorsRefused) continue;
    problems.push({
      file, line: keyLines.authors ?? keyLines.author ?? 1, column: 1, severity: 'error', rule: 'front-matter',
      message: `the blog plugin refuses this post's authors, and the build stops: ${authorsRefused}`,
      hint: 'name authors by a key of the blog\'s authors map (authors.yml), or write them out in full (authors: {name: …, title: …})',
    });
  }
  return problems;
}
