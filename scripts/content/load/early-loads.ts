/**
 * What the model and the rules will do anyway, done while worker threads still read pages: in
 * the serial end of a check one core waits, during the reading both work, and the queue shares
 * out whatever this thread does between its chunks. That is Docusaurus's front matter schema:
 * loading it (a tenth of a second) as soon as a page has a key beyond the site's own, then
 * validating each page's front matter as its record arrives (the rule then finds the answers).
 * Reading the theme's MDX components list early the same way bought nothing measurable and was
 * left out.
 */
import type { PageRecord } from '../model/site.ts';
import { docusaurusFailures, needsDocusaurusSchema } from '../model/front-matter-schema.ts';

/** A callback for each chunk of records as it arrives (load/page-records.ts). */
export function earlyLoads(): (records: PageRecord[]) => void {
  return (records) => {
    for (const { frontMatter } of records) if (needsDocusaurusSchema(frontMatter.data)) docusaurusFailures(frontMatter.data);
  };
}
