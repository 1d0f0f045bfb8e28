/**
 * What the model and the rules will load anyway, loaded while worker threads still read pages:
 * in the serial end of a check one core waits, during the reading both work. That is
 * Docusaurus's front matter schema (a tenth of a second or two to load), as soon as a page has
 * a key beyond the site's own. Real sites checked 6.5% faster (BENCHMARKS.md). Reading the
 * theme's MDX components list early the same way bought nothing measurable and was left out.
 */
import type { PageRecord } from '../model/site.ts';
import { loadDocusaurusSchema, needsDocusaurusSchema } from '../model/front-matter-schema.ts';

/** A callback for each chunk of records as it arrives (load/page-records.ts). */
export function earlyLoads(): (records: PageRecord[]) => void {
  let schemaLoaded = false;
  return (records) => {
    if (!schemaLoaded && records.some((record) => needsDocusaurusSchema(record.frontMatter.data))) {
      loadDocusaurusSchema();
      schemaLoaded = true;
    }
  };
}
