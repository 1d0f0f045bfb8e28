/**
 * Rule `mdx-undefined`: names an MDX page uses that will not exist when it renders. A JSX
 * component must be imported, exported or provided by `@theme/MDXComponents`; an identifier in
 * `{…}` must be imported, exported or one MDX and JavaScript provide. Otherwise the build
 * fails while rendering the page ("Expected component `Tabs` to be defined", ReferenceError).
 * So does a name an import takes from a module that does not export it (`import {CodeBlock}
 * from '@theme/CodeBlock'`, whose component is its default export): webpack only warns, and the
 * name is undefined where the page renders it. A name that only a function the build never
 * calls reads (an event handler, an effect, what `<BrowserOnly>` holds, a component nothing
 * renders) gets a warning: the page builds. A browser global (`window`) read only there is what
 * such code is for, and gets nothing.
 */
import type { BlogPost, MdxComponentsList, MdxFacts, MdxFreeName, MissingExport, Site } from '../../content/model/site.ts';
import { namesReadWhereRun, runsInBuild } from '../../content/model/mdx-reach.ts';
import { formatOf } from '../../content/model/markdown-format.ts';
import { cutInFrontMatter } from '../../content/model/blog-routes.ts';
import { MARKER_IN_FRONT_MATTER_HINT } from './mdx-syntax.ts';
import { contentPageViews } from '../../content/model/content-views.ts';
import { MDX_PARTIAL_RENDER_SCOPE, MDX_RENDER_SCOPE, isProvided } from '../../content/extract/mdx-render-scope.ts';
import { isBrowserGlobal } from '../../content/extract/browser-globals.ts';
import { severityIn, type Problem, type Severity } from '../problem.ts';
import { partialSeverities, type SiteIndex } from '../site-index.ts';

/** Where the components writers use most come from. */
const KNOWN_IMPORTS: Record<string, string> = {
  Tabs: '@theme/Tabs', TabItem: '@theme/TabItem', Admonition: '@theme/Admonition', CodeBlock: '@theme/CodeBlock',
  Details: '@theme/Details', DocCardList: '@theme/DocCardList', DocCard: '@theme/DocCard', TOCInline: '@theme/TOCInline',
  Mermaid: '@theme/Mermaid', ThemedImage: '@theme/ThemedImage', Link: '@docusaurus/Link', BrowserOnly: '@docusaurus/BrowserOnly',
  Translate: '@docusaurus/Translate', Head: '@docusaurus/Head',
};

export function checkMdxUndefined(site: Site, index: SiteIndex): Problem[] {
  const components = site.mdx?.components;
  const format = site.settings.markdownFormat;
  const missing = site.mdx?.missingExports ?? {};
  const importedExports = site.mdx?.importedExports ?? {};
  // `*`: an import of a Markdown module the check could not follow, which may be any file.
  const importedFrom = (file: string) => [...(importedExports[file] ?? []), ...(importedExports['*'] ? ['*'] : [])];
  // The Markdown pages of src/pages and the blog posts too: each is a module of its own, compiled as a doc is.
  const problems = [...site.pages, ...contentPageViews(site)].flatMap((page) => {
    if (!page.mdx || formatOf(page.file, page.frontMatter.data, format) !== 'mdx') return [];
    const severity = severityIn(page);
    const readWhereRun = namesReadWhereRun(page.mdx, importedFrom(page.file));
    return [...undefinedNameProblems(page.file, page.mdx, components, severity, readWhereRun), ...missingExportProblems(page.file, page.mdx, missing[page.file], severity, readWhereRun)];
  });
  problems.push(...(site.blogPosts ?? []).flatMap((post) => listPageNameProblems(post, components, importedFrom(post.file))));
  // A partial is its own module: it sees its own imports and exports, not the page's. An error
  // where a published page renders it; one that no page renders is never compiled.
  const partials = site.partials.filter(({ file, mdx }) => (mdx?.freeNames.length ?? 0) > 0 || file in missing);
  if (partials.length === 0) return problems;
  const severityOf = partialSeverities(site, index);
  for (const partial of partials) {
    const severity = severityOf.get(partial.file);
    if (!severity || !partial.mdx || formatOf(partial.file, {}, format) !== 'mdx') continue;
    const readWhereRun = namesReadWhereRun(partial.mdx, importedFrom(partial.file));
    problems.push(...undefinedNameProblems(partial.file, partial.mdx, components, severity, readWhereRun, MDX_PARTIAL_RENDER_SCOPE), ...missingExportProblems(partial.file, partial.mdx, missing[partial.file], severity, readWhereRun));
  }
  return problems;
}

/**
 * Names a listed post uses before its truncate marker that only its imports or exports below the
 * marker define: the blog compiles the text before the marker alone for its list pages, where
 * they are undefined, and the build stops on the list page ("Expected component `Badge` to be
 * defined"). The post's own page renders. Names the whole post leaves undefined are reported once,
 * for the post.
 */
function listPageNameProblems(post: BlogPost, components: MdxComponentsList | undefined, importedExports: readonly string[]): Problem[] {
  const listMdx = post.listMdx;
  if (!listMdx || listMdx.syntaxError || post.unlisted || !post.mdx || post.mdx.syntaxError || listMdx.freeNames.length === 0) return [];
  const undefinedInPost = new Set(post.mdx.freeNames.map(({ name, usage }) => `${usage}\0${name}`));
  const belowMarker = listMdx.freeNames.filter(({ name, usage }) => !undefinedInPost.has(`${usage}\0${name}`));
  if (belowMarker.length === 0) return [];
  const problems = undefinedNameProblems(post.file, { ...listMdx, freeNames: belowMarker }, components, severityIn(post), namesReadWhereRun(listMdx, importedExports));
  const usedAt = new Map(belowMarker.map((used) => [`${used.line}:${used.column}`, used]));
  return problems.map((problem) => ({ ...problem, ...listPageWording(problem, usedAt.get(`${problem.line}:${problem.column}`)!, post) }));
}

/** Says where the post defines the name, and that only its list pages fail. */
function listPageWording(problem: Problem, { name, usage }: MdxFreeName, post: BlogPost): Pick<Problem, 'message' | 'hint'> {
  const written = usage === 'component' ? `<${name}>` : `"${name}"`;
  const fails = problem.severity === 'warning' ? 'they fail where the code that reads it runs' : 'the build stops there';
  // A marker in the front matter: the list pages read the front matter before it as MDX.
  if (cutInFrontMatter(post)) {
    return {
      message: `${written} is not defined on the blog's list pages: they compile this post up to its first truncate marker, which is in its front matter (line ${post.truncatedAt}), and read what stands before it as MDX; ${fails}`,
      hint: MARKER_IN_FRONT_MATTER_HINT,
    };
  }
  const imported = post.mdx?.imports.find(({ names }) => names?.some(({ local }) => local === name));
  const exported = post.mdx?.exported?.find((found) => found.name === name);
  const definition = imported ? `imported at line ${imported.line}` : exported ? `exported at line ${exported.line}` : 'defined';
  return {
    message: `${written} is ${definition}, below the truncate marker (line ${post.truncatedAt}): the blog compiles the post up to the marker on its own for its list pages, where ${name} is not defined, and ${fails}`,
    hint: `move the ${imported ? 'import' : exported ? 'export' : 'definition'} of ${name} above the marker, to the top of the post`,
  };
}

/**
 * Imports of names their modules do not export: `severity` where code that runs reads the name
 * (its render fails), a warning where none does (webpack drops the import, and the page builds).
 * `readWhereRun`: as namesReadWhereRun gives it, undefined when every read runs.
 */
export function missingExportProblems(file: string, mdx: MdxFacts, missing: MissingExport[] | undefined, severity: Severity, readWhereRun?: ReadonlySet<string>): Problem[] {
  if (!missing || mdx.syntaxError) return [];
  const used = new Set(mdx.usedImports ?? []);
  return missing.flatMap(({ source, imported, local, exports }) => {
    const statement = mdx.imports.find((found) => found.source === source && found.names?.some((name) => name.local === local && name.imported === imported));
    if (!statement) return [];
    const written = imported === 'default' ? `import ${local}` : `import {${imported === local ? local : `${imported} as ${local}`}}`;
    const reads = used.has(local) && (readWhereRun === undefined || readWhereRun.has(local));
    const unused = used.has(local) ? 'only code the build never runs uses it' : 'the page does not use it';
    return [{
      file, line: statement.line, column: statement.column, rule: 'mdx-undefined' as const, severity: reads ? severity : 'warning' as const,
      message: `${written} from '${source}': ${imported === 'default' ? 'the module has no default export' : `the module exports no "${imported}"`}, so ${local} is undefined${reads ? ' where the page renders it, and the build stops' : ` (${unused}, so the build goes on)`}`,
      hint: importHint(local, imported, source, exports),
    }];
  });
}

function importHint(local: string, imported: string, source: string, exports: string[]): string {
  const named = exports.filter((name) => name !== 'default');
  if (imported !== 'default' && exports.includes('default') && (named.length === 0 || local === imported)) return `the component is its default export: write import ${local} from '${source}';`;
  if (imported === 'default' && named.length > 0) {
    const match = named.find((name) => name === local) ?? (named.length === 1 ? named[0] : undefined);
    if (match) return `write import {${match === local ? match : `${match} as ${local}`}} from '${source}';`;
  }
  return exports.length > 0 ? `it exports ${exports.map((name) => (name === 'default' ? 'a default' : `"${name}"`)).join(', ')}` : 'it exports nothing';
}

/**
 * Names nothing defines: `severity` where code that runs reads them, a warning where only a
 * function the build never calls does (the page builds, and fails where that function runs), or
 * one given to a component, which may call it as it renders or only on an event.
 * Each name once, where it first stops the build, else where it is first read.
 */
export function undefinedNameProblems(file: string, mdx: MdxFacts, components: MdxComponentsList | undefined, severity: Severity, readWhereRun?: ReadonlySet<string>, scope: ReadonlySet<string> = MDX_RENDER_SCOPE): Problem[] {
  if (mdx.syntaxError) return []; // the page does not compile at all: mdx-syntax says so
  const provided = new Set(components?.names ?? []);
  const found = new Map<string, { problem: Problem; runs: boolean }>();
  for (const { name, usage, line, column, within, passedTo, testedFirst } of mdx.freeNames) {
    if (isProvided({ name, usage }, provided, scope)) continue;
    const key = `${usage}\0${name}`;
    const mayRun = testedFirst === true || runsInBuild(within, readWhereRun);
    const runs = testedFirst === true || (mayRun && passedTo === undefined);
    const browsers = usage === 'value' && isBrowserGlobal(name);
    // The browser's own globals, read only where the browser runs the code: as they should be.
    if (browsers && !mayRun) continue;
    // One use is enough, as one import fixes them all: the first that runs, else the first.
    const earlier = found.get(key);
    if (earlier && (earlier.runs || !runs)) continue;
    const unsure = usage === 'component' && components !== undefined && !components.complete;
    const nodeOnly = usage !== 'component' && NODE_ONLY_GLOBALS.has(name);
    const problem: Problem = {
      file, line, column, rule: 'mdx-undefined', severity: runs && !unsure && !nodeOnly ? severity : 'warning',
      ...(nodeOnly ? nodeOnlyWording(name) : testedFirst ? testedFirstWording(wording(name, usage, components, unsure, undefined)) : mayRun && passedTo !== undefined ? passedWording(name, usage, passedTo, browsers) : browsers ? browserOnlyWording(name) : wording(name, usage, components, unsure, runs ? undefined : within)),
    };
    found.set(key, { problem, runs });
  }
  return [...found.values()].map(({ problem }) => problem);
}

/**
 * Node's globals: the build renders each page in Node, where they are there, and the reader's
 * browser has none of them (the bundler writes in `process.env.NODE_ENV` alone).
 */
const NODE_ONLY_GLOBALS: ReadonlySet<string> = new Set(['process']);

const nodeOnlyWording = (name: string) => ({
  message: `"${name}" is Node's: it is there when the build renders the page, so the build goes on, but not in the reader's browser, where the page fails as it loads (unless it reads only ${name}.env.NODE_ENV, which the bundler writes in)`,
  hint: 'put the value in the config\'s customFields and read it with useDocusaurusContext(), or remove it',
});

const browserOnlyWording = (name: string) => ({
  message: `"${name}" is the browser's: the build renders the page in Node, where there is no ${name}, and stops`,
  hint: `read it only where the browser runs the code: in useEffect, in an event handler, inside <BrowserOnly>, or after typeof ${name} !== 'undefined' &&`,
});

/** A component named in a function of the content: MDX tests it before the content renders, so the function need not run. */
const testedFirstWording = ({ message, hint }: { message: string; hint: string }) => ({
  message: `${message}; it stands in a function, but MDX tests every component the page's content names before the page renders, so the build stops`,
  hint,
});

/** A name read only in a function given to `<component>`: the build stops only if the component calls it as it renders. */
const passedWording = (name: string, usage: MdxFreeName['usage'], component: string, browsers: boolean) => {
  const what = usage === 'component' ? `<${name}>` : `"${name}"`;
  return {
    message: `${what} is ${browsers ? 'the browser\'s' : 'not defined'}, and only a function given to <${component}> ${usage === 'component' ? 'renders' : 'reads'} it: the build stops if <${component}> calls it as it renders, and goes on if only an event calls it`,
    hint: browsers ? `to be sure, read ${name} in an event handler, in useEffect or inside <BrowserOnly>` : `${defineHint(name, usage)}; the page fails wherever that function runs`,
  };
};

const defineHint = (name: string, usage: MdxFreeName['usage']) => (usage === 'component' && KNOWN_IMPORTS[name] ? `add "import ${name} from '${KNOWN_IMPORTS[name]}';"` : `import ${name} or export it from this page`);

/** The message and hint for an undefined name; `deferredIn` when only functions the build never runs read it. */
function wording(name: string, usage: MdxFreeName['usage'], components: MdxComponentsList | undefined, unsure: boolean, deferredIn: string[] | undefined): { message: string; hint: string } {
  const what = usage === 'component' ? `<${name}>` : `"${name}"`;
  if (deferredIn) {
    const verb = usage === 'component' ? 'renders' : 'reads';
    const names = deferredIn.join(', ');
    return deferredIn.length === 0
      ? { message: `${what} is not defined, but only code the build never runs ${verb} it (an event handler, an effect, what <BrowserOnly> holds): the build goes on`, hint: `the page fails in the browser when that code runs; ${defineHint(name, usage)}` }
      : { message: `${what} is not defined, but only the code of ${names} ${verb} it, and nothing the build renders uses ${names}: the build goes on`, hint: `a page that renders ${deferredIn[0]} fails to build; ${defineHint(name, usage)}` };
  }
  if (usage === 'component') {
    return {
      message: `<${name}> is not defined: the page does not import it, and ${components?.source ?? '@theme/MDXComponents'} does not provide it${unsure ? ' (that file has entries the check cannot read)' : ''}`,
      hint: KNOWN_IMPORTS[name] ? `add "import ${name} from '${KNOWN_IMPORTS[name]}';" after the front matter` : 'import it or export it from this page',
    };
  }
  return {
    message: `"${name}" is not defined: nothing on the page imports or exports it`,
    hint: `export it from this page (export const ${name} = …;) or import it; an MDX page sees only its own imports and exports, props and frontMatter`,
  };
}
