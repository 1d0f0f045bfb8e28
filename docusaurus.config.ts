import fs from 'node:fs';
import path from 'node:path';
import { themes as prismThemes } from 'prism-react-renderer';
import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type { PluginOptions as SearchOptions } from '@easyops-cn/docusaurus-search-local';
import { weightSidebarItemsGenerator } from './scripts/site/sidebar-items-generator.ts';
import { ARCHIVED_VERSIONS, versionOptions } from './scripts/site/versions.ts';
import { stagedSiteVcs } from './scripts/site/vcs.ts';
import remarkFaq, { QUESTIONS_HEADING_CLASS, type RemarkFaqOptions } from './src/plugins/faq/remark-faq.ts';
import type { UnitData } from './src/theme/VersionUnits/unit-routes.ts';

// ---- Environment flags -------------------------------------------------------------------
/** Where the site is published; a fork on GitHub Pages sets both (e.g. BASE_URL=/repo/). */
const SITE_URL = process.env.SITE_URL || 'https://ranchermanager.docs.rancher.com';
const BASE_URL = process.env.BASE_URL || '/';
/** Set by scripts/build.ts when building the staged copy without drafts: the writer's checkout. */
const STAGED_FROM = process.env.FAQ_STAGED_FROM;
/** FAQ_FASTER=false turns Docusaurus Faster off, for the build benchmark's side-by-side runs. */
const FASTER = process.env.FAQ_FASTER !== 'false';
/** Where "Edit this page" sends writers. */
const EDIT_URL = process.env.EDIT_URL || 'https://github.com/rancher/rancher-docs/edit/main/';
/**
 * Set by scripts/publish/build-unit.ts: build one docs version alone (`current` or a name from
 * versions.json), at its final URL, as one unit of `npm run build` (see README, "Version units").
 * Unset: every version in one build, as `npm start` and plain `docusaurus build` do.
 */
const UNIT = process.env.FAQ_UNIT || undefined;
/** With FAQ_UNIT: a JSON file (UnitData) saying what this unit knows about the other versions. */
const UNIT_DATA_FILE = process.env.FAQ_UNIT_DATA;

const siteDir = __dirname;
const versionNames: string[] = fs.existsSync(path.join(siteDir, 'versions.json'))
  ? JSON.parse(fs.readFileSync(path.join(siteDir, 'versions.json'), 'utf8'))
  : [];
const unitData: UnitData | undefined = UNIT && UNIT_DATA_FILE ? JSON.parse(fs.readFileSync(UNIT_DATA_FILE, 'utf8')) : undefined;
if (UNIT && !unitData) throw new Error('FAQ_UNIT is set but FAQ_UNIT_DATA does not name a unit data file');
const isOlderUnit = UNIT !== undefined && UNIT !== 'current';
/** The docs folder a unit reads (the search index's hash is taken over it). */
const unitDocsDir = isOlderUnit ? `versioned_docs/version-${UNIT}` : 'docs';

// ---- Blocks ------------------------------------------------------------------------------
/** FAQ pages (docs under faq/ in every version): copy-link buttons and FAQPage JSON-LD. */
const faqOptions = { sectionDir: 'faq' } satisfies RemarkFaqOptions;

const docsOptions = {
  routeBasePath: '/',
  path: 'docs',
  sidebarPath: './sidebars.ts',
  sidebarItemsGenerator: weightSidebarItemsGenerator,
  lastVersion: 'current',
  versions: versionOptions(versionNames),
  // A unit: its one version is the "last" one (the plugin requires lastVersion among the
  // included versions), at the path versionOptions gives it, so its URLs are the final ones.
  ...(UNIT ? { lastVersion: UNIT, onlyIncludeVersions: [UNIT] } : {}),
  editUrl: EDIT_URL,
  showLastUpdateTime: true,
  remarkPlugins: [[remarkFaq, faqOptions]],
} satisfies Preset.Options['docs'];

const presetOptions = {
  docs: docsOptions,
  blog: false,
  // Home page, 404 and search page come from the Latest unit; older units leave src/pages out.
  pages: isOlderUnit ? false : {},
  theme: { customCss: './src/css/custom.css' },
  sitemap: {
    // noIndex versions are left out by the plugin already; the pattern makes it explicit.
    ignorePatterns: ARCHIVED_VERSIONS.map((name) => `${BASE_URL}${name}/**`),
  },
} satisfies Preset.Options;

/** Offline search: one index per docs version, built from the production HTML (so no drafts). */
const searchOptions = {
  docsRouteBasePath: '/',
  indexBlog: false,
  indexPages: false,
  language: 'en',
  // Archived versions are noindex for search engines, but readers of them still need search.
  forceIgnoreNoIndex: true,
  // The index file name changes with the content, so hosts can cache it for ever.
  hashed: 'filename',
  docsDir: UNIT ? [unitDocsDir] : ['docs', 'versioned_docs'],
  // A unit's index is found by other units' pages (the search page comes from Latest), which
  // cannot know its hash: the name stays search-index.json and the hash goes in the query.
  ...(UNIT ? { hashed: true } : {}),
  explicitSearchResultPath: true,
  ignoreCssSelectors: ['.copy-link-button', '.copy-link-status', `.${QUESTIONS_HEADING_CLASS}`],
} satisfies SearchOptions;

const themeConfig = {
  navbar: {
    title: 'Rancher Manager',
    logo: { alt: 'Rancher Manager logo', src: 'img/logo.svg' },
    items: [
      { type: 'doc', docId: 'faq/security', label: 'Security FAQ', position: 'left' },
      { type: 'doc', docId: 'reference-guides/rancher-security/rancher-security', label: 'Security', position: 'left' },
      { type: 'docsVersionDropdown', position: 'right' },
    ],
  },
  footer: {
    style: 'dark',
    copyright: `Security FAQ for Rancher Manager. Built with Docusaurus.`,
  },
  prism: { theme: prismThemes.github, darkTheme: prismThemes.dracula },
  colorMode: { respectPrefersColorScheme: true },
} satisfies Preset.ThemeConfig;

const config = {
  title: 'Rancher Manager Security',
  tagline: 'Security FAQ and the Security section of the Rancher Manager docs',
  favicon: 'img/favicon.svg',
  url: SITE_URL,
  baseUrl: BASE_URL.endsWith('/') ? BASE_URL : `${BASE_URL}/`,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
    // Writers use Hugo's `## Heading {#custom-id}`; future.v4 would otherwise read `{…}` as MDX.
    mdx1Compat: { comments: true, admonitions: true, headingIds: true },
  },
  future: {
    v4: true,
    faster: FASTER,
    ...(STAGED_FROM ? { experimental_vcs: stagedSiteVcs(STAGED_FROM) } : {}),
  },
  i18n: { defaultLocale: 'en', locales: ['en'] },
  presets: [['classic', presetOptions]],
  themes: [['@easyops-cn/docusaurus-search-local', searchOptions]],
  plugins: [
    // The writers' check in `npm start`: problems print in the terminal on every change.
    './src/plugins/writers-check/index.ts',
    // PostCSS gets its plugins inline: no search for a config file per CSS file.
    './src/plugins/postcss-inline-config/index.ts',
  ],
  // A unit's client router knows only its own routes: links into other units load a full page.
  clientModules: UNIT ? ['./src/theme/VersionUnits/cross-unit-navigation.ts'] : [],
  customFields: unitData ? { faqUnit: unitData } : {},
  themeConfig: isOlderUnit
    ? // The home page is in the Latest unit: a plain link, not a client-side route.
      { ...themeConfig, navbar: { ...themeConfig.navbar, logo: { ...themeConfig.navbar.logo, href: 'pathname:///', target: '_self' } } }
    : themeConfig,
} satisfies Config;

export default config;
