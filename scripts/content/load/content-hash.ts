import crypto from 'node:crypto';

/** A short, stable fingerprint of a text: the key of cached records and reports. */
export const contentHash = (content: string) => crypto.createHash('sha1').update(content).digest('base64');
