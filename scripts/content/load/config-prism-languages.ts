/**
 * The classic theme's `prism.additionalLanguages`: its prism-include-languages requires
 * `prismjs/components/prism-<name>` for each, in every page's bundle. A name Prism has no file
 * for (`yml`, an alias, or a typo) builds, then every page stops in static rendering ("Cannot
 * find module './prism-yml2'"). diff68 built it with Docusaurus 3.10.2. A site that replaces
 * prism-include-languages decides for itself, and is left alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { ConfigWarning } from '../model/site.ts';
import { firstOffsetOf, positionAt, quotedSpellings } from '../model/text-position.ts';
import { editDistance } from '../model/edit-distance.ts';
import { usesClassicTheme } from './config-validation.ts';
import { replacesComponent } from './theme-components.ts';
import { docusaurusPackages } from './docusaurus-packages.ts';

export function prismLanguageProblems(config: Record<string, any>, text: string, siteDir: string): ConfigWarning[] {
  const languages = config.themeConfig?.prism?.additionalLanguages;
  if (!Array.isArray(languages) || languages.length === 0) return [];
  if (!usesClassicTheme(config) || replacesComponent(siteDir, 'prism-include-languages')) return [];
  const known = prismLanguages(siteDir);
  if (!known) return []; // Prism not installed beside the theme: the install's mistake, not the config's
  return languages.filter((name): name is string => typeof name === 'string' && !known.has(name)).map((name) => {
    const quoted = firstOffsetOf(text, quotedSpellings(name));
    const at = quoted >= 0 ? quoted : text.search(/\badditionalLanguages\b/);
    // The nearest name; among as near ones, one that starts as the name does (`yml`: yaml, not sml).
    const rank = (other: string) => editDistance(name, other) * 2 + (other[0] === name[0] ? 0 : 1);
    const near = [...known].filter((other) => editDistance(name, other) <= 2).sort((a, b) => rank(a) - rank(b))[0];
    return {
      ...positionAt(text, Math.max(0, at)),
      severity: 'error' as const,
      message: `prism.additionalLanguages names "${name}", for which Prism has no component (no prismjs/components/prism-${name}.js): every page stops in static rendering ("Cannot find module './prism-${name}'")`,
      hint: near ? `did you mean "${near}"?` : 'name a language by its Prism component\'s file name (prism-<name>.js in prismjs/components), or remove it',
    };
  });
}

/** The languages Prism has a component for, as the classic theme resolves `prismjs`; undefined when it does not. */
function prismLanguages(siteDir: string): Set<string> | undefined {
  const theme = docusaurusPackages(siteDir).themeDirs.find((dir) => path.basename(dir) === 'theme-classic');
  try {
    const manifest = createRequire(path.join(theme ?? siteDir, 'package.json')).resolve('prismjs/package.json');
    const names = fs.readdirSync(path.join(path.dirname(manifest), 'components'));
    return new Set(names.flatMap((file) => /^prism-(.+)\.js$/.exec(file)?.[1] ?? []).filter((name) => !name.endsWith('.min')));
  } catch {
    return undefined;
  }
}
