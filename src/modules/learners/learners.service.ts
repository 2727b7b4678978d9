import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { isUuid } from '../../common/http/parse-id.pipe';
import { decodeCursor, type CursorPosition, type Page, toPage } from '../../common/pagination/cursor';
import { DomainError } from '../../common/errors/domain-error';
import { TimeZones } from '../../infrastructure/database/time-zones';
import { ATTRIBUTE_KEY } from '../segments/segment-fields';
import { WorkspacesService } from '../workspaces/workspaces.service';
import type { Learner } from './learner.entity';
import { canonicalLocale, type LearnerInput, type LearnerValues, normaliseLearnerInput } from './learner-input';
import { LearnerErrors } from './learners.errors';
import { type CountedFacet, type LearnerFilters, LearnersRepository, type UpsertOutcome } from './learners.repository';

export const DEFAULT_PAGE_SIZE = 50;
/** Values listed per facet: enough for a filter menu, bounded however varied the data. */
export const FACET_VALUES = 200;
const CURSOR_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Learners read to list attribute keys: the newest that have attributes. */
export const ATTRIBUTE_KEY_SAMPLE = 20_000;
const ATTRIBUTE_KEYS_LISTED = 200;
const ATTRIBUTE_EXAMPLES = 5;

export interface AttributeKeys {
  keys: Array<{ key: string; count: number; distinctValues: number; examples: Array<{ value: string; count: number }> }>;
  sampledLearners: number;
  complete: boolean;
}

export interface FacetValue {
  value: string;
  count?: number;
  label?: string;
}

export type LearnerFacets = Record<CountedFacet | 'personaId', FacetValue[]>;

export interface ListLearnersOptions extends LearnerFilters {
  limit?: number;
  cursor?: string;
}

@Injectable()
export class LearnersService {
  constructor(
    private readonly repository: LearnersRepository,
    private readonly workspaces: WorkspacesService,
    private readonly zones: TimeZones,
  ) {}

  /** Creates the learner, or updates the one with the same externalId (only the fields given). */
  async upsert(workspaceId: string, input: LearnerInput): Promise<{ learner: Learner; outcome: UpsertOutcome }> {
    const values = await this.validate(workspaceId, input, ['externalId', 'email']);
    const workspace = await this.workspaces.getWorkspace(workspaceId);
    const { id, outcome } = await this.writing(values, () =>
      this.repository.upsert(workspaceId, values as LearnerValues & { externalId: string; email: string }, {
        locale: workspace.defaultLocale,
        timeZone: workspace.timeZone,
      }),
    );
    return { learner: await this.get(workspaceId, id), outcome };
  }

  async get(workspaceId: string, id: string): Promise<Learner> {
    const learner = await this.repository.findById(workspaceId, id);
    if (!learner) throw LearnerErrors.notFound();
    return learner;
  }

  async list(workspaceId: string, options: ListLearnersOptions): Promise<Page<Learner>> {
    const limit = options.limit ?? DEFAULT_PAGE_SIZE;
    const after = options.cursor === undefined ? undefined : parseCursor(options.cursor);
    const rows = await this.repository.list(workspaceId, normaliseFilters(options), limit + 1, after);
    return toPage(
      rows,
      limit,
      (row) => ({ key: row.cursorKey, id: row.learner.id }),
      (row) => row.learner,
    );
  }

  /** How many learners match the filters of `list` (asked apart, so the first page never waits for it). */
  count(workspaceId: string, filters: LearnerFilters): Promise<number> {
    return this.repository.count(workspaceId, normaliseFilters(filters));
  }

  /**
   * What the learners list can be filtered by: the values department, site, country and locale hold,
   * with how many learners hold each, most first (at most `FACET_VALUES` per field); and the
   * workspace's personas by name, without counts (counting them would read every learner).
   */
  async facets(workspaceId: string): Promise<LearnerFacets> {
    const [facets, personas, counts] = await Promise.all([
      this.repository.facets(workspaceId, FACET_VALUES),
      this.repository.personaOptions(workspaceId, FACET_VALUES),
      this.repository.personaCounts(workspaceId),
    ]);
    return { ...facets, personaId: personas.map((p) => ({ value: p.id, label: p.name, count: counts.get(p.id) ?? 0 })) };
  }

  /** The attribute keys learners hold (from a bounded sample of the newest), for rule builders. */
  async attributeKeys(workspaceId: string): Promise<AttributeKeys> {
    const { sampled, keys } = await this.repository.attributeKeys(workspaceId, {
      sample: ATTRIBUTE_KEY_SAMPLE,
      maxKeys: ATTRIBUTE_KEYS_LISTED,
      examplesPerKey: ATTRIBUTE_EXAMPLES,
      keyPattern: ATTRIBUTE_KEY.source,
    });
    return { keys, sampledLearners: sampled, complete: sampled < ATTRIBUTE_KEY_SAMPLE };
  }

  /**
   * The zones learners hold that PostgreSQL does not know (written before zones were checked
   * against it, or dropped by a PostgreSQL upgrade), with how many learners hold each, most first.
   */
  async findUnknownLearnerZones(workspaceId: string): Promise<Array<{ zone: string; count: number }>> {
    const zones = await this.repository.countByZone(workspaceId);
    return zones.filter(({ zone }) => !this.zones.isKnown(zone)).sort((a, b) => b.count - a.count || a.zone.localeCompare(b.zone));
  }

  async update(workspaceId: string, id: string, input: LearnerInput): Promise<Learner> {
    const values = await this.validate(workspaceId, input, []);
    await this.writing(values, () => this.repository.update(workspaceId, id, values));
    // An absent learner (or one of another workspace) is a 404 here.
    return this.get(workspaceId, id);
  }

  /** Erases the learner: the row goes, with its enrolments and static segment memberships. */
  async remove(workspaceId: string, id: string): Promise<void> {
    if (!(await this.repository.delete(workspaceId, id))) throw LearnerErrors.notFound();
  }

  private async validate(workspaceId: string, input: LearnerInput, required: Array<keyof LearnerInput>): Promise<LearnerValues> {
    const { values, errors } = normaliseLearnerInput(input, this.zones, required);
    if (errors.length) throw LearnerErrors.invalid(errors);
    if (values.personaId && !(await this.repository.personaExists(workspaceId, values.personaId))) {
      throw LearnerErrors.unknownPersona();
    }
    return values;
  }

  /** Runs a write, turning the constraint violations it can meet into domain errors. */
  private async writing<T>(values: LearnerValues, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const driver = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
      if (driver?.constraint === 'learners_workspace_email_key') throw LearnerErrors.emailTaken(values.email ?? '');
      if (driver?.constraint === 'learners_workspace_external_id_key') throw LearnerErrors.externalIdTaken(values.externalId ?? '');
      // The persona was deleted between the check and the write.
      if (driver?.code === '23503' && driver.constraint?.includes('persona')) throw LearnerErrors.unknownPersona();
      throw error;
    }
  }
}

function parseCursor(cursor: string): CursorPosition {
  const position = decodeCursor(cursor);
  if (!CURSOR_KEY.test(position.key) || !isUuid(position.id)) {
    throw DomainError.invalid('REQUEST.INVALID_CURSOR', 'cursor is not one this API returned', [{ path: 'cursor', message: 'unrecognised cursor' }]);
  }
  return position;
}

/** Filters as stored: country upper-cased, persona id lower-cased, locale canonical, empty search dropped. */
function normaliseFilters(options: LearnerFilters): LearnerFilters {
  return {
    department: options.department,
    site: options.site,
    country: options.country?.trim().toUpperCase(),
    personaId: options.personaId?.toLowerCase(),
    locale: options.locale === undefined ? undefined : localeFilter(options.locale),
    timeZone: options.timeZone,
    q: options.q?.trim() || undefined,
  };
}

// A filter value that is no valid tag simply matches nothing.
function localeFilter(locale: string): string {
  const canonical = canonicalLocale(locale);
  return typeof canonical === 'string' ? canonical : locale;
}
