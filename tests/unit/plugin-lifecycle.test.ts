/**
 * Routes the site's own plugins and themes add, learned by running them as a production build
 * does (load/plugin-lifecycle.ts), and matched as Docusaurus's link check matches them
 * (model/plugin-route-match.ts). The fixture was built with Docusaurus 3.10.2, every broken-link
 * option on throw and the failing plugin taken out: the build named exactly the links this test
 * expects broken.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { problemsOf, problemsWith, reportLinesOf } from '../helpers/check-fixture.ts';
import { manyPathsMatcher, pluginRoutesOf } from '../../scripts/content/model/plugin-route-match.ts';
import { OWN_PACKAGES_WITH_ROUTES, packageNameOf, packagesOfEntries } from '../../scripts/content/load/plugin-lifecycle.ts';
import { algoliaSearchRoutes, MODELED_PACKAGES } from '../../scripts/content/load/plugin-models.ts';
import { SITE_DIR, throwawaySiteDir } from '../helpers/paths.ts';

test('links to the pages plugins add pass; a path beside them, a layout route and a dev-only plugin\'s page fail', async () => {
  assert.deepEqual(await problemsOf('plugin-lifecycle'), [
    'docs/changelog.md:1:1 warning duplicate-route', // a plugin's page at the same address
    'docs/intro.md:9:16 error broken-link', // /extra/more: below an exact route
    'docs/intro.md:9:44 error broken-link', // /plugins/git-clone: an exact route with a parameter is its path as written
    'docs/intro.md:9:76 error broken-link', // /plugins
    'docs/intro.md:9:97 error broken-link', // /guides: a layout route, no page of its own
    'docs/intro.md:9:116 error broken-link', // /preview: the plugin stays out of production builds
    'docs/intro.md:9:140 error broken-link', // /nothing
    'docs/intro.md:11:28 error broken-link', // /spec: its plugin failed, so its routes are unknown
    'docusaurus.config.js:36:7 warning config', // that plugin, at its entry
  ]);
});

test('a plugin whose content fails is named, with the first line of its error; a duplicate names the plugin', async () => {
  const lines = await reportLinesOf('plugin-lifecycle');
  assert.ok(lines.some((line) => line.includes('the check could not learn the routes the plugin failing-spec adds (the API spec is not there)')), lines.join('\n'));
  assert.ok(lines.some((line) => line.includes('address "/docs/changelog" is also the address of the page the plugin extra-routes adds')), lines.join('\n'));
});

test('a config that Docusaurus\'s validation refuses, as the check runs its plugins, is an error at the key its message names', async () => {
  const config = `module.exports = {\n  title: 'T', url: 'https://example.com', baseUrl: '/',\n  future: { experimental_faster: true },\n  presets: [['classic', { docs: { sidebarPath: false }, blog: false }]],\n  plugins: ['./src/plugins/dev-only.js'],\n};\n`;
  const problems = await problemsWith({ 'docusaurus.config.js': config, 'docs/index.md': '# Home\n' }, 'plugin-lifecycle');
  const refused = problems.filter((problem) => problem.rule === 'config' && problem.severity === 'error');
  assert.equal(refused.length, 1, JSON.stringify(problems));
  assert.equal(`${refused[0].line}:${refused[0].column}`, '3:13');
  assert.match(refused[0].message, /Docusaurus refuses this config: .*future\.experimental_faster.*renamed to `future\.faster`/);
});

test('a refusal naming a key the config does not write (`faster: true` turns on ssgWorkerThreads) is placed at the nearest key above it that it writes', async () => {
  // trpc's config: every faster flag on, the v4 flag ssgWorkerThreads needs left off.
  const config = `module.exports = {\n  title: 'T', url: 'https://example.com', baseUrl: '/',\n  // builds run faster with rspack\n  future: {\n    faster: true,\n  },\n  presets: [['classic', { docs: { sidebarPath: false }, blog: false }]],\n  plugins: ['./src/plugins/dev-only.js'],\n};\n`;
  const problems = await problemsWith({ 'docusaurus.config.js': config, 'docs/index.md': '# Home\n' }, 'plugin-lifecycle');
  const refused = problems.filter((problem) => problem.rule === 'config' && problem.severity === 'error');
  assert.equal(refused.length, 1, JSON.stringify(problems));
  assert.match(refused[0].message, /ssgWorkerThreads.*requires/);
  assert.equal(`${refused[0].line}:${refused[0].column}`, '5:5');
});

test('a plugin name that resolves to nothing stops the build: an error at its entry (a warning asking for an install when package.json names it), and the other plugins\' routes are still known', async () => {
  const config = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'plugin-lifecycle', 'docusaurus.config.js'), 'utf8').replace("    './src/plugins/dev-only.js',\n", "    './src/plugins/dev-only.js',\n    'docusaurus-plugin-not-there',\n");
  const line = config.split('\n').findIndex((text) => text.includes('docusaurus-plugin-not-there')) + 1;
  const described = (problems: Awaited<ReturnType<typeof problemsWith>>) => problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`);
  const missing = await problemsWith({ 'docusaurus.config.js': config }, 'plugin-lifecycle');
  const baseline = await problemsWith({}, 'plugin-lifecycle');
  const refused = missing.filter((p) => p.rule === 'config' && p.message.includes('docusaurus-plugin-not-there'));
  assert.deepEqual(described(refused), [`docusaurus.config.js:${line}:6 error config`]);
  assert.equal(refused[0].message, 'Docusaurus cannot resolve the plugin "docusaurus-plugin-not-there", and the build stops before it starts');
  // The plugins beside it still run: every link is judged as before.
  assert.deepEqual(described(missing.filter((p) => p.rule === 'broken-link')), described(baseline.filter((p) => p.rule === 'broken-link')));
  const declared = await problemsWith({ 'docusaurus.config.js': config, 'package.json': JSON.stringify({ name: 'site', devDependencies: { 'docusaurus-plugin-not-there': '^1.0.0' } }) }, 'plugin-lifecycle');
  assert.deepEqual(described(declared.filter((p) => p.rule === 'config' && p.message.includes('docusaurus-plugin-not-there'))), [`docusaurus.config.js:${line}:6 warning config`]);
});

test('leaf routes only, without the 404 route or the baseUrl, each once', () => {
  const added = [
    { plugin: 'p', route: { path: '/base/extra', exact: true } },
    { plugin: 'p', route: { path: '/base/extra', exact: true } },
    { plugin: 'p', route: { path: '/base/guides', routes: [{ path: '/base/guides/one', exact: true }, { path: '/base/guides/two', exact: true, strict: true }] } },
    { plugin: 'q', route: { path: '*' } },
    { plugin: 'q', route: { path: '/elsewhere', exact: true } },
    { plugin: 'q', route: { path: '/base/api' } },
  ];
  assert.deepEqual(pluginRoutesOf(added, '/base/'), [
    { path: '/extra', plugin: 'p', exact: true },
    { path: '/guides/one', plugin: 'p', exact: true },
    { path: '/guides/two', plugin: 'p', exact: true, strict: true },
    { path: '/api', plugin: 'q' },
  ]);
});

test('a route that is not exact answers the paths below it, parameters matched; an exact one none', () => {
  const match = manyPathsMatcher([{ path: '/api', plugin: 'redoc' }, { path: '/u/:id/posts', plugin: 'p' }, { path: '/exact', plugin: 'p', exact: true }])!;
  assert.equal(match('/api')?.plugin, 'redoc');
  assert.equal(match('/api/v1/users')?.plugin, 'redoc');
  assert.equal(match('/apiary'), undefined);
  assert.equal(match('/u/7/posts/today')?.plugin, 'p');
  assert.equal(match('/u/posts'), undefined);
  assert.equal(match('/exact/below'), undefined);
  assert.equal(manyPathsMatcher([{ path: '/only', plugin: 'p', exact: true }]), undefined);
});

test('a file\'s package is its last node_modules folder\'s; a file of the site has none', () => {
  assert.equal(packageNameOf('/s/node_modules/@docusaurus/theme-classic/lib/index.js'), '@docusaurus/theme-classic');
  assert.equal(packageNameOf('/s/node_modules/a/node_modules/b-plugin/dist/index.js'), 'b-plugin');
  assert.equal(packageNameOf('/s/src/plugins/local.js'), undefined);
});

test('of the installed @docusaurus packages, only the content plugins and those named here add routes', () => {
  // The check leaves Docusaurus's other packages unrun: an upgrade that gives one a route must fail here.
  const scope = path.join(SITE_DIR, 'node_modules', '@docusaurus');
  const adding = fs.readdirSync(scope).filter((name) => {
    const lib = path.join(scope, name, 'lib');
    if (!fs.existsSync(lib)) return false;
    return (fs.readdirSync(lib, { recursive: true }) as string[]).some((file) => file.endsWith('.js') && fs.readFileSync(path.join(lib, file), 'utf8').includes('addRoute('));
  }).map((name) => `@docusaurus/${name}`);
  const content = ['@docusaurus/plugin-content-blog', '@docusaurus/plugin-content-docs', '@docusaurus/plugin-content-pages'];
  assert.deepEqual(adding.filter((name) => name !== '@docusaurus/core' && !content.includes(name)).sort(), [...OWN_PACKAGES_WITH_ROUTES].filter((name) => adding.includes(name)).sort());
  assert.ok(adding.includes('@docusaurus/plugin-debug'), 'the debug plugin is installed and adds routes');
});

const classic = (themeConfig: string) => `module.exports = {\n  title: 'T', url: 'https://example.com', baseUrl: '/',\n  themeConfig: ${themeConfig},\n  presets: [['classic', { docs: { routeBasePath: '/' }, blog: false }]],\n};\n`;
const searchLink = { 'docs/index.md': '---\nslug: /\n---\n\n# Home\n\n[Search](/search) the docs.\n' };
const linkProblems = async (themeConfig: string) => (await problemsWith({ ...searchLink, 'docusaurus.config.js': classic(themeConfig) }, 'plugin-lifecycle')).filter(({ file, rule }) => file === 'docs/index.md' && rule === 'broken-link').map(({ line, column }) => `${line}:${column}`);

test('the Algolia theme that preset-classic turns on has its search page; without it, or with searchPagePath false, none', async () => {
  const algolia = (more: string) => `{ algolia: { appId: 'A', apiKey: 'k', indexName: 'docs'${more} } }`;
  assert.deepEqual(await linkProblems(algolia('')), []);
  assert.deepEqual(await linkProblems('{}'), ['7:1']);
  assert.deepEqual(await linkProblems(algolia(', searchPagePath: false')), ['7:1']);
});

test('the Algolia theme\'s search page, modeled, is the one its own contentLoaded adds', async () => {
  const theme = (await import('@docusaurus/theme-search-algolia')).default as unknown as (context: object) => { name: string; contentLoaded(args: object): void };
  for (const searchPagePath of [undefined, 'search', 'find/', '/lookup', false, null]) {
    const algolia = { appId: 'A', apiKey: 'k', indexName: 'docs', ...(searchPagePath === undefined ? {} : { searchPagePath }) };
    const added: Array<{ path: string; exact?: boolean }> = [];
    // Docusaurus validates the theme's config first: searchPagePath defaults to 'search'.
    const plugin = theme({ baseUrl: '/', siteConfig: { themeConfig: { algolia: { searchPagePath: 'search', ...algolia } } }, i18n: { currentLocale: 'en' } });
    plugin.contentLoaded({ actions: { addRoute: (route: { path: string; exact?: boolean }) => added.push(route) } });
    assert.deepEqual(algoliaSearchRoutes(algolia, plugin.name), pluginRoutesOf(added.map((route) => ({ plugin: plugin.name, route })), '/'), String(searchPagePath));
  }
});

test('each modeled plugin\'s routes are the ones its own contentLoaded adds, whatever its options, and it has no other lifecycle', async () => {
  const { normalizePluginOptions } = await import('@docusaurus/utils-validation');
  for (const [name, routes] of MODELED_PACKAGES) {
    const module = (await import(name)) as unknown as { default: (context: object, options: object) => Record<string, any>; validateOptions(args: object): object };
    for (const [baseUrl, written] of [['/', {}], ['/base/', { docsRouteBasePath: '/', hashed: 'filename', explicitSearchResultPath: true }], ['/', { hashed: true, indexBlog: false, indexPages: true, searchResultLimits: 3 }]] as const) {
      const siteDir = throwawaySiteDir('modeled-plugin-');
      try {
        fs.mkdirSync(path.join(siteDir, 'docs'));
        fs.writeFileSync(path.join(siteDir, 'docs', 'index.md'), '# Home\n');
        const context = { siteDir, baseUrl, generatedFilesDir: path.join(siteDir, '.docusaurus'), siteConfig: { baseUrl, themeConfig: {} }, i18n: { currentLocale: 'en', locales: ['en'], defaultLocale: 'en' } };
        const plugin = module.default(context, module.validateOptions({ validate: normalizePluginOptions, options: written }));
        assert.equal(plugin.loadContent, undefined, `${name}: content of its own`);
        assert.equal(plugin.allContentLoaded, undefined, `${name}: a lifecycle the model does not know`);
        const added: Array<{ path: string; exact?: boolean }> = [];
        await plugin.contentLoaded({ content: undefined, actions: { addRoute: (route: { path: string; exact?: boolean }) => added.push(route) } });
        assert.deepEqual(pluginRoutesOf(added.map((route) => ({ plugin: plugin.name, route })), baseUrl), routes, `${name} at ${baseUrl} with ${JSON.stringify(written)}`);
      } finally {
        fs.rmSync(siteDir, { recursive: true, force: true });
      }
    }
  }
});

test('a modeled plugin\'s page is known whether it is modeled or run', async () => {
  const config = `module.exports = {\n  title: 'T', url: 'https://example.com', baseUrl: '/',\n  presets: [['classic', { docs: { routeBasePath: '/' }, blog: false }]],\n  themes: [['@easyops-cn/docusaurus-search-local', { docsRouteBasePath: '/' }]],\n};\n`;
  const pages = { 'docusaurus.config.js': config, 'docs/index.md': '---\nslug: /\n---\n\n# Home\n\n[Search](/search) the docs, [not here](/search/more).\n' };
  const brokenLinks = async () => (await problemsWith(pages)).filter(({ rule }) => rule === 'broken-link' || rule === 'config').map(({ line, column, rule }) => `${line}:${column} ${rule}`);
  assert.deepEqual(await brokenLinks(), ['7:29 broken-link']);
  process.env.FAQ_CHECK_WITHOUT = 'plugin-models'; // the plugin is made and run
  try {
    assert.deepEqual(await brokenLinks(), ['7:29 broken-link']);
  } finally {
    delete process.env.FAQ_CHECK_WITHOUT;
  }
});

test('jiti\'s Babel loads only when a plugin needs it: a CommonJS plugin is made without it, a TypeScript one new to jiti\'s cache with it', () => {
  const siteDir = throwawaySiteDir('babel-on-demand-');
  try {
    const plugin = (name: string) => `{ name: '${name}', async contentLoaded({ actions }) { actions.addRoute({ path: '/${name}', component: '@theme/NotFound', exact: true }); } }`;
    fs.writeFileSync(path.join(siteDir, 'plain.js'), `module.exports = () => (${plugin('plain')});\n`);
    // A new text each run, so that jiti's cache cannot answer: jiti must transpile it.
    fs.writeFileSync(path.join(siteDir, 'typed.ts'), `// ${path.basename(siteDir)}\nconst name: string = 'typed';\nexport default function typed(): object { return ${plugin('typed').replace("'typed'", 'name')}; }\n`);
    const config = (entry: string) => `{ title: 'T', url: 'https://example.com', baseUrl: '/', presets: [['classic', { docs: false, blog: false, pages: false }]], plugins: ['./${entry}'] }`;
    const child = `
      const { pluginLifecycleRoutes } = require(${JSON.stringify(path.join(SITE_DIR, 'scripts', 'content', 'load', 'plugin-lifecycle.ts'))});
      const loaded = () => Object.keys(require.cache).filter((file) => /jiti[\\\\/]dist[\\\\/]babel\\.js$/.test(file)).length;
      (async () => {
        const configFile = ${JSON.stringify(path.join(siteDir, 'docusaurus.config.js'))};
        const coreDir = ${JSON.stringify(path.join(SITE_DIR, 'node_modules', '@docusaurus', 'core'))};
        const plain = await pluginLifecycleRoutes(${config('plain.js')}, configFile, ${JSON.stringify(siteDir)}, coreDir);
        const afterPlain = loaded();
        const typed = await pluginLifecycleRoutes(${config('typed.ts')}, configFile, ${JSON.stringify(siteDir)}, coreDir);
        console.log(JSON.stringify({ plain: plain.routes.map(({ path }) => path), afterPlain, typed: typed.routes.map(({ path }) => path), afterTyped: loaded(), failures: [...plain.failures, ...typed.failures] }));
      })();`;
    const run = (env: NodeJS.ProcessEnv) => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '-e', child], { cwd: SITE_DIR, encoding: 'utf8', env }));
    assert.deepEqual(run(process.env), { plain: ['/plain'], afterPlain: 0, typed: ['/typed'], afterTyped: 1, failures: [] });
    // Switched off, Babel loads with the first jiti, as Docusaurus alone loads it.
    assert.deepEqual(run({ ...process.env, FAQ_CHECK_WITHOUT: 'lazy-babel' }), { plain: ['/plain'], afterPlain: 1, typed: ['/typed'], afterTyped: 1, failures: [] });
  } finally {
    fs.rmSync(siteDir, { recursive: true, force: true });
  }
});

test('which packages a config\'s entries are: Docusaurus\'s preset asked, the site\'s own files as none', () => {
  const configFile = path.join(SITE_DIR, 'docusaurus.config.js');
  const coreDir = path.join(SITE_DIR, 'node_modules', '@docusaurus', 'core');
  const config = { presets: [['classic', { blog: false }]], themes: ['@docusaurus/plugin-client-redirects'], plugins: ['./src/plugins/faq/remark-faq.ts', () => ({ name: 'inline' })] };
  const { packages, unsure } = packagesOfEntries(config, configFile, coreDir);
  assert.equal(unsure, false);
  assert.ok(packages.has('@docusaurus/plugin-content-docs') && packages.has('@docusaurus/theme-classic') && packages.has('@docusaurus/plugin-client-redirects'));
  assert.ok(!packages.has('@docusaurus/plugin-content-blog') && !packages.has('@docusaurus/plugin-debug'), [...packages].join(', '));
  assert.ok(packages.has(undefined), 'the site\'s own file and the function');
  assert.equal(packagesOfEntries({ presets: ['./no-such-preset'] }, configFile, coreDir).unsure, true);
  assert.ok(packagesOfEntries({ presets: [['classic', { debug: true }]] }, configFile, coreDir).packages.has('@docusaurus/plugin-debug'));
});
