import { isApiError } from '../../api/api-error';
import type { RuleProblem } from './rule-validation';

/** The api's problems with a rule (`details[].path` under `rootPath`), to show at their conditions. */
export function ruleProblemsFromError(error: unknown, rootPath: string): RuleProblem[] {
  if (!isApiError(error)) return [];
  return error.details.filter((d) => d.path === rootPath || d.path.startsWith(`${rootPath}.`) || d.path.startsWith(`${rootPath}[`));
}

/** Whether the api's error is about the rule itself (shown in the builder rather than as a form error). */
export const isRuleError = (error: unknown, rootPath: string): boolean =>
  isApiError(error) && ruleProblemsFromError(error, rootPath).length > 0 && ruleProblemsFromError(error, rootPath).length === error.details.length;
