/**
 * The links every page renders from the config's navbar and footer (load/layout-links.ts read
 * them; rules/layout-links.ts weighs them): which the classic theme makes router links of, where
 * the config writes them, and what a writer reads when one leads nowhere.
 * (tests/site/agreement.test.ts builds each mistake with Docusaurus.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { layoutLinksOf } from '../../scripts/content/load/layout-links.ts';
import { settingsFingerprint } from '../../scripts/content/load/site-config.ts';
import { textLine } from '../../scripts/check/report.ts';
import { checkWith } from '../helpers/check-fixture.ts';

const classic = (themeConfig: unknown) => ({ presets: [['classic', {}]], themeConfig });
const read = (config: Record<string, unknown>, text = '', siteDir = '/nonexistent') =>
  layoutLinksOf(config, text, siteDir).map(({ kind, value, instance }) => `${kind} ${value}${instance === undefined ? '' : ` of ${instance}`}`);

test('layout links: router links only (no protocol, no new tab); a `to` is a path from the root, a page-relative href kept as written', () => {
  const links = read(classic({
    navbar: {
      items: [
        { to: 'guide', label: 'Relative to' },
        { href: '/faq', label: 'Absolute href' },
        { href: 'faq', label: 'Page-relative href' },
        { to: 'https://example.com', label: 'External' },
        { href: 'mailto:security@example.com', label: 'Mail' },
        { to: 'pathname:///legacy.html', label: 'Outside the router' },
        { to: '/opens-elsewhere', target: '_blank', label: 'New tab' },
        { to: '#top', label: 'This page' },
        { type: 'dropdown', label: 'More', to: '/more', items: [{ to: '/deep' }, { type: 'doc', docId: 'nested' }] },
        { type: 'docsVersionDropdown', dropdownItemsAfter: [{ to: '/versions', label: 'All versions' }] },
        { type: 'doc', docId: 'other', docsPluginId: 'community' },
        { type: 'docSidebar', sidebarId: 'api' },
        { type: 'docSidebar', sidebarId: 'guides', docsPluginId: 'community' },
        { type: 'docsVersionDropdown', docsPluginId: 'community', dropdownItemsAfter: [{ to: '/community/versions' }] },
        { type: 'search', position: 'right' },
        { type: 'html', value: '<a href="/nowhere">x</a>' },
      ],
    },
    footer: { links: [{ title: 'Docs', items: [{ to: '/a' }, { html: '<a href="/b">b</a>' }] }, { title: 'More', items: [{ href: '/c' }] }] },
  }));
  assert.deepEqual(links, ['address /', 'address /guide', 'address /faq', 'address faq', 'address /more', 'address /deep', 'doc nested', 'address /versions', 'doc other of community', 'sidebar api', 'sidebar guides of community', 'address /a', 'address /c']);
});

test('layout links: the brand links home unless the logo says where; a simple footer\'s links are its items', () => {
  assert.deepEqual(read(classic({ navbar: { logo: { src: 'logo.svg', href: '/start' } }, footer: { links: [{ to: '/a' }, { href: '/b' }], logo: { src: 'f.svg', href: '/c' } } })), ['address /start', 'address /c', 'address /a', 'address /b']);
  assert.deepEqual(read(classic({ navbar: { logo: { src: 'logo.svg', href: 'https://example.com' } } })), []);
});

test('layout links: none for another theme', () => {
  assert.deepEqual(read({ presets: [['@my/preset', {}]], themeConfig: { navbar: { items: [{ to: '/x' }] } } }), []);
  assert.deepEqual(read({ themes: ['@docusaurus/theme-classic'], themeConfig: { navbar: { items: [{ to: '/x' }] } } }), ['address /', 'address /x']);
});

test('layout links: placed at the quoted value after the navbar: or footer: key, the brand\'s home at navbar:', () => {
  const text = "module.exports = {\n  baseUrl: '/',\n  themeConfig: {\n    navbar: {\n      items: [{ to: '/' }, { type: 'doc', docId: 'intro' }],\n    },\n    footer: { links: [{ to: '/' }] },\n  },\n};\n";
  const config = classic({ navbar: { items: [{ to: '/' }, { type: 'doc', docId: 'intro' }] }, footer: { links: [{ to: '/' }] } });
  assert.deepEqual(layoutLinksOf(config, text, '/nonexistent').map(({ where, value, line, column }) => `${where} ${value} ${line}:${column}`), [
    'navbar / 4:5', 'navbar / 5:21', 'navbar intro 5:50', 'footer / 7:29',
  ]);
});

test('layout links: a swizzled component\'s links are left out, unless it wraps the theme\'s or looks the doc up as the theme does', () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'layout-links-'));
  try {
    const swizzle = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(site, 'src', 'theme', file)), { recursive: true });
      fs.writeFileSync(path.join(site, 'src', 'theme', file), text);
    };
    const config = classic({ navbar: { items: [{ type: 'doc', docId: 'intro' }, { type: 'docSidebar', sidebarId: 'api' }, { to: '/x' }] }, footer: { links: [{ to: '/y' }] } });
    swizzle('NavbarItem/DocNavbarItem.tsx', "const doc = useLayoutDoc(docId, docsPluginId);\n");
    swizzle('NavbarItem/DocSidebarNavbarItem.tsx', 'export default function Mine() { return null; }\n');
    swizzle('Footer/index.tsx', "import Footer from '@theme-original/Footer';\n");
    assert.deepEqual(read(config, '', site), ['address /', 'doc intro', 'address /x', 'address /y']);
    swizzle('Logo.tsx', 'export default function Logo() { return null; }\n');
    swizzle('Footer/index.tsx', 'export default function Footer() { return null; }\n');
    assert.deepEqual(read(config, '', site), ['doc intro', 'address /x']);
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test('layout links: the exact words a writer reads for each mistake, at the config\'s lines', async () => {
  const config = `module.exports = {
  title: 'T', url: 'https://docs.example.com', baseUrl: '/', onBrokenAnchors: 'throw',
  themeConfig: {
    navbar: {
      items: [
        { type: 'doc', docId: 'guide/instal' },
        { type: 'doc', docId: 'later' },
        { type: 'docSidebar', sidebarId: 'api' },
        { to: '/guide/install#set-up' },
        { to: '/later' },
      ],
    },
    footer: { links: [{ title: 'Docs', items: [{ to: '/guides', label: 'Guides' }] }] },
  },
  presets: [['classic', { docs: { routeBasePath: '/' } }]],
};
`;
  const { problems } = await checkWith({
    'docusaurus.config.js': config,
    'docs/guide/install.md': '---\ntitle: Install\n---\n\n## Setup\n',
    'docs/later.md': '---\ntitle: Later\ndraft: true\n---\n\nNot yet.\n',
  }, 'layout-links');
  assert.deepEqual(problems.filter(({ file }) => file === 'docusaurus.config.js').map(textLine), [
    'docusaurus.config.js:6:31: error broken-link: the navbar names the doc id "guide/instal", and the latest version, current (docs/), has no such doc: rendering stops on every page (did you mean "guide/install"? A doc id is the file\'s path in the docs folder without the extension and number prefixes, or its `id` front matter)',
    'docusaurus.config.js:7:31: warning draft-link: the navbar names "later", a draft (docs/later.md): Docusaurus leaves the item out of the published navbar (publish the page with draft: false, or remove the item until it is)',
    'docusaurus.config.js:8:42: error broken-link: the navbar names the sidebar "api", and the latest version, current (docs/), has no such sidebar: rendering stops on every page (its sidebars are "defaultSidebar")',
    'docusaurus.config.js:9:15: error broken-anchor: the navbar links to "/guide/install#set-up", and docs/guide/install.md has no heading "#set-up" (did you mean "#setup"? Heading ids are the heading text in lower case with dashes)',
    'docusaurus.config.js:10:15: error draft-link: the navbar links to draft page docs/later.md, which is not published: every page shows the navbar, and the build stops (publish the page by setting draft: false, or remove the link)',
    'docusaurus.config.js:13:54: error broken-link: the footer links to "/guides", where no page is: every page shows the footer, and the build stops (link to a page\'s address: its slug, or its path under the docs without .md)',
  ]);
});

test('layout links: a page-relative href is resolved from each page the build makes; the first page where it leads nowhere is named', async () => {
  const config = (footerItems: string, onBrokenLinks = 'throw') => `module.exports = {
  title: 'T', url: 'https://docs.example.com', baseUrl: '/', onBrokenLinks: '${onBrokenLinks}',
  themeConfig: {
    footer: { links: [{ title: 'Docs', items: [${footerItems}] }] },
  },
  presets: [['classic', { docs: { routeBasePath: '/' }, blog: false }]],
};
`;
  const pages = { 'docs/index.md': '# Home\n', 'docs/guide/install.md': '# Install\n', 'docs/guide/index.md': '# Guide\n' };
  const found = async (items: string, level?: string) => (await checkWith({ ...pages, 'docusaurus.config.js': config(items, level) }, 'layout-links')).problems.filter(({ file }) => file === 'docusaurus.config.js').map(textLine);
  // "." leads to each page's folder: "/" from the home page, "/guide/" from the guide's pages, where guide/index.md is.
  assert.deepEqual(await found("{ label: 'Here', href: '.' }"), []);
  assert.deepEqual(await found("{ label: 'Up', href: '..' }, { label: 'Install', href: 'install' }"), [
    'docusaurus.config.js:4:103: error broken-link: the footer links to "install", which on docs/index.md (/) leads to "/install", where no page is: every page shows the footer, and the build stops (write the address from the site\'s root (/docs/intro): every page shows the footer, and the build resolves a relative address from each page\'s own)',
  ]);
  assert.deepEqual(await found("{ label: 'Install', href: 'install' }", 'ignore'), [
    'docusaurus.config.js:4:74: warning broken-link: the footer links to "install", which on docs/index.md (/) leads to "/install", where no page is: every page shows the footer, and the config\'s onBrokenLinks lets the build go on (write the address from the site\'s root (/docs/intro): every page shows the footer, and the build resolves a relative address from each page\'s own)',
  ]);
  // Under warn, the build warns on the pages where it leads nowhere, not on every page.
  assert.deepEqual(await found("{ label: 'Install', href: 'install' }", 'warn'), [
    'docusaurus.config.js:4:74: warning broken-link: the footer links to "install", which on docs/index.md (/) leads to "/install", where no page is: every page shows the footer: Docusaurus warns on each page where it leads nowhere (write the address from the site\'s root (/docs/intro): every page shows the footer, and the build resolves a relative address from each page\'s own)',
  ]);
});

test('layout links: the settings\' cache key covers the navbar and footer components a site replaces, and no other', () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'layout-links-key-'));
  try {
    fs.writeFileSync(path.join(site, 'docusaurus.config.js'), "module.exports = { presets: [['classic', {}]] };\n");
    const key = () => settingsFingerprint(site, {});
    const before = key();
    fs.mkdirSync(path.join(site, 'src', 'theme', 'CodeBlock'), { recursive: true });
    fs.writeFileSync(path.join(site, 'src', 'theme', 'CodeBlock', 'index.tsx'), 'export default () => null;\n');
    assert.equal(key(), before, 'a code block is no layout component');
    fs.writeFileSync(path.join(site, 'src', 'theme', 'Footer.tsx'), 'export default () => null;\n');
    const withFooter = key();
    assert.notEqual(withFooter, before);
    fs.writeFileSync(path.join(site, 'src', 'theme', 'Footer.tsx'), "import Footer from '@theme-original/Footer';\n");
    assert.notEqual(key(), withFooter, 'its text counts too');
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
  }
});
