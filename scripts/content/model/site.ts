/**
 * The site model: everything the check, the build and the dev-server plugin need to know about
 * the pages, read once. Pure data: no functions, no file handles, so it can be cached and sent
 * between worker threads.
 */
import type { JsonSpecial } from './json-specials.ts';
import type { BlogListing } from './blog-routes.ts';

/** A 1-based position in a source file. */
export interface Position {
  line: number;
  column: number;
}

/** From a position up to (not including) an end position. */
/** A component of the site's that leaves out what it holds: an element's (`Card`), or the page's own default export (`layout`), whose children are the page's content. */
export interface HiddenBy {
  component: string;
  layout?: true;
}

export interface TextSpan extends Position {
  endLine: number;
  endColumn: number;
}

/**
 * `jsx-link`: the `to` or `href` of a `<Link>` from `@docusaurus/Link` in MDX, always an address,
 * never a file path. `html-link`: the `href` of an `<a>` written as raw HTML, a link only in a
 * page read as CommonMark (the theme's Link renders it; MDX renders a written `<a>` as it is),
 * and an address too (model/markdown-format.ts).
 */
export type LinkKind = 'link' | 'image' | 'definition' | 'jsx-link' | 'html-link';

export interface MarkdownLink extends Position {
  url: string;
  kind: LinkKind;
  /**
   * For a definition (`[label]: url`), how references use it: `link` when a link reference
   * does (`[text][label]`), `image` when only image references do (`![alt][label]`); absent
   * when none does, or when an earlier definition of its label takes them.
   */
  usedBy?: 'link' | 'image';
}

export interface Heading extends Position {
  depth: number;
  /** Plain text of the heading, without a `{#custom-id}` suffix. */
  text: string;
  /** The anchor id Docusaurus gives it. */
  id: string;
  /**
   * In a tab `<Tabs lazy>` does not show first, or inside an element of a component that never
   * renders its children: the built page does not render it, so it is no anchor
   * (model/markdown-format.ts).
   */
  unrendered?: true;
  /**
   * For an unrendered heading inside such a component's element: the component, as written
   * (`Card`); `layout` when it is the page's own default export, whose children are the page's content.
   */
  hiddenBy?: HiddenBy;
  /** The id is written in the heading (`{#id}`, or a comment), not made from its text. */
  custom?: true;
  /**
   * The id came from an HTML comment at the heading's end (`## Install <!-- #steps -->`), which
   * only CommonMark reads so: MDX drops the comment and slugs the text before it, its space
   * included (`install-`). That text, as MDX has it (model/markdown-format.ts).
   */
  commentText?: string;
  /** A setext heading's underline (`===`, `---`): this many lines below the heading's first. */
  underlineBelow?: number;
}

/** A heading before its id is given: ids depend on every earlier heading of the page. */
export interface RawHeading extends Position {
  depth: number;
  rawText: string;
  commentId?: string;
  underlineBelow?: number;
}

/** A URL that GFM made a link of, from plain text, where it starts. */
export interface LiteralUrl extends Position {
  url: string;
}

export interface CanonicalLink extends Position {
  href: string;
}

/** What one Markdown body yields; computed per file content, so it is cacheable by hash. */
export interface PageExtract {
  links: MarkdownLink[];
  headings: Heading[];
  /** Ids of explicit `id="…"` attributes in inline HTML / JSX: anchors too. */
  htmlIds: string[];
  /** Ids the page's GFM footnote calls make (model/footnotes.ts), sorted; absent when it calls none. */
  footnoteIds?: string[];
  /** In a page compiled as MDX, the ids Docusaurus's Heading (h2–h6) and Link elements collect as anchors; absent when none. */
  componentAnchors?: string[];
  canonicals: CanonicalLink[];
  /**
   * The links and headings as MDX reads the text, when they differ from CommonMark's above: MDX
   * has no indented code, and reads Markdown there. The model gives pages compiled as MDX these
   * (model/markdown-format.ts, extractAsCompiled).
   */
  mdxReading?: Pick<PageExtract, 'links' | 'headings'>;
}

/** An MDX import of a Markdown file that the page renders (a partial), where it is written. */
export interface PartialImport extends Position {
  /** As written: `./_setup.md`, `../partials/_x.mdx`, `@site/docs/_shared.md`. */
  source: string;
}

/** A partial import with the file it names, relative to the site dir (`../…` outside it). */
export interface ResolvedImport extends PartialImport {
  file: string;
  exists: boolean;
}

/** A partial file, read for what it adds to the pages that render it. */
export interface PartialPage {
  file: string;
  /** The version whose docs folder holds it; undefined when it lives outside every docs folder. */
  version: string | undefined;
  extract: PageExtract;
  imports: ResolvedImport[];
  /** MDX facts of the partial (additive, optional so older model builders stay valid): it is compiled as MDX too. */
  mdx?: MdxFacts;
  /** Where its front matter stops parsing: Docusaurus's MDX loader parses every file's, and the build stops. */
  frontMatterError?: YamlError;
  /** The line of its front matter's first key, when it has front matter that parses: a partial should have none. */
  frontMatterLine?: number;
}

/** Where YAML parsing stopped and why (js-yaml's reason), as data: the front-matter rule words it. */
export interface YamlError extends Position {
  reason: string;
  /**
   * What the block ran into, when it is not what the writer meant to close it: no line starting
   * with `---` at all (the whole page was read as YAML), or a `...` line, which YAML reads as the
   * end of a document but Docusaurus does not take for the end of the front matter.
   */
  ranInto?: 'end-of-page' | 'dots';
  /** The YAML parses, but to a text or a list, not keys with values: the docs plugin refuses it, MDX does not mind. */
  notKeyValues?: true;
}

/** What parsing the front matter gives, and nothing more: rules judge it at check time, so a
 * cached record never carries an old rule's verdict (see scripts/check/rules/front-matter.ts). */
export interface FrontMatter {
  data: Record<string, unknown>;
  /** 1-based line of each top-level key, to point problems at the right line. */
  keyLines: Record<string, number>;
  /** Lines taken by the front matter block (0 when there is none); the body starts after. */
  lineCount: number;
  /** Set when the block is not valid YAML (then `data` is empty). */
  yamlError?: YamlError;
  /** Values of `data` that JSON cannot hold (dates…), to put back after JSON (json-specials.ts). */
  jsonSpecials?: JsonSpecial[];
}

// ---- MDX facts (added for the mdx-syntax and mdx-undefined rules; additive) ----------------

/**
 * What kind of MDX syntax error it is, so a rule can give a hint a writer can act on. Derived
 * from the parser's message and the text at its position: a fact about the text, not advice.
 */
export type MdxErrorKind =
  | 'lt-before-digit' // `<1024`: `<` then a digit
  | 'autolink' // `<https://…>` or `<a@b.c>`
  | 'void-tag' // `<br>`, `<img …>` without `/>`
  | 'unclosed-tag' // `<details>` without `</details>`
  | 'unclosed-expression' // `{` (often `{/*`) with no matching `}`
  | 'expression' // JavaScript in `{…}` that does not parse
  | 'esm' // an `import`/`export` line that does not parse
  | 'other';

/** The first MDX syntax error of a text, where the MDX parser stops (1-based, as it reports it). */
export interface MdxSyntaxError extends Position {
  kind: MdxErrorKind;
  /** The parser's own message, first line. */
  reason: string;
  /** The tag concerned, for void-tag and unclosed-tag. */
  tag?: string;
}

/** A name the page uses that nothing in the page defines. */
export interface MdxFreeName extends Position {
  name: string;
  /** `component`: a JSX tag (`<Tabs>`, `<Foo.Bar>` gives `Foo`); `value`: an identifier in `{…}` or in ESM code. */
  usage: 'component' | 'value';
  /**
   * Set when only a function reads the name, so that it is read only if the function runs: the
   * names the top-level declaration holding that function binds (`helper` for `export const
   * helper = () => name`), or none for an event handler (`onClick={() => name()}`), which the
   * build never runs. Absent for a read that runs as the page loads or renders.
   */
  within?: string[];
  /**
   * Set when the read is in a function given to a component as a prop (`<Opener go={() =>
   * window.open()} />`): the component's name. The function runs in the build only if the
   * component calls it as it renders, which the check cannot see.
   */
  passedTo?: string;
  /**
   * For a component written as a member (`<ports.console />`) in an expression, outside any
   * function: the whole name, which MDX tests (MdxFacts.memberElements). Absent in ESM, whose
   * elements MDX does not test.
   */
  member?: string;
  /**
   * Set for a component the content names in a function (`onClick={() => alert(<Badge />)}`,
   * `<parts.Badge />` there too): where the page does not define it, MDX takes it from its
   * components and tests it before the content renders (MDX 3.1), so a missing one stops the
   * build though the function never runs. Absent in ESM, whose functions test their components
   * when they run.
   */
  testedFirst?: true;
}

/**
 * What the page's code reads only inside functions, so that it runs only if they run
 * (model/mdx-reach.ts works out which do): the names the page binds that it reads as it loads
 * or renders, and per top-level declaration holding functions, what those functions read.
 * `declares` is empty for event handlers, which the build never runs.
 */
export interface DeferredReads {
  eager: string[];
  declarations: Array<{ declares: string[]; reads: string[] }>;
}

/** An ESM import of the page, any kind (partials are a subset: see PartialImport). */
/** Data written out in JavaScript, as JSON holds it (extract/static-value.ts). */
export type StaticValue = string | number | boolean | null | StaticValue[] | { [key: string]: StaticValue };

export interface MdxExport extends Position {
  /** The exported name (`default` for a default export). */
  name: string;
  /** Set when it is an object written out (`export const o = {…}`, or a list holding one): React cannot render it as a child. */
  object?: true;
  /** Its value, for an `export const` of data written out (extract/static-value.ts): the reads a page renders from it are known. */
  value?: StaticValue;
  /** The name it passes on, for `export const Api = Export`: an element `<Api>` renders Export. */
  aliasOf?: string;
  /**
   * The capitalized names its code reads, but for an alias (`aliasOf`): `Export` in `export const
   * Api = (p) => <Export {...p} />` or `export const C = { Api: Export }`. A component of the
   * page's imports it reads may be rendered with props the check cannot see.
   */
  reads?: string[];
  /**
   * Set when the ESM block that exports it holds code that may collect an anchor: a call of
   * `collectAnchor`, or an element of the theme's Heading or Details, or a `<Link id>`. What it
   * collects is not read (load/collected-anchors.ts leaves the page's anchors unjudged).
   */
  mayCollectAnchors?: true;
}

export interface ModuleImport extends Position {
  source: string;
  /** Loaded by a `require('…')` or `import('…')` call rather than an import statement. */
  kind?: 'require' | 'dynamic-import';
  /** What an import statement takes from the module, and binds (absent for none: `import './x.css'`, a re-export, a require). */
  names?: ImportedName[];
}

/** A module an import names that the build cannot read (load/imported-files.ts): the import's source, why, and what to do. */
export interface UnreadableModule {
  source: string;
  /** Why, naming the place in the module where there is one. */
  problem: string;
  hint: string;
  /** A warning: the build may read it after all (a plugin of the site may add a loader, or an install is missing), or reads it and goes on (a file run as JavaScript that exports nothing). */
  unsure?: true;
}

/**
 * A file the config hands the bundler (a `customCss` stylesheet, a client module) that the build
 * cannot take: in the stylesheet (`file`) where it has a reference to nothing, or in the config
 * where it names no file.
 */
export interface ConfigBundledProblem extends Position {
  file: string;
  message: string;
  hint: string;
}

/** An import of a script module the build cannot take, where it is written (load/imports-behind.ts). */
export interface LocatedImportFailure extends UnreadableModule, Position {
  /** Nothing answers to the name. */
  missing?: true;
}

/** An import of a name its module does not export: webpack leaves it undefined, and rendering it fails. */
export interface MissingExport extends ImportedName {
  source: string;
  /** What the module does export (`default` for a default export), sorted. */
  exports: string[];
}

/** What an import specifier takes from its module (`default`, `*` for the whole namespace, or an export's name), and the local name it binds. */
export interface ImportedName {
  imported: string;
  local: string;
}

/** What MDX makes of a text (computed only when the text can hold MDX syntax outside code). */
/**
 * JSX that parses but that React refuses when Docusaurus renders the page: a `style` or
 * `dangerouslySetInnerHTML` written as text (React takes only an object), a void element
 * (`<br>`, `<img>`…) given children (`<br>text</br>`), a `<head>` holding what Docusaurus's
 * Head cannot render (a `<div>`, a component, text), an inner HTML beside content or not in
 * the form `{__html: …}`, or an object written out in braces where it is rendered (`{{port: 443}}`).
 */
export interface MdxRenderRefusal extends Position {
  kind: 'text-style' | 'text-inner-html' | 'void-children' | 'head-child' | 'head-text-only' | 'value-children' | 'value-beside-children' | 'value-inner-html' | 'inner-html-children' | 'inner-html-shape' | 'rendered-object';
  /** Set when the text is given in braces (`style={'color: red'}`) rather than quotes. */
  inBraces?: true;
  /** The element refused; for `head-child`, what the `<head>` holds (`div`, or `p` for text); for `head-text-only`, the element (`title`) holding more than text; for `rendered-object`, the expression as written, shortened. */
  tag: string;
  /** Set when a `<Head>` element holds it, not a `<head>`: Docusaurus's Head only where the page imports it so. */
  inHead?: 'Head';
  /** For `rendered-object`, the built-in it is made with (`{new Date()}`): the rule leaves it to a page that binds that name itself. */
  madeBy?: string;
  /**
   * For `rendered-object` inside a component's element: the innermost component's name as
   * written (`CodeBlock`). A component may take its children as data; the rule judges only the
   * theme's components known to render theirs as they are.
   */
  within?: string;
}

/** A use of `<Tabs>` or `<TabItem>` that the theme refuses when it renders the page (extract/mdx-tabs.ts). */
export type TabsFinding = Position & (
  | { kind: 'bad-child'; child: string }
  | { kind: 'duplicate-value'; value: string }
  | { kind: 'unknown-default'; value: string; values: string[] }
  | { kind: 'no-items' }
  | { kind: 'item-outside' }
  | { kind: 'query-without-group' }
);

/** What a `<Translate>` element's children are (extract/mdx-translate.ts). */
export type TranslateChildren = 'none' | 'text' | 'expression' | 'elements';

export interface MdxFacts {
  /** Whether the MDX parser ran: false when the text has no `<`, `{` nor import/export line. */
  parsed: boolean;
  /**
   * HTML comments and `{#id}` heading ids, which MDX reads only through Docusaurus's MDX 1
   * compatibility (SiteSettings.mdx1Compat), where the build reports them without it
   * (extract/mdx1-syntax.ts). Absent when none.
   */
  htmlComments?: Position[];
  headingIdBraces?: Position[];
  syntaxError?: MdxSyntaxError;
  /** JSX elements of the page that React refuses to render (absent when none). */
  renderRefusals?: MdxRenderRefusal[];
  /** Uses of elements named Tabs and TabItem that the theme would refuse (absent when none). */
  tabs?: TabsFinding[];
  /**
   * The `<TabItem>`s of each `<Tabs lazy>` that the build leaves out, all but the tab shown first
   * (extract/mdx-tabs.ts; absent when none): their headings are no anchors of the built page, and
   * their `<Link>`s, addresses and anchors are never checked (only what mdx-loader resolves as it
   * compiles, files and images, is). `tabs`: the element's name; the spans count only where the
   * page imports `@theme/Tabs` under that name, or one of `tabsWrappers` (model/markdown-format.ts, lazyHiddenTabsIn).
   */
  lazyHiddenTabs?: Array<TextSpan & { tabs: string }>;
  /**
   * The names of `lazyHiddenTabs` the file imports from components of the site's own that render
   * the theme's Tabs with the props they are given (load/tabs-wrappers.ts; absent when none). Not
   * read from the text: set on the record once the site's modules are read, before the model.
   */
  tabsWrappers?: string[];
  /**
   * The elements the page writes of components of the site's own that never render their
   * children, from `<` to the end of the closing tag, with the component's name as written, or
   * the whole page when its own default export is such a layout (`layout`)
   * (load/childless-spans.ts; absent when none): nothing inside reaches the built page. Not read
   * from the text: set on the record once the site's modules are read, before the model.
   */
  childlessSpans?: Array<TextSpan & { component: string; layout?: true }>;
  /** Each hook the page's ESM calls as its module loads, outside any component (absent when none): the render stops. */
  topLevelHooks?: Array<Position & { name: string }>;
  /**
   * Each component element (`<TOCInline toc={toc} />`) with the props it is given, `...` for a
   * spread (absent when none); for an element named Translate or Interpolate, what its children are (only the
   * parser reads those: extract/mdx-translate.ts).
   */
  componentProps?: Array<Position & {
    name: string;
    props: string[];
    children?: TranslateChildren;
    /** What its `language` prop is given, in words, when that is no text and its children are (extract/mdx-code-language.ts). */
    languageNotText?: string;
    /** The innermost component whose element holds it, as written (absent at the page's own level): that component decides whether it renders. */
    within?: string;
    /**
     * The props given a text written out, by name: quoted (`anchor="HashMap"`) or a literal in
     * braces (`anchor={'HashMap'}`), as the build reads it; the last one written of a name
     * counts. Absent when none. What a component collects as an anchor is read from these
     * (load/collected-anchors.ts, anchorsByCodeOf), so an element in a code block counts for nothing.
     */
    texts?: Record<string, string>;
  }>;
  /**
   * Components the JSX inside the page's expressions and attribute values renders (`{<Next />}`,
   * `{[1].map(() => <Two />)}`, `<Box footer={<Next />} />`): MDX puts that JSX in the page's as
   * written. `certain`: at the page's own level, and rendered whenever the expression is;
   * `within`: the component whose element or prop holds it. None inside a <BrowserOnly>'s
   * children, nor in an HTML element's attribute (React renders no element there). Absent when none.
   */
  expressionComponents?: Array<Position & { name: string; certain?: true; within?: string }>;
  /**
   * Components given an `id` written out (`<Heading as="h2" id="ports">`, `<Link id="top">`), with
   * their `as` when written out: Docusaurus's Heading and Link collect it as an anchor
   * (model/markdown-format.ts, componentAnchorsOf). Absent when none.
   */
  componentIds?: Array<Position & { name: string; id: string; as?: string }>;
  /**
   * Each `{name}` that renders a name as it is, and each `{name.a[0].b}` that renders a chain of
   * reads from one (`path`, with `optional` true where the read is `?.`); `call` when the
   * expression calls it first (`{ports.map(…)}`). Absent when none: an object there, a read
   * from undefined, or a call of what is no function, stops the render.
   */
  renderedNames?: Array<Position & {
    name: string;
    path?: Array<string | number>;
    optional?: boolean[];
    call?: true;
    /** The innermost component whose element holds the expression, as written (absent at the page's own level): what it renders is that component's to render. */
    within?: string;
  }>;
  /**
   * Each element written as a member (`<ports.console />`) in an expression of the content,
   * outside any function, with its whole name (absent when none): MDX tests each name along it
   * before anything renders, whatever branch the element is in (rules/mdx-render.ts). Elements
   * of the page's own text are in componentProps.
   */
  memberElements?: Array<Position & { name: string }>;
  /**
   * The written `to` or `href` of each element named Link, and of each written in an expression
   * that renders it for certain at the page's own level (`{<Link to="/x" />}`, placed at its `<`).
   * Absent when none: Docusaurus checks them as links (but inside what the build never renders:
   * model/markdown-format.ts, unrenderedSpansIn).
   */
  jsxLinks?: Array<Position & { url: string }>;
  /**
   * The written target of each `<Link>` in an expression or a component's prop that the page may
   * render, or not: behind a condition, in a `.map`, in a prop, inside a component's children
   * (`{ok ? <Link to="/x" /> : null}`, `<Box footer={<Link to="/x" />}>`). The build checks it
   * where it renders: the code-links rule warns (absent when none).
   */
  maybeJsxLinks?: Array<Position & { url: string }>;
  /**
   * Each `href` written as text in a component's `item` or `items` prop (`<DocCard item={{type:
   * 'link', href: '/x'}} />`), with the component's name, where the href is (absent when none):
   * the theme's DocCard renders it as a Link, which the build checks.
   */
  cardLinks?: Array<Position & { url: string; component: string }>;
  /**
   * Markdown links and images MDX finds on the lines of HTML blocks, which CommonMark (and so the
   * link extraction) reads as raw HTML: `<div>![x](./x.png)</div>`, a link on the line after
   * `<summary>…</summary>` (absent when none; extract/mdx-html-links.ts).
   */
  markdownInHtml?: Array<Position & { url: string; kind: 'link' | 'image' }>;
  /**
   * Headings MDX finds on the lines of HTML blocks, where CommonMark reads none: `## Setup` on the
   * line after a JSX tag alone on its line (`<Partial />`), with no blank line between. Their text
   * as read, a `{#id}` included; ids are given with the page's others (model/markdown-format.ts).
   */
  headingsInHtml?: Array<Position & { depth: number; rawText: string }>;
  /**
   * Stretches MDX reads as JavaScript (ESM, expressions, a JSX tag's attributes) that hold what
   * CommonMark may read as a link, a definition or a heading (absent when none): a
   * `'[guide](./x.md)'` in a string is no link to MDX, a `# comment` line of a template no
   * heading (extract/mdx-script-spans.ts).
   */
  scriptSpans?: TextSpan[];
  /** Names used but neither imported, exported nor bound by an enclosing function in the page. */
  freeNames: MdxFreeName[];
  imports: ModuleImport[];
  /** Names the page's imports and exports bind. */
  bound: string[];
  /** The local names of the page's imports that its JSX, expressions or ESM read (absent when none): a name a module does not export breaks only where it is read. */
  usedImports?: string[];
  /** Each name the page's ESM exports, where (absent when none): the compiled page exports them beside Docusaurus's own. */
  exported?: MdxExport[];
  /** Reads that run only if a function runs (absent when the page's code defers none): names read there are not needed to build the page unless the function is called. */
  deferred?: DeferredReads;
  /** Text problems found before parsing: NUL bytes, undecodable bytes, front matter never closed. */
  binaryAt?: Position;
  replacementCharAt?: Position;
  unclosedFrontMatterAt?: Position;
  /** GFM autolink literals whose URL Docusaurus cannot read, as each format reads the text (extract/url-literals.ts). */
  unreadableUrls?: { md: LiteralUrl[]; mdx: LiteralUrl[] };
}

/** What the check knows of one page or partial file, computed from its text alone (cacheable by hash). */
export interface PageRecord {
  frontMatter: FrontMatter;
  extract: PageExtract;
  imports: PartialImport[];
  /** MDX facts (additive, for the mdx-* rules and import resolution). */
  mdx: MdxFacts;
}

export interface Page {
  /** Path relative to the site dir, with `/`. */
  file: string;
  version: string;
  /** Path relative to the version's docs dir, with `/`. */
  source: string;
  id: string;
  /** Route without baseUrl, e.g. `/faq/security` or `/2.9/reference-guides/rancher-security/`. */
  route: string;
  title: string;
  draft: boolean;
  frontMatter: FrontMatter;
  extract: PageExtract;
  /** The partials it renders. */
  imports: ResolvedImport[];
  /** MDX facts (additive; optional so model builders that predate them stay valid). */
  mdx?: MdxFacts;
  /** The slug Docusaurus computes, when it cannot publish a page there (model/routes.ts publishableSlug). */
  unpublishableSlug?: string;
}

/** What the check needs of a version's sidebars: their names, the folders items generate sidebars from, the docs they name. */
export interface SidebarsOutline {
  names: string[];
  /** The `dirName` of each `{type: 'autogenerated'}` item, relative to the version's folder (`.` for all of it). */
  autogeneratedDirs: string[];
  /** Each doc id the sidebars name (doc, ref and string items, shorthand categories, categories' doc links), once, where the file first writes it. */
  /** Placed at the id's first quoted spelling in the file (line 1, column 1 when not found). */
  docIds: SidebarDocId[];
  /** Categories without a link whose items are all generated from folders (absent when none): empty when the folders hold no published page. */
  generatedOnly?: Array<Position & { label: string; dirNames: string[] }>;
  /** Categories with a generated index at a slug of their own (absent when none), placed at the slug's first quoted spelling. */
  indexSlugs?: Array<Position & { label: string; slug: string }>;
  /** What Docusaurus refuses in the sidebars it read (load/sidebars-invalid.ts): it stops the build. */
  invalid?: { message: string; hint: string; line: number; column: number };
  /**
   * The sidebars as read and the file's text, not yet judged: the thread that loads the config
   * leaves the verdict to the main thread (load/sidebars-outline.ts, withSidebarsVerdicts), which gives
   * it before anything reads `invalid`. Never in a model: only between those two threads.
   */
  unjudged?: { sidebars: unknown; text: string };
  /** Why the sidebars file could not be read (it does not parse, or throws): Docusaurus stops the build too. */
  unreadable?: { message: string; line: number; column: number };
  /** The sidebars file, relative to the site folder; absent for Docusaurus's default sidebar. */
  file?: string;
  /** Its `{type: 'link'}` items to addresses of this site (load/sidebar-links.ts); absent when none. */
  links?: SidebarLink[];
  /** With links: what each sidebar names, in the file's order, which says the sidebar a doc shows (load/sidebar-links.ts, sidebarMembersOf). */
  members?: Array<SidebarItemsNamed & { sidebar: string }>;
}

/** A sidebar's link item to an address of this site, where the file writes it, and what may hide it. */
export interface SidebarLink extends Position {
  /** The sidebar's name. */
  sidebar: string;
  /** The address as written: a path from the site's root, or one relative to the page that renders it. */
  href: string;
  /** `autoAddBaseUrl: false`: the theme renders a path from the root as written, without the base URL. */
  autoAddBaseUrl?: false;
  /** The sidebar itself, then each category around the item, outermost first. */
  scopes: SidebarScope[];
}

/** A sidebar, or a category of one: whether it may hide what it holds, and which pages open it. */
export interface SidebarScope extends SidebarItemsNamed {
  label: string;
  /** As written; unset for the docs plugin's defaults. A sidebar itself is always open (both false). */
  collapsible?: boolean;
  collapsed?: boolean;
  /** A category's own link: a doc (absent from a build while a draft) or a generated index. */
  link?: { docId: string } | 'generated-index';
  /**
   * What the category's items before the link's branch name. When none of it is in a build and
   * the category has no link of its own, the theme links the category's label to the link's
   * address on every page that renders the category (its server-side fallback to the first link).
   */
  ahead?: SidebarItemsNamed & { links: boolean };
}

/** What some sidebar items name, at any depth: doc ids (doc, ref and string items, categories' doc links) and generated folders (relative to the version's folder). */
export interface SidebarItemsNamed {
  docIds: string[];
  dirs: string[];
}

export interface SidebarDocId extends Position {
  id: string;
}

export interface Version {
  /**
   * `current` for docs/, else the name from versions.json; for a docs instance other than the
   * default one, after its id: `community:current` (load/versions.ts, VersionLayout).
   */
  name: string;
  /** The id of the docs instance it belongs to, for one other than the default one. */
  instance?: string;
  /** Docs dir relative to the site dir, e.g. `docs` or `versioned_docs/version-2.9`. */
  dir: string;
  /** Route prefix without baseUrl, `''` for the one served at the docs root. */
  path: string;
  /**
   * In the model of a locale's build (load/locales.ts): the folder its translations are read from
   * first, `i18n/fr/docusaurus-plugin-content-docs/current`.
   */
  localizedDir?: string;
  /** The latest version (the docs plugin's `lastVersion`): the one the navbar's doc items link into. */
  last?: true;
  /** Routes of generated category index pages (`/category/…`) in this version. */
  extraRoutes: string[];
  /**
   * The anchors of those of `extraRoutes` whose pages the theme renders on its own
   * (load/version-routes.ts, themePageAnchors); a route absent here has anchors the check does
   * not know.
   */
  extraRouteAnchors?: Record<string, string[]>;
  /**
   * Its sidebars: their names (which `displayed_sidebar` may name), and the folders items generate
   * sidebars from (where category files' doc links are resolved); absent when unknown.
   */
  sidebars?: SidebarsOutline;
}

/** The options of the pages plugin (its default instance) that say which files are pages, and where it publishes them. */
export interface PagesPluginSettings {
  /** Its folder, relative to the site dir, with `/`. */
  path: string;
  routeBasePath: string;
  include: string[];
  exclude: string[];
  /** `showLastUpdateTime` and `showLastUpdateAuthor`, when either is on: what it asks the VCS of a Markdown page whose `last_update` does not say it. */
  showLastUpdate?: { time: boolean; author: boolean };
}

/** A blog of the site: one blog plugin instance's options that say where its posts are published (load/plugin-routes.ts, blogsOf). */
export interface BlogPluginSettings {
  /** Its folder, relative to the site dir, with `/`. */
  path: string;
  /** Its plugin id, for one other than the default one. */
  id?: string;
  /**
   * In a locale's build: the folder its translated posts are read from first,
   * `i18n/fr/docusaurus-plugin-content-blog` (load/locales.ts).
   */
  localizedPath?: string;
  routeBasePath: string;
  include: string[];
  exclude: string[];
  /** Under routeBasePath, the routes the blog makes beside its posts: list pages, tags, the archive (null: none), authors. */
  pageBasePath: string;
  tagsBasePath: string;
  archiveBasePath: string | null;
  authorsBasePath: string;
  /** Its authors map, relative to its folder (`authors.yml`). */
  authorsMapPath: string;
  /** Posts per list page: `/blog`, then `/blog/page/2`… */
  postsPerPage: number | 'ALL';
  /** `sortPosts: 'ascending'`: the list pages show the oldest post first; absent: the newest. */
  sortPosts?: 'ascending';
  /** Its `tags` option: the tags file in its folder (`tags.yml` when undefined, where there is one), or none (false, null). */
  tagsFile?: string | false | null;
  /** What the blog does with a post's tag its tags file does not define (`onInlineTags`, `warn` by default). */
  onInlineTags: OnInlineTags;
  /** What the blog does with a published post without a truncate marker (`onUntruncatedBlogPosts`, `warn` by default). */
  onUntruncatedBlogPosts: ReportLevel;
  /** What the blog does with a published post naming an author its map does not define (`onInlineAuthors`, `warn` by default). */
  onInlineAuthors: ReportLevel;
  /** `showLastUpdateTime` and `showLastUpdateAuthor`, when either is on: what the blog asks the VCS of a post whose `last_update` does not say it. */
  showLastUpdate?: { time: boolean; author: boolean };
  /** Its own `truncateMarker`, as a RegExp's source and flags; absent: the plugin's, TRUNCATE_MARKER (model/blog-routes.ts). */
  truncateMarker?: { source: string; flags: string };
  /** What its own remark plugins add to the syntax its posts are read with (SiteSettings.siteSyntax); absent: none. */
  syntax?: { plugins: string[]; key: string };
  /** Its own remark plugins, whatever they do (as a docs instance's, DocsPluginSettings.transforms); absent: none. */
  transforms?: { plugins: string[]; key: string };
}

/** Whether mdx-loader reads HTML comments, `{#id}` heading ids and `:::note Title` as MDX 1 did. */
export interface Mdx1Compat {
  comments: boolean;
  admonitions: boolean;
  headingIds: boolean;
}

/** How Docusaurus reads Markdown: as MDX, as CommonMark, or by file extension (`markdown.format`). */
export type MarkdownFormat = 'mdx' | 'md' | 'detect';

/** A route another plugin adds, as its `actions.addRoute` wrote it (model/plugin-route-match.ts). */
export interface PluginRoute {
  /** Without the baseUrl; may hold parameters (`/api/:name`). */
  path: string;
  /** The plugin's name. */
  plugin: string;
  /** Absent: it also answers every path below it, as react-router matches. */
  exact?: true;
  strict?: true;
}

export interface SiteSettings {
  url: string;
  baseUrl: string;
  trailingSlash: boolean | undefined;
  routeBasePath: string;
  markdownFormat: MarkdownFormat;
  /** Base paths of routes other docs instances make, and a blog with `processBlogPosts`: links there are not verified. */
  foreignRoutePrefixes: string[];
  /** The routes the site's other plugins and themes add (load/plugin-lifecycle.ts): a search page, an API reference; absent when none. */
  pluginRoutes?: PluginRoute[];
  /** What the plugins run for pluginRoutes say they read, as they were then (load/plugin-inputs.ts); absent when they name nothing. */
  pluginInputs?: PluginInputs;
  /**
   * The pages plugin's options, where they are not its defaults (`src/pages` published from
   * `/`, with its default globs); false: the site has no pages plugin (`pages: false` in the
   * classic preset, or a preset without it and no plugin entry).
   */
  pagesPlugin?: PagesPluginSettings | false;
  /** The blogs whose posts the check reads (load/blog-posts.ts); absent when none. */
  blogs?: BlogPluginSettings[];
  /**
   * The classic theme's `customCss` stylesheets, which every page bundles: each as a path from
   * the site's folder (with `/`; absolute outside it), where the config names it; absent when none.
   */
  customCss?: Array<Position & { file: string }>;
  /**
   * The config's `clientModules`, which every page bundles, as Docusaurus resolves them (from the
   * site's folder): each as a path from there (with `/`; absolute outside it), where the config
   * names it; absent when none.
   */
  clientModules?: Array<Position & { file: string }>;
  /**
   * The content plugins' route components the config replaces (`docItemComponent`), per default
   * component (`DocItem`): the modules its instances render instead (load/route-components.ts).
   * Absent when none is replaced.
   */
  routeComponents?: Record<string, string[]>;
  /** The build compiles JavaScript with `future.faster`'s SWC loader, which reads every script as TSX: a module's unused imports are dropped (load/faster.ts). */
  swcJsLoader?: true;
  /** The config's `staticDirectories`, where they are not Docusaurus's default (`static`): paths from the site's folder, with `/` (model/static-folders.ts). */
  staticDirectories?: string[];
  /** What Docusaurus does with two pages at one address (`onDuplicateRoutes`); absent: its default, `warn`. */
  onDuplicateRoutes?: 'throw' | 'warn' | 'log' | 'ignore';
  /** What Docusaurus does with a link to a missing anchor (`onBrokenAnchors`); absent: its default, `warn`. */
  onBrokenAnchors?: 'throw' | 'warn' | 'log' | 'ignore';
  /** What Docusaurus does with a link to no page (`onBrokenLinks`); absent: its default, `throw`. */
  onBrokenLinks?: ReportLevel;
  /**
   * What mdx-loader does with a Markdown link to no file (`markdown.hooks.onBrokenMarkdownLinks`,
   * or the older top-level option, which wins); absent: its default, `warn`. A hook written as a
   * function counts as `throw`: it may throw, and the check cannot tell.
   */
  onBrokenMarkdownLinks?: ReportLevel;
  /** The same for images (`markdown.hooks.onBrokenMarkdownImages`); absent: its default, `throw`. */
  onBrokenMarkdownImages?: ReportLevel;
  /** A plugin of the config may give the bundler loaders of its own (an inline plugin, or a package the check does not know). */
  mayAddLoaders?: true;
  /**
   * The MDX 1 compatibility Docusaurus keeps (`markdown.mdx1Compat`), where some part of it is off:
   * `future.v4` turns all three off unless the config sets them (load/mdx1-compat.ts). Absent:
   * all on, Docusaurus 3's defaults, which the check's MDX reading follows.
   */
  mdx1Compat?: Mdx1Compat;
  /** Heading ids keep the heading's case (`markdown.anchors.maintainCase`): `## nodeLinker` is `#nodeLinker`. */
  anchorsMaintainCase?: true;
  /** The build asks git for the dates of files (`future.experimental_vcs`, git's by default): a blog post's without a date. */
  datesFromGit?: true;
  /**
   * Syntax the docs plugin's own remark plugins add (remark-math's `$…$`): the plugins that add
   * it, and the key records read with it are cached under (load/site-syntax.ts). Absent: none.
   */
  siteSyntax?: { plugins: string[]; key: string };
  /** The same for the pages plugin's own remark plugins, which compile the Markdown pages of src/pages. */
  pagesSyntax?: { plugins: string[]; key: string };
  /**
   * The pages plugin's own remark plugins, whatever they do, for the Markdown pages of src/pages:
   * the names they take away from a page are not undefined there (load/site-transforms.ts; a docs
   * instance's are in its settings, DocsPluginSettings.transforms). Absent: none.
   */
  pagesTransforms?: { plugins: string[]; key: string };
  /** How the settings were found: `config` or a warning that says why flags/defaults apply. */
  source: { kind: 'config'; file: string } | { kind: 'fallback'; warning: string };
  /** The links every page renders from the config's navbar and footer (load/layout-links.ts); absent when none. */
  layoutLinks?: LayoutLink[];
  /** What Docusaurus warns about in the config as it loads it, at the key (load/config-deprecations.ts); absent: nothing. */
  configWarnings?: ConfigWarning[];
  /** The site's own Heading component keeps h1 headings' ids, so they are anchors too (load/theme-components.ts, model/anchors.ts). */
  h1Anchors?: true;
  /**
   * How the classic theme opens the docs sidebars' categories: the docs plugin's
   * `sidebarCollapsible` and `sidebarCollapsed`. Absent when the site renders its sidebars with
   * components of its own: their link items are then not judged (rules/sidebar-links.ts).
   */
  sidebarRendering?: { collapsible: boolean; collapsed: boolean };
  /** The redirects the config gives @docusaurus/plugin-client-redirects (load/redirects.ts); absent when none. */
  redirects?: ConfigRedirect[];
  /** The locales `docusaurus build` builds besides the default one (`i18n.locales`); absent when none. */
  locales?: LocaleBuild[];
  /** The default locale (`i18n.defaultLocale`, `en` without one), whose own translations the build reads in place of the docs' files (load/locales.ts); absent when the config did not load. */
  defaultLocale?: LocaleBuild;
}

/** A redirect of the config's `redirects` option for @docusaurus/plugin-client-redirects, placed at its `to`. */
export interface ConfigRedirect extends Position {
  from: string[];
  /** Where it leads: a path from the site's root, without the base URL, or an address elsewhere. */
  to: string;
}

/** A locale other than the default one: a build of its own (model/locales.ts). */
export interface LocaleBuild {
  name: string;
  /** Its folder of translations, relative to the site dir: `i18n/fr`. */
  dir: string;
  /** The base URL its build serves every page under: `/fr/` by default. */
  baseUrl: string;
  url: string;
  /** `localeConfigs.<name>.translate`; absent: whether its folder is there. */
  translate?: boolean;
}

/** How Docusaurus reports a kind of mistake: `throw` stops the build; the others let it through. */
export type ReportLevel = 'throw' | 'warn' | 'log' | 'ignore';
export const REPORT_LEVELS: readonly ReportLevel[] = ['throw', 'warn', 'log', 'ignore'];

/** A link every page renders from the config's navbar or footer. */
export interface LayoutLink extends Position {
  where: 'navbar' | 'footer';
  /** An address (a `to` or `href`), a doc id (a `doc` item) or a sidebar id (a `docSidebar` item). */
  kind: 'address' | 'doc' | 'sidebar';
  /** The address as a path from the site's root, without the base URL unless written with it; or the id. */
  value: string;
  /** The address as the config writes it. */
  written?: string;
  /** An `href` without a leading `/` (`.`, `guide`): each page resolves it from its own address (`value` is then as written). */
  relative?: true;
  /** For a doc or sidebar: the docs instance the item names (`docsPluginId`), when not the default one. */
  instance?: string;
}

/** A `_category_` file of a docs folder, as Docusaurus reads it (js-yaml 4's load, for .json too). */
export interface CategoryFile {
  /** Relative to the site dir. */
  file: string;
  version: string;
  /** What it holds; absent when it does not parse. */
  data?: unknown;
  yamlError?: YamlError;
  /** 1-based line of each top-level key. */
  keyLines: Record<string, number>;
  /** A sidebar generated from the folders makes a category of its folder, and reads its link (model/generated-categories.ts). */
  inSidebar?: boolean;
}

/** A version's tags file (load/tags-files.ts), as Docusaurus's reader takes it. */
/** A tags file as Docusaurus reads it (load/tags-files.ts), a docs version's or a blog's. */
export interface TagsFileRead {
  /** Relative to the site dir; for a missing file, where its plugin looks for it. */
  file: string;
  /** Its plugin's `onInlineTags`: what Docusaurus does with a page's tag the file does not define. */
  onInlineTags: OnInlineTags;
  /** Every tag it defines, with the label and permalink Docusaurus gives it; absent when refused or missing. */
  tags?: Record<string, { label: string; permalink: string; description?: string }>;
  /** Its plugin's `tags` option names this file, and the version (or the blog) has none. */
  missing?: true;
  /** Why Docusaurus refuses the file, and where. */
  failure?: { line: number; column: number; kind: 'yaml' | 'schema' | 'permalink' | 'other'; message: string };
  /** 1-based line of each top-level key (each tag). */
  keyLines: Record<string, number>;
}

/** A docs version's tags file. */
export interface TagsFile extends TagsFileRead {
  version: string;
}

/** A blog's tags file (its plugin's `tags` option, `tags.yml` in its folder by default). */
export interface BlogTagsFile extends TagsFileRead {
  /** The blog's folder (BlogPluginSettings.path). */
  blog: string;
}

export type OnInlineTags = 'ignore' | 'log' | 'warn' | 'throw';
export const ON_INLINE_TAGS: readonly OnInlineTags[] = ['ignore', 'log', 'warn', 'throw'];

export interface Site {
  dir: string;
  settings: SiteSettings;
  versions: Version[];
  pages: Page[];
  /** Routes that exist outside the docs (src/pages, blog posts), without baseUrl. */
  otherRoutes: string[];
  /** The same routes, each with its page of src/pages (load/site-pages.ts, publishedSitePages); absent when none, or when the site is made of outlines. */
  sitePages?: SitePage[];
  /**
   * Of those, the Markdown pages' (load/site-pages.ts), the blog posts' and the blogs' list and
   * tag pages' (load/blog-posts.ts), and the React pages' that collect none (with no anchor):
   * the anchors, by route, with the file for a page or post (`listPage` for a page of posts);
   * absent when none.
   */
  otherRouteAnchors?: Record<string, { file?: string; list: string[]; listPage?: BlogListKind }>;
  /** The same Markdown pages as their links need them (rules/site-page-links.ts); absent when none. */
  markdownPages?: MarkdownSitePage[];
  /** The posts of the site's blogs (SiteSettings.blogs), drafts included; absent when none. Their routes are among otherRoutes. */
  blogPosts?: BlogPost[];
  /** The routes the blogs make beside their posts (list, archive, tag and author pages), among otherRoutes; absent when none. */
  blogPages?: string[];
  /**
   * Every list of posts of the blogs (the blog's own, each tag's, each author's), with the posts
   * each page shows (model/blog-routes.ts, blogListings); absent when none, and without the lists
   * of a blog whose `processBlogPosts` may change them.
   */
  blogListings?: BlogListing[];
  /** Base paths the content leaves unknown, as settings.foreignRoutePrefixes: a blog's authors' pages when the plugin refuses its map (load/blog-posts.ts). */
  unknownRoutePrefixes?: string[];
  /** The build asks git for an undated post's date, and the site is outside any git work tree: git refuses (load/blog-posts.ts, undatablePosts). */
  undatablePosts?: true;
  /**
   * The docs plugin, or a blog, asks git for pages' last updates (showLastUpdateTime,
   * showLastUpdateAuthor), and the site is outside any git work tree: git refuses
   * (load/docs-last-update.ts). How many pages it asks for, the first, and where the config turns
   * the option on.
   */
  undatableDocs?: { pages: number; first: string; option: 'showLastUpdateTime' | 'showLastUpdateAuthor'; file: string; line: number; column: number };
  /** Blogs' authors maps the blog plugin refuses, each file with the plugin's words: the build stops (load/blog-authors.ts). Absent when none. */
  refusedAuthorsMaps?: Array<{ file: string; message: string }>;
  /** Every partial that a page renders, directly or through another partial. */
  partials: PartialPage[];
  /** The versions' `_category_` files (absent from sites made for a few pages, such as the edit recheck's). */
  categoryFiles?: CategoryFile[];
  /** The versions' tags files, when they have any (absent from sites made for a few pages). */
  tagsFiles?: TagsFile[];
  /** The blogs' tags files, when they have any. */
  blogTagsFiles?: BlogTagsFile[];
  /** What MDX pages can use without importing it, and which imports resolve (additive, for the mdx-* rules). */
  mdx?: MdxEnvironment;
  /**
   * Page files reached through a symbolic link (a linked file, or one in a linked folder) whose
   * real file is no published page: the bundler finds no page data for it, and the render stops;
   * absent when none.
   */
  linkedPages?: string[];
  /**
   * Page files reached through a symbolic link whose real file is a published page (of any
   * version or docs instance), by their real file: the bundler compiles the real file once, with
   * that page's data, so the linked page renders it (links resolved from the real file), and its
   * content is judged there, once. Absent when none.
   */
  aliasedPages?: Record<string, string>;
}

/**
 * A `<Link>` a React page renders (load/code-links.ts): where it is written (`file`, site-relative;
 * 1-based line and column), its target, and whether the page renders it whenever it renders.
 */
/** The page a link of MdxEnvironment.codeLinks is filed under when every page renders it (the site's copy of the theme's Footer). */
export const EVERY_PAGE = '*';

export interface CodeLinkUse {
  file: string;
  line: number;
  column: number;
  url: string;
  /** `autoAddBaseUrl={false}`: `url` is the path as served. */
  served?: true;
  certain: boolean;
}

/** A page of src/pages a production build publishes, at its route (without baseUrl). */
export interface SitePage {
  /** Relative to the site dir: `src/pages/about.md`. */
  file: string;
  route: string;
  /** 1-based line of a Markdown page's `slug`, which gives it its route. */
  slugLine?: number;
}

/**
 * A Markdown file a content plugin other than the docs publishes and compiles with the docs' MDX
 * pipeline: a Markdown page of src/pages, a blog post.
 */
export interface MarkdownContentFile {
  /** Relative to the site dir: `src/pages/about.md`, `blog/2024-05-28-release.md`. */
  file: string;
  /** Route without baseUrl: its `slug`'s, or else its file's; a draft's is where it would be published. */
  route: string;
  /** The route its file gives it, without a slug. */
  fileRoute: string;
  frontMatter: FrontMatter;
  /** As compiled (model/markdown-format.ts, extractAsCompiled). */
  extract: PageExtract;
  mdx: MdxFacts;
  /**
   * The partials it imports (absent when none), resolved as a doc's (model/partials.ts); read, and
   * judged where it renders them, as a doc's; the headings of those it shows are anchors of its
   * route for other pages too, and those above a post's truncate marker show on its blog's list
   * pages (model/rendered-partials.ts).
   */
  imports?: ResolvedImport[];
  /** A production build leaves it out: its `draft`, as its plugin reads it (model/plugin-front-matter-schema.ts). */
  draft?: true;
}

/** A Markdown page of src/pages (load/site-pages.ts). */
export type MarkdownSitePage = MarkdownContentFile;

/** A post of one of the site's blogs (load/blog-posts.ts), at its slug's route or its file's date and name's (model/blog-routes.ts). */
export interface BlogPost extends MarkdownContentFile {
  /** Its blog's folder (BlogPluginSettings.path): `.md` links find posts of that blog only. */
  blog: string;
  /** Its front matter as the blog reads it, converted by the blog's schema (`authors: 5` is the key "5"); absent when the schema refuses it. */
  blogData?: Record<string, unknown>;
  /** Published, but on no list page (`unlisted: true`). */
  unlisted?: true;
  /** The line of its truncate marker (`<!-- truncate -->`): the list pages show it up to there. Absent: they show it whole. */
  truncatedAt?: number;
  /** The column its truncate marker starts at, on that line: what stands before it on the line is shown too. */
  truncatedAtColumn?: number;
  /**
   * The MDX facts of its text before the marker, which the blog compiles alone for its list
   * pages; set where the whole post compiles as MDX and that text holds MDX syntax. Its
   * `syntaxError`: a `<details>` opened above the marker and closed below it. Its `freeNames`:
   * those only an import or export below the marker defines. Either stops the build there.
   */
  listMdx?: MdxFacts;
  /** Its tags as the blog reads them (its front matter schema's), each a text or a `{label, permalink}`; absent when none. */
  tags?: unknown[];
  /** Why the blog plugin refuses its `authors`, in the plugin's words (load/blog-authors.ts); absent when it takes them. */
  authorsRefused?: string;
  /** The authors it writes out in full rather than naming by a key of the authors map (load/blog-authors.ts, inlineAuthorsOf); absent when none. */
  inlineAuthors?: string[];
  /** Its file name's date is no date (`2024-13-45-x.md`) and its front matter gives none (model/blog-routes.ts). */
  impossibleDate?: true;
  /** Neither its front matter nor its file name gives it a date: the blog asks git for one. */
  undated?: true;
  /** Its date in milliseconds, where its front matter or file name gives one (model/blog-routes.ts, blogPostTime): the list pages show posts in its order. */
  time?: number;
}

/** A warning Docusaurus prints about the config, at the key it is about. */
export interface ConfigWarning extends Position {
  message: string;
  hint: string;
  /** An error: what the build refuses, not what it warns of. */
  severity?: 'error';
}

/** The components `@theme/MDXComponents` provides, as read from the theme's (or the site's swizzled) file. */
export interface MdxComponentsList {
  names: string[];
  /** The file read, relative to the site dir or to node_modules. */
  source: string;
  /** False when the file has entries the reader could not name (computed keys, unknown spreads). */
  complete: boolean;
}

/** Anchors the site's copies of theme components render, by the pages that render them (MdxEnvironment.themeAnchors). */
export interface ThemeAnchors {
  every: string[];
  docs: string[];
  blog: string[];
}

export interface MdxEnvironment {
  /** Undefined when no page uses a component it does not import (the list is then not read). */
  components: MdxComponentsList | undefined;
  /** Per importing file, the non-partial import sources that resolve to nothing. */
  unresolvedImports: Record<string, string[]>;
  /** The `@theme/…` modules pages import that the site (src/theme) or a theme other than Docusaurus's replaces; absent when none. */
  replacedThemeModules?: string[];
  /** Packages the site's package.json declares but node_modules lacks: an install, not a page, is missing. */
  uninstalledPackages: string[];
  /**
   * The files whose anchors the check does not all know, as code of the site's adds some: a
   * component they import renders a Markdown file or collects anchors the check cannot read, or
   * a replaced MDX component of the theme's collects some (load/collected-anchors.ts,
   * anchorsByCodeOf); absent when none.
   */
  anchorsOpen?: string[];
  /**
   * Per file, the anchors components of the site's collect from the props it gives them
   * (`<Export anchor="HashableObj">`: load/collected-anchors.ts, anchorsByCodeOf); absent when none.
   */
  collectedAnchors?: Record<string, string[]>;
  /** Per importing file, the names its imports take that their modules do not export (absent when none). */
  missingExports?: Record<string, MissingExport[]>;
  /**
   * Per Markdown file, the names other files import from it besides its default export (`*` for
   * all of them: a namespace import or a re-export); absent when none. Such an export may run
   * where another page renders it.
   */
  importedExports?: Record<string, string[]>;
  /**
   * Per file, the parsed data of each JSON file it imports by default under a name it renders
   * reads of, by that name (absent when none): what `{ports.api}` renders is known.
   */
  importedData?: Record<string, Record<string, StaticValue>>;
  /**
   * Per importing file, the modules its imports name that the build cannot read (absent when
   * none): load/imported-files.ts; and the site's own modules that import one the build cannot
   * take, however deep (load/imports-behind.ts).
   */
  unreadableModules?: Record<string, UnreadableModule[]>;
  /**
   * Per module the build bundles whatever links to it (a React page of src/pages, a theme
   * component of src/theme the theme's tree reaches), the imports the build cannot take, its own
   * or behind them (absent when none).
   */
  bundledModuleImports?: Record<string, LocatedImportFailure[]>;
  /**
   * Per React page of src/pages whose collected anchors the check knows: the literal ids it, and
   * the site's modules it reaches, give the classic theme's Heading (but as h1) and Link, a
   * superset of what its render collects (load/react-page-anchors.ts); [] for none. Absent when
   * no page's are known.
   */
  reactPageAnchors?: Record<string, string[]>;
  /**
   * The literal ids the site's own copies of the theme's components give Heading and Link (a
   * Footer of src/theme rendering `<Heading as="h2" id="newsletter">`): `every` page has those of
   * the app's components and of any other copy; `docs` pages (and the docs plugin's own) those
   * of a `Doc…` component's copy (a DocItem/Footer), `blog` pages those of a `Blog…` one's.
   * Absent when there are none, or when the app's cannot be read (React pages are then not judged).
   */
  themeAnchors?: ThemeAnchors;
  /** The React pages of src/pages that are ES modules without a default export, which the build cannot render (load/react-page-exports.ts); absent when none. */
  reactPagesWithoutDefault?: string[];
  /** Per page (a React page, an MDX page, or EVERY_PAGE), the `<Link>`s with a literal target it renders from the site's code (load/code-links.ts); absent when none. */
  codeLinks?: Record<string, CodeLinkUse[]>;
  /**
   * Per blog post with a truncate marker, the `<Link>`s from code its text above the marker
   * renders: what the blog's list, tag and author pages show of it (load/code-links.ts). A post
   * without a marker shows all of codeLinks[file]. Absent when none.
   */
  listedCodeLinks?: Record<string, CodeLinkUse[]>;
  /** What the build cannot take in the files the config bundles, customCss and clientModules (load/stylesheets.ts): a file missing, a reference to nothing; absent when none. */
  configBundledProblems?: ConfigBundledProblem[];
  /**
   * The site's files these answers were read from or looked for (a swizzled MDXComponents, a
   * component an import names), with their size and time, or size -1 where there was none: a
   * stored report holds only while they are as they were (check/stored-report.ts).
   */
  probes: FileProbe[];
}

/** A page of a blog that lists posts, each up to its truncate marker: the blog's list (`/blog`, `/blog/page/2`), a tag's (`/blog/tags/x`) or an author's (`/blog/authors/x`). */
export type BlogListKind = 'list' | 'tag' | 'author';

/** The paths and globs plugins watch (`getPathsToWatch`), relative to the site with `/`, and a fingerprint of the files they matched. */
export interface PluginInputs {
  paths: string[];
  fingerprint: string;
  /**
   * Plugins that failed to load, each with why: what they read is not known, so the settings
   * are loaded again on every run until they load (load-site.ts, cachedSettings). Absent when none.
   */
  failed?: string[];
}

/** A site-relative file as a check saw it: size and modification time, or size -1 when it was not there. */
export type FileProbe = [file: string, size: number, mtimeMs: number];
