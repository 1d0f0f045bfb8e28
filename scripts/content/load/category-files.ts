/**
 * The `_category_.json`, `.yml` and `.yaml` files of the versions' docs folders, read as
 * Docusaurus's docs plugin reads them (readCategoriesMetadata): with js-yaml 4's load, the JSON
 * files too. Docusaurus refuses one that does not parse, or that its validator refuses, and the
 * build stops; the category-file rule checks them, and the model takes generated index pages
 * from them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CategoryFile } from '../model/site.ts';
import type { VersionLayout } from './versions.ts';
import { parseYaml, topLevelKeyLines, yamlErrorOf } from '../model/front-matter.ts';

const CATEGORY_FILE = /(?:^|\/)_category_\.(?:json|ya?ml)$/;
/** A key of a JSON object, at any indentation. */
const JSON_KEY = /^\s*"((?:[^"\\]|\\.)*)"\s*:/;

export function readCategoryFiles(siteDir: string, layouts: VersionLayout[], files: string[]): CategoryFile[] {
  const found: CategoryFile[] = [];
  for (const layout of layouts) {
    for (const file of files) {
      if (!file.startsWith(`${layout.dir}/`) || !CATEGORY_FILE.test(file)) continue;
      // Docusaurus's glob, like every glob by default, does not look into folders named with a dot.
      if (file.slice(layout.dir.length + 1).split('/').some((part) => part.startsWith('.'))) continue;
      let text: string;
      try {
        text = fs.readFileSync(path.join(siteDir, file), 'utf8');
      } catch {
        continue; // gone since the listing
      }
      found.push(categoryFileOf(file, layout.name, text));
    }
  }
  return found;
}

/** One category file's reading: its data or where it stops parsing, and where its keys are. */
export function categoryFileOf(file: string, version: string, text: string): CategoryFile {
  const lines = text.split('\n');
  const keyLines = file.endsWith('.json') ? jsonKeyLines(lines) : topLevelKeyLines(lines);
  try {
    return { file, version, data: parseYaml(text), keyLines };
  } catch (error) {
    return { file, version, yamlError: yamlErrorOf(error, 0, lines.length), keyLines };
  }
}

/** 1-based line of the first `"key":` of each name: top-level keys of a pretty-printed object come first. */
function jsonKeyLines(lines: string[]): Record<string, number> {
  const keyLines: Record<string, number> = {};
  lines.forEach((line, index) => {
    const key = JSON_KEY.exec(line)?.[1];
    if (key !== undefined && !(key in keyLines)) keyLines[key] = index + 1;
  });
  return keyLines;
}
