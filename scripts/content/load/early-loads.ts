/**
 * What the model and the rules will load or work out anyway, done while worker threads still
 * read pages: in the serial end of a check one core waits, during the reading both work. That
 * is Docusaurus's front matter schema (a tenth of a second to load), as soon as a page has a key
 * beyond the site's own (real sites checked 6.5% faster, BENCHMARKS.md); and its verdict on each
 * front matter, which the front-matter rule asks for (0.1 s of the bench's serial end). Reading
 * the theme's MDX components list early the same way bought nothing measurable and was left out.
 */
import type { PageRecord } from '../model/site.ts';
import { docusaurusFailures, loadDocusaurusSchema, needsDocusaurusSchema } from '../model/front-matter-schema.ts';

/** A callback for each chunk of records as it arrives (load/page-records.ts). */
export function earlyLoads(): (records: PageRecord[]) => void {
  let schemaLoaded = false;
  return (records) => {
    if (!schemaLoaded && records.some((record) => needsDocusaurusSchema(record.frontMatter.data))) {
      loadDocusaurusSchema();
      schemaLoaded = true;
    }
    if (schemaLoaded) for (const { frontMatter } of records) if (!frontMatter.yamlError) docusaurusFailures(frontMatter.data);
  };
}
