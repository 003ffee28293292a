/**
 * A random record id. Ids are stored in the clear (IndexedDB needs a readable key), so they
 * must never say what a record holds: no service names, no dates.
 */
export function newRecordId(): string {
  return crypto.randomUUID();
}
