/**
 * Compile a text as Docusaurus compiles a page as MDX: mdx-loader's own compileToJSX (its
 * preprocessor, then its processor with every remark plugin), with this site's markdown
 * settings. The answer is what the build would say of the page's MDX: ok, or the position of
 * the first error.
 */
import path from 'node:path';
import { errorPosition } from '../../scripts/content/extract/mdx-parse.ts';

// mdx-loader's internals: the function its webpack loader calls, without webpack.
const { compileToJSX } = require('@docusaurus/mdx-loader/lib/utils.js') as {
  compileToJSX(input: { filePath: string; fileContent: string; frontMatter: Record<string, unknown>; options: unknown; compilerName: string }): Promise<unknown>;
};

const siteDir = path.resolve(__dirname, '..', '..');
const options = {
  siteDir,
  staticDirs: [path.join(siteDir, 'static')],
  admonitions: true,
  markdownConfig: {
    format: 'mdx',
    mermaid: false,
    emoji: true,
    mdx1Compat: { comments: true, admonitions: true, headingIds: true },
    anchors: { maintainCase: false },
    hooks: { onBrokenMarkdownLinks: 'ignore', onBrokenMarkdownImages: 'ignore' },
    remarkRehypeOptions: undefined,
  },
};

export type CompileAnswer = { ok: true } | { ok: false; line: number; column: number; reason: string };

export async function compileMdx(text: string, filePath = path.join(siteDir, 'docs', 'fixture.mdx')): Promise<CompileAnswer> {
  try {
    await compileToJSX({ filePath, fileContent: text, frontMatter: {}, options, compilerName: 'server' });
    return { ok: true };
  } catch (error) {
    const cause = ((error as { cause?: unknown }).cause ?? error) as { reason?: string; message?: string; line?: number; column?: number };
    const reason = String(cause.reason ?? cause.message).split('\n')[0];
    return { ok: false, ...errorPosition(cause, reason), reason };
  }
}
