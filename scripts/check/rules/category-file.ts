/**
 * Rule `category-file`: the `_category_` files of the docs folders, which Docusaurus reads for
 * every version (label, position, link of a sidebar category), must parse and hold what its docs
 * plugin accepts (model/category-schema.ts); one that does not stops the build. A folder with more
 * than one is a warning, as it is in Docusaurus, which reads one of them.
 */
import type { CategoryFile, Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';
import { categoryFailure } from '../../content/model/category-schema.ts';
import { categoryFolderOf } from '../../content/load/category-files.ts';

const FIELDS_HINT = 'a category file may set label, position (a number), collapsed and collapsible (true or false), className, customProps, and link ({type: generated-index} or {type: doc, id: …})';

export function checkCategoryFiles(site: Site): Problem[] {
  const byFolder = new Map<string, CategoryFile[]>();
  for (const category of site.categoryFiles ?? []) {
    const folder = categoryFolderOf(category.file);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), category]);
  }
  const problems: Problem[] = [];
  for (const categories of byFolder.values()) {
    if (categories.length > 1) {
      for (const { file } of categories) {
        problems.push({
          file, line: 1, column: 1, severity: 'warning', rule: 'category-file',
          message: `this folder has ${categories.length} category files: Docusaurus reads one of them, and which one is not defined`,
          hint: 'keep one _category_ file per folder',
        });
      }
      continue;
    }
    const problem = categoryProblem(categories[0]);
    if (problem) problems.push(problem);
  }
  return problems;
}

function categoryProblem({ file, data, yamlError, keyLines }: CategoryFile): Problem | undefined {
  if (yamlError) {
    return {
      file, line: yamlError.line, column: yamlError.column, severity: 'error', rule: 'category-file',
      message: `the category file is not valid YAML: ${yamlError.reason}`,
      hint: 'Docusaurus reads every category file as YAML, a .json one too: check quoting, commas and indentation',
    };
  }
  const failure = categoryFailure(data);
  if (!failure) return undefined;
  const key = typeof failure.path[0] === 'string' ? failure.path[0] : undefined;
  return {
    file, line: (key !== undefined ? keyLines[key] : undefined) ?? 1, column: 1, severity: 'error', rule: 'category-file',
    message: `Docusaurus refuses the category file: ${failure.message}`,
    hint: FIELDS_HINT,
  };
}
