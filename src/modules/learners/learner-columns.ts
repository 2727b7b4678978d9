import { Learner } from './learner.entity';
import type { LearnerValues } from './learner-input';

export type LearnerColumnField = keyof LearnerValues;

/**
 * Column and SQL type of each writable learner field: the allow-list that SQL built from input may
 * name. Values themselves only ever travel as bind parameters.
 */
export const LEARNER_COLUMNS: Readonly<Record<LearnerColumnField, { column: string; type: string }>> = {
  externalId: { column: 'external_id', type: 'text' },
  email: { column: 'email', type: 'text' },
  firstName: { column: 'first_name', type: 'text' },
  lastName: { column: 'last_name', type: 'text' },
  locale: { column: 'locale', type: 'text' },
  timeZone: { column: 'time_zone', type: 'text' },
  department: { column: 'department', type: 'text' },
  jobTitle: { column: 'job_title', type: 'text' },
  site: { column: 'site', type: 'text' },
  country: { column: 'country', type: 'text' },
  managerExternalId: { column: 'manager_external_id', type: 'text' },
  hireDate: { column: 'hire_date', type: 'date' },
  attributes: { column: 'attributes', type: 'jsonb' },
  personaId: { column: 'persona_id', type: 'uuid' },
  networkHandle: { column: 'network_handle', type: 'text' },
  consentEmail: { column: 'consent_email', type: 'boolean' },
  consentNetwork: { column: 'consent_network', type: 'boolean' },
};

/** The SELECT list `toLearner` reads; the hire date as text so no time zone shifts it. */
export const LEARNER_SELECT = `l.id, l.workspace_id, l.external_id, l.email, l.first_name, l.last_name, l.locale, l.time_zone,
  l.department, l.job_title, l.site, l.country, l.manager_external_id, to_char(l.hire_date, 'YYYY-MM-DD') AS hire_date,
  l.attributes, l.persona_id, l.network_handle, l.consent_email, l.consent_network, l.unsubscribed_at, l.created_at, l.updated_at`;

export interface LearnerRow {
  id: string;
  workspace_id: string;
  external_id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  locale: string;
  time_zone: string;
  department: string | null;
  job_title: string | null;
  site: string | null;
  country: string | null;
  manager_external_id: string | null;
  hire_date: string | null;
  attributes: Record<string, unknown>;
  persona_id: string | null;
  network_handle: string | null;
  consent_email: boolean;
  consent_network: boolean;
  unsubscribed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export function toLearner(row: LearnerRow): Learner {
  return Object.assign(new Learner(), {
    id: row.id,
    workspaceId: row.workspace_id,
    externalId: row.external_id,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    locale: row.locale,
    timeZone: row.time_zone,
    department: row.department,
    jobTitle: row.job_title,
    site: row.site,
    country: row.country,
    managerExternalId: row.manager_external_id,
    hireDate: row.hire_date,
    attributes: row.attributes,
    personaId: row.persona_id,
    networkHandle: row.network_handle,
    consentEmail: row.consent_email,
    consentNetwork: row.consent_network,
    unsubscribedAt: row.unsubscribed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** A value as a bind parameter: attributes go as JSON text. */
export function toParameter(field: LearnerColumnField, value: unknown): unknown {
  return field === 'attributes' && value !== null && value !== undefined ? JSON.stringify(value) : value;
}
