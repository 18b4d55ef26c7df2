/** The service's refusal of a plan, field by field: each field finds its own message by the input's path. */
import type { TFunction } from 'i18next';
import { failureIssues, issueText } from '../../../components/ErrorMessage';

export type IssueOf = (path: string) => string | undefined;

export function issuesOf(t: TFunction, error: unknown): IssueOf {
  const byPath = new Map<string, string>();
  for (const issue of failureIssues(error)) {
    const text = issueText(t, issue.message);
    if (text && !byPath.has(issue.path)) byPath.set(issue.path, text);
  }
  return (path) => byPath.get(path);
}
