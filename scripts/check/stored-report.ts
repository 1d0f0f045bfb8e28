/**
 * The report a check leaves in its cache: reused whole when nothing changed (check/check-site.ts),
 * or as the start of a check of the few pages that changed (check/edit-recheck.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from './problem.ts';
import type { FileProbe } from '../content/model/site.ts';
import { schemaMemo, type SchemaMemo } from '../content/model/front-matter-schema.ts';
import { contentHash } from '../content/load/content-hash.ts';
import { isRacy } from '../content/load/racy-files.cjs';

export interface StoredReport {
  problems: Problem[];
  pages: number;
  links: number;
  /**
   * Files the fingerprint does not cover, as the check saw them: partials outside the docs
   * folders, and what the MDX rules read or looked for (MdxEnvironment.probes; size -1: absent,
   * UNSETTLED: seen too close to the run, see settledProbes).
   */
  outside: FileProbe[];
  /** What the report was made from: the scan's structure, the pages' content, the options. */
  structureKey: string;
  basis: string;
  options: string;
  /** The key of the site outline made with it (check/site-outline.ts). */
  outline: string;
  /** Each page's own links, in the scan's page order: the report's count of links is their sum and the partials'. */
  pageLinks: number[];
  /** Per page, the positions of the pages whose anchors its links look for (PageLinkProblems). */
  anchorTargets: number[][];
  /** What Docusaurus's front matter schema said, for an edit checked alone (model/front-matter-schema.ts); absent when no page needed it. */
  frontMatterSchema?: SchemaMemo;
}

export function isStoredReport(value: unknown): value is StoredReport {
  const report = value as StoredReport | undefined;
  return Array.isArray(report?.problems) && typeof report.pages === 'number' && typeof report.links === 'number'
    && typeof report.structureKey === 'string' && typeof report.basis === 'string' && typeof report.options === 'string'
    && typeof report.outline === 'string' && Array.isArray(report.pageLinks) && Array.isArray(report.anchorTargets) && Array.isArray(report.outside);
}

/** The report's memo of Docusaurus's front matter schema, when this check read the schema's facts. */
export function frontMatterSchemaField(): Pick<StoredReport, 'frontMatterSchema'> {
  const memo = schemaMemo();
  return memo ? { frontMatterSchema: memo } : {};
}

/** A fingerprint of the pages' content, from their hashes in page order. */
export const basisOf = (hashes: Array<string | undefined>): string => contentHash(hashes.join('\n'));

/** File lists as positions in `files`, to store them small. */
export function positionsIn(files: string[], lists: string[][]): number[][] {
  const position = new Map(files.map((file, i) => [file, i]));
  return lists.map((list) => list.map((file) => position.get(file)!));
}

/** The size a stored probe has when its file's time did not settle it: no file has it. */
const UNSETTLED = -2;

/**
 * Probes as a stored report keeps them. A file whose time is within a tick of the start of the
 * run that saw it may have been written again since the check read it, at the same size and
 * time (load/racy-files.cjs): it is kept as UNSETTLED, which no stat matches, so the next run
 * checks again and sees it settled. Hashing it instead would not do: these stats may be taken
 * after the reads, and a hash then could be of bytes newer than the report's.
 */
export function settledProbes(probes: FileProbe[], startedAt: number): FileProbe[] {
  return probes.map((probe) => (probe[1] >= 0 && isRacy(probe[2], startedAt) ? [probe[0], UNSETTLED, probe[2]] : probe));
}

/** Whether the files the fingerprint does not cover are as they were (there, or not); never while one is unsettled. */
export function unchangedOutside(siteDir: string, report: StoredReport): boolean {
  return report.outside.every(([file, size, mtimeMs]) => {
    try {
      // Most are absent (the names a swizzled theme component could have): an error made for
      // each cost ten times the stat, 25 ms of an edit's check on elemental-docs.
      const stat = fs.statSync(path.join(siteDir, file), { throwIfNoEntry: false });
      return stat === undefined ? size === -1 : stat.size === size && stat.mtimeMs === mtimeMs;
    } catch {
      return size === -1; // a part of the path is a file
    }
  });
}

/** Two lists of files seen, as one: each file once, as `later` saw it when both did. */
export function mergeProbes(earlier: FileProbe[], later: FileProbe[]): FileProbe[] {
  return [...new Map([...earlier, ...later].map((probe) => [probe[0], probe])).values()];
}
