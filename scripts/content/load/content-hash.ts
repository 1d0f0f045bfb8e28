import crypto from 'node:crypto';

/**
 * A short, stable fingerprint of a text: the key of cached records and reports. Node's one-shot
 * crypto.hash (Node 20.12 and later) spares a Hash object per page, a fifth of the time on the
 * bench's pages; older Nodes take the long way, with the same result. A file's bytes hash as
 * its text does when they are valid UTF-8 (load/page-records.ts, readPageFile).
 */
export const contentHash: (content: string | Buffer) => string = typeof crypto.hash === 'function'
  ? (content) => crypto.hash('sha1', content, 'base64')
  : (content) => crypto.createHash('sha1').update(content).digest('base64');
