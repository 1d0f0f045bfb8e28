/** Rule `front-matter`: YAML that parses, and fields of the right types (see content/model/front-matter.ts). */
import type { Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';

export function checkFrontMatter(site: Site): Problem[] {
  return site.pages.flatMap((page) =>
    page.frontMatter.issues.map((issue) => ({ file: page.file, rule: 'front-matter' as const, ...issue })),
  );
}
