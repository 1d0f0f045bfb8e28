/**
 * A file written again within one tick of the file system's clock keeps its time, and at the same
 * size it looks unchanged: git calls such index entries "racily clean". The check trusts a
 * file's size and time only when its time is far enough from the start of the run that read it
 * for no such write to be possible: a write after the read (which follows the start) that keeps
 * the time must fall in the tick the time names, so the time is within a tick of the start, or
 * later. Closer files stay unconfirmed until their bytes are hashed again (load/check-cache.ts).
 * The build's unit store and its staged copy judge their files by the same rule
 * (publish/stat-record.ts, publish/stage.ts), and so does scripts/run.cjs its bundles' sources:
 * plain CommonJS, for it to require before any bundle loads.
 */

/**
 * The tick of the file system that gave a file this time. Whole seconds mean one that keeps
 * seconds (FAT ticks in 2 s); finer times tick in at most about 16 ms (Linux's coarse clock,
 * Windows' timer): 50 ms leaves room to spare.
 * @param {number} mtimeMs @returns {number}
 */
function racyWindowMs(mtimeMs) {
  return mtimeMs % 1000 === 0 ? 2000 : 50;
}

/**
 * Whether a file with this time, read by a run that started at `runStartedAt` (ms since the
 * epoch), may change without its size and time showing it.
 * @param {number} mtimeMs @param {number} runStartedAt @returns {boolean}
 */
function isRacy(mtimeMs, runStartedAt) {
  return mtimeMs >= runStartedAt - racyWindowMs(mtimeMs);
}

/**
 * A file's line in a fingerprint that trusts sizes and times: its name, size and time; for a
 * file racy to the run that read it, a line of that run's own instead, so that the fingerprint
 * matches no other run's and the next one does the work again.
 * @param {string} file @param {number} size @param {number} mtimeMs @param {number} runStartedAt @returns {string}
 */
function statStamp(file, size, mtimeMs, runStartedAt) {
  return isRacy(mtimeMs, runStartedAt) ? `${file}\0unsettled\0${runStartedAt}` : `${file}\0${size}\0${mtimeMs}`;
}

module.exports = { racyWindowMs, isRacy, statStamp };
