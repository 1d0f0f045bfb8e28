/**
 * Docusaurus hands postcss-loader its PostCSS plugins inline. Unless told `config: false`, the
 * loader also looks for a postcss.config.* file in the folder of every CSS file and each folder
 * above it, for each build. This site has no such file, and the search cost one to two seconds of
 * each version unit's main thread (BENCHMARKS.md, "Build by version units", run 7).
 */
import type { Plugin } from '@docusaurus/types';

export default function postcssInlineConfigPlugin(): Plugin {
  return {
    name: 'postcss-inline-config',
    configurePostCss(options) {
      return { ...options, config: false };
    },
  };
}
