import { useId } from 'react';

/** Ids that tie a control to its hint and error message (aria-describedby) for Field, Select and Checkbox. */
export function useFieldIds(id: string | undefined, hint: unknown, error: string | undefined) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { controlId, hintId, errorId, describedBy };
}

export function fieldClass(kind: string, error: string | undefined, extra: string | undefined): string {
  return [kind, error ? `${kind}--invalid` : '', extra].filter(Boolean).join(' ');
}
