/**
 * Runs first in `npm test`: what the later steps need from the machine, checked in a second
 * rather than discovered after the build. Today that is the system's Chromium for the browser tests.
 */
import { chromiumProblem } from './helpers/chromium.ts';

const problem = chromiumProblem();
if (problem) {
  process.stderr.write(`npm test: ${problem}\n`);
  process.exit(1);
}
