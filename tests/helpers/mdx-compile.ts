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

export type RenderAnswer = { ok: true } | { ok: false; stage: 'compile' | 'render'; reason: string };

/**
 * Compile a page as Docusaurus does, then render it with React on the server, as the build's
 * static site generation does. For pages that import nothing: the compiled module's only imports
 * are React's JSX runtime and MDX's components provider, given here.
 */
export async function renderMdx(text: string): Promise<RenderAnswer> {
  let code: string;
  try {
    const compiled = (await compileToJSX({ filePath: path.join(siteDir, 'docs', 'fixture.mdx'), fileContent: text, frontMatter: {}, options, compilerName: 'server' })) as { content: string };
    code = compiled.content;
  } catch (error) {
    return { ok: false, stage: 'compile', reason: String((error as Error).message).split('\n')[0] };
  }
  const body = code
    .replace(/^import \{([^}]*)\} from "react\/jsx-runtime";$/m, (_, names: string) => `const {${names.replace(/ as /g, ': ')}} = runtime;`)
    .replace(/^import \{useMDXComponents as _provideComponents\} from "@mdx-js\/react";$/m, 'const _provideComponents = () => ({});')
    .replace(/^export default function /m, 'function ')
    .replace(/^export /gm, '');
  try {
    const MDXContent = new Function('runtime', `${body}\nreturn MDXContent;`)(require('react/jsx-runtime'));
    const { renderToString } = require('react-dom/server') as { renderToString(element: unknown): string };
    // React's own warnings (a value without onChange) are not the build's failures.
    const error = console.error;
    console.error = () => {};
    try {
      renderToString(require('react').createElement(MDXContent));
    } finally {
      console.error = error;
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, stage: 'render', reason: String((error as Error).message).split('\n')[0] };
  }
}
