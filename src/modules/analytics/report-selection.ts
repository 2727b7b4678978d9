import { ReportErrors } from './report.errors';
import type { DrillDimension, LearnerSelection } from './report-learners.repository';
import type { ReportStage } from './report.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID_KEYS: ReadonlySet<DrillDimension> = new Set(['step', 'persona', 'ambassador']);

export interface SelectionInput {
  stage: ReportStage;
  notStage?: ReportStage;
  dimension?: DrillDimension;
  key?: string | null;
  /** The query string's way to name the group without a value. */
  keyNull?: boolean;
}

/**
 * A drill-down's selection checked as a whole (each field alone is checked by the DTO): a group
 * needs a dimension and a key (or the null key), ids are ids, the excluded stage is another one.
 * Throws 400 naming the field.
 */
export function toSelection(input: SelectionInput): LearnerSelection {
  const { stage, notStage, dimension } = input;
  if (notStage !== undefined && notStage === stage) throw ReportErrors.invalidSelection('notStage', 'must differ from stage');
  const hasKey = input.key !== undefined && input.key !== null;
  if (!dimension) {
    if (hasKey || input.keyNull || input.key === null) throw ReportErrors.invalidSelection('dimension', 'is required with key (which breakdown the key belongs to)', 'FIELD.REQUIRED');
    return { stage, notStage };
  }
  if (hasKey && input.keyNull) throw ReportErrors.invalidSelection('keyNull', 'cannot go with key: name a group by its key, or the group without a value by keyNull=true');
  if (!hasKey && !input.keyNull && input.key !== null) throw ReportErrors.invalidSelection('key', `is required with dimension (the ${dimension} group), or keyNull=true for the group without a value`, 'FIELD.REQUIRED');
  if (!hasKey && dimension === 'ambassador') throw ReportErrors.invalidSelection('key', 'is required: every ambassador has an id');
  if (hasKey && ID_KEYS.has(dimension) && !UUID.test(input.key!)) throw ReportErrors.invalidSelection('key', `must be a ${dimension} id (a UUID)`);
  const key = hasKey ? (ID_KEYS.has(dimension) ? input.key!.toLowerCase() : input.key!) : null;
  return { stage, notStage, dimension, key };
}
