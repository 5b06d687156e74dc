// The sha256 of a normalised spec (or a part of one): what spec hashes and scrape hashes are.
import { createHash } from 'node:crypto';

/** Hash of the normalised content, with keys in a fixed order and no locations. */
export function hashOf(body: object): string {
  const canonical = JSON.stringify(body, (key, value: unknown) => {
    if (key === 'location') return undefined;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return value;
  });
  return createHash('sha256').update(canonical).digest('hex');
}
