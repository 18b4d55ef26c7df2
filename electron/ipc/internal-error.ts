/**
 * What support needs from an unexpected failure (INTERNAL): which method, what was thrown, and where. The
 * person at the screen never sees this; the dispatcher gives them a sentence in their language instead.
 */
const MAX_CAUSES = 5;

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return `a thrown ${typeof error}: ${JSON.stringify(error) ?? String(error)}`;
  } catch {
    return `a thrown ${typeof error}: ${String(error)}`;
  }
}

/** One log entry: the method, the error with its stack, and each cause (a few deep) with theirs. */
export function internalErrorReport(method: string, error: unknown): string {
  const lines = [`INTERNAL error in ${method}: ${describe(error)}`];
  let cause = error instanceof Error ? error.cause : undefined;
  for (let depth = 0; cause !== undefined && depth < MAX_CAUSES; depth++) {
    lines.push(`Caused by: ${describe(cause)}`);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return lines.join('\n');
}
