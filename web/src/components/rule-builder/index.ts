export { RuleBuilder, type RuleBuilderProps } from './rule-builder';
export { emptyCondition, emptyGroup, fromRule, sameJson, toRule, type GroupNode, type FieldCatalog } from './rule-model';
export { validateRule, type RuleProblem } from './rule-validation';
export { ruleProblemsFromError, isRuleError } from './api-rule-problems';
export { useFieldCatalog } from './use-rule-options';
export { useRuleDraft } from './use-rule-draft';
