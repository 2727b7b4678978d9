import { useMemo, useState } from 'react';
import { ruleProblemsFromError } from './api-rule-problems';
import { ATTRIBUTE_FIELD, conditionBodyPath, fromRule, type GroupNode, nodePathsWithNodes, sameJson, toRule } from './rule-model';
import { type RuleProblem, validateRule } from './rule-validation';
import { useFieldCatalog } from './use-rule-options';

/**
 * A rule being edited: the builder's model, the client's checks (the api's rules), the api's own
 * problems from the last save, and the rule as JSON when it is complete.
 */
export function useRuleDraft(initial: unknown, rootPath: string) {
  const catalog = useFieldCatalog();
  const [start] = useState(() => startFrom(initial, rootPath));
  const [model, setModelState] = useState<GroupNode>(start.model);
  // The saved rule as the builder writes it: a bare condition comes back wrapped in "all", so comparing
  // with the stored JSON itself would call an untouched rule changed.
  const [baseline, setBaseline] = useState<unknown>(start.baseline);
  const [submitted, setSubmitted] = useState(false);
  const [apiProblems, setApiProblems] = useState<RuleProblem[]>([]);

  const clientProblems = useMemo(() => (catalog.data ? validateRule(model, catalog.data, rootPath) : []), [model, catalog.data, rootPath]);
  const complete = catalog.isSuccess && clientProblems.length === 0;
  const rule = useMemo(() => toRule(model), [model]);
  const changed = useMemo(() => !sameJson(rule, baseline), [rule, baseline]);

  // Until the first save, a condition whose field is not chosen yet is not flagged: it was just added.
  const untouched = useMemo(() => {
    const paths = new Set<string>();
    for (const [path, node] of nodePathsWithNodes(model, rootPath)) {
      // Nor an attribute whose key is still to be typed or picked.
      if (node.kind === 'condition' && (!node.field || (node.field === ATTRIBUTE_FIELD && !node.attributeKey))) paths.add(`${conditionBodyPath(path, node)}.field`);
    }
    return paths;
  }, [model, rootPath]);
  const visibleClient = submitted ? clientProblems : clientProblems.filter((p) => !untouched.has(p.path));

  return {
    catalog,
    model,
    setModel: (next: GroupNode) => {
      setModelState(next);
      setApiProblems([]);
    },
    rule,
    /** Whether the rule differs from the one the draft started from (or was last reset to), read as the builder reads it. */
    changed,
    complete,
    clientProblems,
    problems: (extra: RuleProblem[] = []) => [...visibleClient, ...apiProblems, ...extra],
    /** Whether a save was tried: from then on the builder says everything that is missing. */
    submitted,
    markSubmitted: () => setSubmitted(true),
    /** Keeps the api's problems with the rule from a failed save; true when there were some. */
    takeApiError: (error: unknown): boolean => {
      const found = ruleProblemsFromError(error, rootPath);
      setApiProblems(found);
      return found.length > 0;
    },
    /** Starts again from a rule (after a save, the api's copy). */
    reset: (next: unknown) => {
      const again = startFrom(next, rootPath);
      setModelState(again.model);
      setBaseline(again.baseline);
      setApiProblems([]);
      setSubmitted(false);
    },
  };
}

/** The builder's model of a stored rule, and that rule as the builder would write it back. */
function startFrom(initial: unknown, rootPath: string): { model: GroupNode; baseline: unknown } {
  try {
    const model = fromRule(initial, rootPath);
    return { model, baseline: toRule(model) };
  } catch {
    // A stored rule the builder cannot hold (written through the api by hand): start empty; the JSON view shows why.
    return { model: fromRule(null, rootPath), baseline: initial };
  }
}
