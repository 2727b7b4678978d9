import { compileSegmentRule } from './segment-compiler';

/** A predicate over a learners alias, with its bind values numbered from the caller's offset. */
export interface AudiencePredicate {
  where: string;
  params: unknown[];
}

export interface AudienceOptions {
  /** Alias of the learners table in the caller's query; `l` by default. */
  alias?: string;
  /** Number of the first bind parameter (`$1` by default). */
  firstParam?: number;
}

// Every audience carries its own workspace scope, so a caller cannot forget it.

/** Learners of the workspace that match a rule now. */
export function dynamicAudience(workspaceId: string, rule: unknown, options: AudienceOptions = {}): AudiencePredicate {
  const alias = options.alias ?? 'l';
  const first = options.firstParam ?? 1;
  const compiled = compileSegmentRule(rule, { alias, firstParam: first + 1 });
  return { where: `(${alias}.workspace_id = $${first} AND ${compiled.where})`, params: [workspaceId, ...compiled.params] };
}

/** Learners frozen into a static segment. */
export function staticAudience(workspaceId: string, segmentId: string, options: AudienceOptions = {}): AudiencePredicate {
  const alias = options.alias ?? 'l';
  const first = options.firstParam ?? 1;
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(alias)) throw new Error(`Invalid SQL alias "${alias}"`);
  return {
    where: `(${alias}.workspace_id = $${first} AND ${alias}.id IN (SELECT seg_m.learner_id FROM segment_members seg_m WHERE seg_m.segment_id = $${first + 1}))`,
    params: [workspaceId, segmentId],
  };
}
