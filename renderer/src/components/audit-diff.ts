/** The fields an audited change touched, as before → after pairs in the order the caller lists its fields. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};

export function changedFields(before: unknown, after: unknown, fields: readonly string[]): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  return fields
    .filter((field) => JSON.stringify(b[field] ?? null) !== JSON.stringify(a[field] ?? null))
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
}
