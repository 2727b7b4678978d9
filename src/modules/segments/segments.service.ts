import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OpenTracking, SegmentKind } from '../../common/enums';
import type { ErrorDetail } from '../../common/errors/domain-error';
import { decodeCursor, type CursorPosition, type Page, toPage } from '../../common/pagination/cursor';
import { CampaignUsageService } from '../campaigns/campaign-usage.service';
import { type AudienceOptions, type AudiencePredicate, dynamicAudience, staticAudience } from './segment-audience';
import { compileSegmentRule } from './segment-compiler';
import { describeSegmentFields, ruleNamesOpens, type SegmentFieldCaveat, type SegmentFieldDescription } from './segment-fields';
import type { CompiledRule, RuleReference } from './segment-rule.types';
import type { Segment } from './segment.entity';
import { SegmentErrors } from './segments.errors';
import { isSegmentNameConflict, type SegmentLearnerRow, SegmentsRepository } from './segments.repository';

export interface SegmentView {
  segment: Segment;
  /** Frozen members of a static segment; null for a dynamic one. */
  memberCount: number | null;
}

export interface SegmentPreview {
  count: number;
  sample: SegmentLearnerRow[];
  /** Limits on what the count means (`opens_aggregate`: the rule names opens the workspace no longer keeps per learner). */
  caveats: SegmentFieldCaveat[];
}

export interface SegmentInput {
  name: string;
  description?: string | null;
  rule: unknown;
  kind?: SegmentKind;
}

export type SegmentChanges = Partial<SegmentInput>;

/** A saved segment (by id) or an unsaved rule. */
export type AudienceSource = string | { rule: unknown };

const SAMPLE_SIZE = 10;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class SegmentsService {
  constructor(
    private readonly repository: SegmentsRepository,
    private readonly usage: CampaignUsageService,
  ) {}

  /**
   * Validates a rule for saving: the language (400 with JSON paths under `path`), then that the
   * personas, courses and sessions it names exist in the workspace (422).
   */
  async compileRule(workspaceId: string, rule: unknown, path = 'rule'): Promise<CompiledRule> {
    const compiled = compileSegmentRule(rule, { path });
    const problems = await this.unknownReferences(workspaceId, compiled.references);
    if (problems.length) throw SegmentErrors.unknownReferences(problems);
    return compiled;
  }

  /**
   * The audience of a saved segment or of a rule, as a predicate over a learners alias scoped to
   * the workspace; for the campaign engine to embed (`WHERE ${where}`), parameters from `firstParam`.
   * Dynamic segments are evaluated at query time; static ones read their frozen members.
   */
  async audiencePredicate(workspaceId: string, source: AudienceSource, options: AudienceOptions = {}): Promise<AudiencePredicate> {
    if (typeof source !== 'string') return dynamicAudience(workspaceId, source.rule, options);
    const segment = await this.repository.findById(workspaceId, source);
    if (!segment) throw SegmentErrors.notFound();
    return this.audienceOf(segment, options);
  }

  async create(workspaceId: string, input: SegmentInput): Promise<SegmentView> {
    await this.compileRule(workspaceId, input.rule);
    const name = input.name.trim();
    return this.withNameCheck(name, () =>
      this.repository.transaction(async (manager) => {
        const kind = input.kind ?? SegmentKind.Dynamic;
        const segment = await this.repository.insert(manager, { workspaceId, name, description: input.description ?? null, rule: input.rule, kind });
        if (kind === SegmentKind.Static) return this.freezeIn(manager, segment);
        return { segment, memberCount: null };
      }),
    );
  }

  /**
   * A static segment whose members are exactly the learners `audience` selects now (a report's
   * drill-down, for retargeting), created and frozen in one transaction. Its rule selects no one
   * (`{"any": []}`): the members are the list, and freezing the segment again would empty it.
   */
  async createFromAudience(workspaceId: string, input: { name: string; description: string | null }, audience: AudiencePredicate): Promise<SegmentView> {
    const name = input.name.trim();
    return this.withNameCheck(name, () =>
      this.repository.transaction(async (manager) => {
        const segment = await this.repository.insert(manager, { workspaceId, name, description: input.description, rule: { any: [] }, kind: SegmentKind.Static });
        const memberCount = await this.repository.freezeMembers(manager, segment, audience);
        return { segment: (await this.repository.findById(workspaceId, segment.id, manager)) as Segment, memberCount };
      }),
    );
  }

  async list(workspaceId: string, limit: number, cursor?: string): Promise<Page<SegmentView>> {
    const after = cursor ? decodeCursor(cursor) : undefined;
    const segments = await this.repository.list(workspaceId, limit + 1, after);
    const counts = await this.repository.countMembers(segments.filter((s) => s.kind === SegmentKind.Static).map((s) => s.id));
    return toPage(
      segments,
      limit,
      (s) => ({ key: s.name, id: s.id }),
      (segment) => ({ segment, memberCount: counts.get(segment.id) ?? null }),
    );
  }

  async get(workspaceId: string, id: string): Promise<SegmentView> {
    const segment = await this.repository.findById(workspaceId, id);
    if (!segment) throw SegmentErrors.notFound();
    return this.view(segment);
  }

  /** Changing the rule of a static segment keeps its members until it is frozen again. */
  async update(workspaceId: string, id: string, changes: SegmentChanges): Promise<SegmentView> {
    if (changes.rule !== undefined) await this.compileRule(workspaceId, changes.rule);
    const name = changes.name?.trim();
    const segment = await this.withNameCheck(name ?? '', () =>
      this.repository.transaction(async (manager) => {
        const current = await this.repository.lockById(manager, workspaceId, id);
        if (!current) throw SegmentErrors.notFound();
        await this.repository.update(manager, current, {
          ...(name !== undefined && { name }),
          ...(changes.description !== undefined && { description: changes.description }),
          ...(changes.rule !== undefined && { rule: changes.rule }),
        });
        const updated = (await this.repository.findById(workspaceId, id, manager)) as Segment;
        if (changes.kind === SegmentKind.Static && current.kind === SegmentKind.Dynamic) return (await this.freezeIn(manager, updated)).segment;
        if (changes.kind === SegmentKind.Dynamic && current.kind === SegmentKind.Static) {
          await this.repository.unfreeze(manager, updated);
          return (await this.repository.findById(workspaceId, id, manager)) as Segment;
        }
        return updated;
      }),
    );
    return this.view(segment);
  }

  /** Deletes the segment, unless a scheduled, running or paused campaign uses it (409 `SEGMENT.IN_USE`). */
  async remove(workspaceId: string, id: string): Promise<void> {
    await this.repository.transaction(async (manager) => {
      const segment = await this.repository.lockById(manager, workspaceId, id);
      if (!segment) throw SegmentErrors.notFound();
      await this.usage.assertDeletable(manager, workspaceId, { kind: 'segment', id, name: segment.name });
      await this.repository.delete(manager, segment);
    });
  }

  /** Freezes the learners the rule selects now as the members; the segment becomes static. */
  async freeze(workspaceId: string, id: string): Promise<SegmentView> {
    return this.repository.transaction(async (manager) => {
      const segment = await this.repository.lockById(manager, workspaceId, id);
      if (!segment) throw SegmentErrors.notFound();
      return this.freezeIn(manager, segment);
    });
  }

  async preview(workspaceId: string, rule: unknown): Promise<SegmentPreview> {
    await this.compileRule(workspaceId, rule);
    const audience = dynamicAudience(workspaceId, rule);
    const [count, sample, openTracking] = await Promise.all([
      this.repository.countLearners(audience),
      this.repository.findLearners(audience, SAMPLE_SIZE),
      this.repository.openTracking(workspaceId),
    ]);
    const caveats: SegmentFieldCaveat[] = openTracking === OpenTracking.Aggregate && ruleNamesOpens(rule) ? ['opens_aggregate'] : [];
    return { count, sample, caveats };
  }

  /** The field catalog as this workspace sees it, and how it keeps opens. */
  async fieldCatalog(workspaceId: string): Promise<{ openTracking: OpenTracking; fields: SegmentFieldDescription[] }> {
    const openTracking = await this.repository.openTracking(workspaceId);
    return { openTracking, fields: describeSegmentFields(openTracking === OpenTracking.Aggregate) };
  }

  async learners(workspaceId: string, id: string, limit: number, cursor?: string): Promise<Page<SegmentLearnerRow>> {
    const after = cursor ? learnerCursor(cursor) : undefined;
    const segment = await this.repository.findById(workspaceId, id);
    if (!segment) throw SegmentErrors.notFound();
    const rows = await this.repository.findLearners(this.audienceOf(segment), limit + 1, after);
    return toPage(
      rows,
      limit,
      (row) => ({ key: row.cursorKey, id: row.id }),
      (row) => row,
    );
  }

  private audienceOf(segment: Segment, options: AudienceOptions = {}): AudiencePredicate {
    return segment.kind === SegmentKind.Static
      ? staticAudience(segment.workspaceId, segment.id, options)
      : dynamicAudience(segment.workspaceId, segment.rule, options);
  }

  private async freezeIn(manager: EntityManager, segment: Segment): Promise<SegmentView> {
    const memberCount = await this.repository.freezeMembers(manager, segment, dynamicAudience(segment.workspaceId, segment.rule));
    const frozen = (await this.repository.findById(segment.workspaceId, segment.id, manager)) as Segment;
    return { segment: frozen, memberCount };
  }

  private async view(segment: Segment): Promise<SegmentView> {
    if (segment.kind !== SegmentKind.Static) return { segment, memberCount: null };
    const counts = await this.repository.countMembers([segment.id]);
    return { segment, memberCount: counts.get(segment.id) ?? 0 };
  }

  private async withNameCheck<T>(name: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isSegmentNameConflict(error)) throw SegmentErrors.nameTaken(name);
      throw error;
    }
  }

  private async unknownReferences(workspaceId: string, references: RuleReference[]): Promise<ErrorDetail[]> {
    const values = (kind: RuleReference['kind']) => [...new Set(references.filter((r) => r.kind === kind).map((r) => r.value))];
    const [personas, courses, sessions] = await Promise.all([
      values('persona').length ? this.repository.missingPersonas(workspaceId, values('persona')) : [],
      values('course').length ? this.repository.missingCourses(workspaceId, values('course')) : [],
      values('session').length ? this.repository.missingSessions(workspaceId, values('session')) : [],
    ]);
    const missing = { persona: new Set(personas), course: new Set(courses), session: new Set(sessions) };
    return references
      .filter((r) => missing[r.kind].has(r.value))
      .map((r) => ({ path: r.path, message: `no ${r.kind} ${JSON.stringify(r.value)} in this workspace` }));
  }
}

// The learners listing pages on (created_at, id): a cursor that is not one is refused before SQL sees it.
function learnerCursor(cursor: string): CursorPosition {
  const position = decodeCursor(cursor);
  if (!UUID.test(position.id) || Number.isNaN(Date.parse(position.key))) throw SegmentErrors.invalidCursor();
  return position;
}
