/**
 * Launches the system's Chromium (Debian's /usr/bin/chromium) through playwright-core. Browser
 * tests never download a browser; without one they fail and say how to get it.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The exact command that installs what the browser tests drive. */
export const CHROMIUM_INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

/** Why the browser tests cannot run here, or undefined when they can. */
export function chromiumProblem(): string | undefined {
  if (fs.existsSync(CHROMIUM_PATH)) return undefined;
  return `Chromium not found at ${CHROMIUM_PATH}. The browser tests drive the system's Chromium and never ` +
    `download one. Install it with:\n  ${CHROMIUM_INSTALL_COMMAND}\nor point CHROMIUM_PATH at a Chromium binary.`;
}

export function requireChromium(): string {
  const problem = chromiumProblem();
  if (problem) throw new Error(problem);
  return CHROMIUM_PATH;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
}
