/**
 * The `mdx` front matter key, as Docusaurus's MDX loader reads it (validateMDXFrontMatter in
 * @docusaurus/mdx-loader, never a copy): an object with at most `format: md | mdx | detect`.
 * The loader validates it for every file it compiles, and stops the build at anything else.
 */
import { requireDocsPluginFile } from './front-matter-schema.ts';

type Loader = { validateMDXFrontMatter(value: unknown): unknown };
let loader: Loader | undefined;

/** Why the MDX loader refuses this `mdx` value (Joi's first message), or undefined when it takes it. */
export function mdxOptionsFailure(value: unknown): string | undefined {
  loader ??= requireDocsPluginFile<Loader>('@docusaurus/mdx-loader/lib/frontMatter.js');
  // Its validator logs what it refuses before it throws: the check has its own words for that.
  const log = console.error;
  console.error = () => {};
  try {
    loader.validateMDXFrontMatter(value);
    return undefined;
  } catch (error) {
    return (error as { details?: Array<{ message: string }> }).details?.[0]?.message ?? String((error as Error).message ?? error);
  } finally {
    console.error = log;
  }
}
