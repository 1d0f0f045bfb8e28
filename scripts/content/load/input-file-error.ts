/**
 * A file the whole site depends on that cannot be read as Docusaurus reads it (`versions.json`):
 * no page can be checked without it, and the build stops at it too. Thrown by the loaders, and
 * turned into the report's one problem by the check (check/check-site.ts), so that the writer
 * gets a `file:line:col` line rather than a crash.
 */
import type { SiteSettings } from '../model/site.ts';

export class InputFileError extends Error {
  /** The settings the loader had read when it stopped, if any: the report shows how they were found. */
  settings?: SiteSettings;

  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}
