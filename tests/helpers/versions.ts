/** The published docs versions as readers see them: URL prefix, dropdown label, archived or not. */
import fs from 'node:fs';
import path from 'node:path';
import { ARCHIVED_VERSIONS, versionOptions } from '../../scripts/site/versions.ts';
import { SITE_DIR } from './paths.ts';

export interface SiteVersion {
  /** 'current' for Latest, else the name in versions.json. */
  name: string;
  label: string;
  /** URL prefix without trailing slash: '' for Latest, '/2.9' for 2.9. */
  prefix: string;
  archived: boolean;
}

export function siteVersions(): SiteVersion[] {
  const file = path.join(SITE_DIR, 'versions.json');
  const names: string[] = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : [];
  const options = versionOptions(names);
  return ['current', ...names].map((name) => {
    const option = options[name];
    const prefix = option?.path ? `/${option.path}` : '';
    return {
      name,
      label: option?.label ?? name,
      prefix,
      archived: (ARCHIVED_VERSIONS as readonly string[]).includes(name),
    };
  });
}

export const olderVersions = (): SiteVersion[] => siteVersions().filter((version) => version.name !== 'current');
