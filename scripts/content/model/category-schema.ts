/**
 * What Docusaurus accepts in a `_category_` file: its docs plugin's own validator
 * (validateCategoryMetadataFile), never a copy. Docusaurus stops the build at the first thing it
 * refuses in a file, and so this gives that one.
 */
import { requireDocsPluginFile } from './front-matter-schema.ts';

const SIDEBARS_VALIDATION = '@docusaurus/plugin-content-docs/lib/sidebars/validation.js';

/** Joi's first refusal: its path (`['position']`) and message. */
export interface CategoryFailure {
  path: Array<string | number>;
  message: string;
}

type Validation = { validateCategoryMetadataFile(content: unknown): unknown };
let validation: Validation | undefined;

export function categoryFailure(data: unknown): CategoryFailure | undefined {
  validation ??= requireDocsPluginFile<Validation>(SIDEBARS_VALIDATION);
  try {
    validation.validateCategoryMetadataFile(data);
    return undefined;
  } catch (error) {
    const detail = (error as { details?: Array<{ path: Array<string | number>; message: string }> }).details?.[0];
    return detail ? { path: detail.path, message: detail.message } : { path: [], message: String((error as Error).message ?? error) };
  }
}
