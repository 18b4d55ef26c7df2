/**
 * The file forms of the pure rules (`minga rules vote`, `minga pay simulate --scenario`, …): one JSON
 * object in gives one JSON object out, an array in gives an array out in the same order. A refused input
 * is a CliFailure naming its place in the array, so nothing is printed for a batch with a bad item.
 */
import { CliFailure, EXIT } from './env';

export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliFailure(`${what} is not valid JSON: ${(error as Error).message}`, EXIT.failed);
  }
}

/** Answers each item with `answer`; a thrown Error refuses the whole input with the item's index. */
export function answerEach(input: unknown, answer: (item: unknown) => unknown): unknown {
  if (!Array.isArray(input)) return answerOne(input, answer, null);
  return input.map((item, index) => answerOne(item, answer, index));
}

function answerOne(item: unknown, answer: (item: unknown) => unknown, index: number | null): unknown {
  try {
    return answer(item);
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    const where = index === null ? '' : `item ${index + 1}: `;
    throw new CliFailure(`${where}${error instanceof Error ? error.message : String(error)}`, EXIT.failed);
  }
}

/** Pretty JSON for a person, one line for `--json`, which scripts read. */
export function printJson(out: (line: string) => void, value: unknown, compact: boolean): void {
  out(compact ? JSON.stringify(value) : JSON.stringify(value, null, 2));
}
