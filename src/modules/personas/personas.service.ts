import { Injectable } from '@nestjs/common';
import type { Channel, Weekday } from '../../common/enums';
import { decodeCursor, type Page, toPage } from '../../common/pagination/cursor';
import { SegmentsService } from '../segments/segments.service';
import type { Persona } from './persona.entity';
import { PersonaErrors } from './personas.errors';
import { isPersonaNameConflict, type PersonaValues, PersonasRepository } from './personas.repository';

/** What a persona is made of, as the API takes it; every field but the name may be absent. */
export interface PersonaInput {
  name?: string;
  summary?: string | null;
  behaviouralModel?: string | null;
  socialModel?: string | null;
  shortTermGoals?: string[];
  longTermGoals?: string[];
  needs?: string[];
  ambitions?: string[];
  objections?: string[];
  preferredChannels?: Channel[];
  preferredDays?: Weekday[];
  preferredTime?: string | null;
  tone?: string | null;
  assignmentRule?: unknown;
}

export interface AssignmentPreview {
  assigned: number;
  from: Array<{ personaId: string | null; personaName: string | null; count: number }>;
  matched: number;
  members: number;
  keptWithoutMatch: number;
  membersAfter: number;
}

export interface PersonaView {
  persona: Persona;
  learnerCount: number;
}

const FIELDS = [
  'summary',
  'behaviouralModel',
  'socialModel',
  'shortTermGoals',
  'longTermGoals',
  'needs',
  'ambitions',
  'objections',
  'preferredChannels',
  'preferredDays',
  'preferredTime',
  'tone',
  'assignmentRule',
] as const;

@Injectable()
export class PersonasService {
  constructor(
    private readonly repository: PersonasRepository,
    private readonly segments: SegmentsService,
  ) {}

  async create(workspaceId: string, input: PersonaInput & { name: string }): Promise<PersonaView> {
    await this.checkRule(workspaceId, input.assignmentRule);
    const name = input.name.trim();
    const values: PersonaValues = {
      workspaceId,
      name,
      summary: input.summary ?? null,
      behaviouralModel: input.behaviouralModel ?? null,
      socialModel: input.socialModel ?? null,
      shortTermGoals: input.shortTermGoals ?? [],
      longTermGoals: input.longTermGoals ?? [],
      needs: input.needs ?? [],
      ambitions: input.ambitions ?? [],
      objections: input.objections ?? [],
      preferredChannels: input.preferredChannels ?? [],
      preferredDays: input.preferredDays ?? [],
      preferredTime: input.preferredTime ?? null,
      tone: input.tone ?? null,
      assignmentRule: input.assignmentRule ?? null,
    };
    const persona = await this.withNameCheck(name, () => this.repository.insert(values));
    return { persona, learnerCount: 0 };
  }

  async list(workspaceId: string, limit: number, cursor?: string): Promise<Page<PersonaView>> {
    const after = cursor ? decodeCursor(cursor) : undefined;
    const personas = await this.repository.list(workspaceId, limit + 1, after);
    const counts = await this.repository.learnerCounts(
      workspaceId,
      personas.map((p) => p.id),
    );
    return toPage(
      personas,
      limit,
      (p) => ({ key: p.name, id: p.id }),
      (persona) => ({ persona, learnerCount: counts.get(persona.id) ?? 0 }),
    );
  }

  async get(workspaceId: string, id: string): Promise<PersonaView> {
    return this.view(workspaceId, await this.find(workspaceId, id));
  }

  async update(workspaceId: string, id: string, input: PersonaInput): Promise<PersonaView> {
    const persona = await this.find(workspaceId, id);
    await this.checkRule(workspaceId, input.assignmentRule);
    const name = input.name?.trim();
    if (name !== undefined) persona.name = name;
    for (const field of FIELDS) {
      if (input[field] !== undefined) Object.assign(persona, { [field]: input[field] });
    }
    const saved = await this.withNameCheck(name ?? persona.name, () => this.repository.save(persona));
    return this.view(workspaceId, saved);
  }

  async remove(workspaceId: string, id: string): Promise<void> {
    if (!(await this.repository.delete(workspaceId, id))) throw PersonaErrors.notFound();
  }

  /** Gives this persona to the learners its assignment rule selects now; returns how many changed. */
  async assign(workspaceId: string, id: string): Promise<number> {
    const { persona, audience } = await this.ruleAudience(workspaceId, id);
    return this.repository.assign(persona.id, audience);
  }

  /**
   * What assigning now would do, done by nobody: how many learners it takes, and from which personas;
   * how many the rule selects, and how many members keep it though the rule no longer selects them
   * (assigning only adds: a learner loses a persona when another one is assigned to them).
   */
  async assignmentPreview(workspaceId: string, id: string): Promise<AssignmentPreview> {
    const { persona, audience } = await this.ruleAudience(workspaceId, id);
    const from = await this.repository.assignmentPreview(persona.id, audience);
    const counts = await this.repository.assignmentCounts(persona.id, audience);
    const assigned = from.reduce((sum, group) => sum + group.count, 0);
    return { assigned, from, ...counts, membersAfter: counts.members + assigned };
  }

  private async ruleAudience(workspaceId: string, id: string) {
    const persona = await this.find(workspaceId, id);
    if (persona.assignmentRule === null || persona.assignmentRule === undefined) throw PersonaErrors.noRule();
    return { persona, audience: await this.segments.audiencePredicate(workspaceId, { rule: persona.assignmentRule }) };
  }

  private async find(workspaceId: string, id: string): Promise<Persona> {
    const persona = await this.repository.findById(workspaceId, id);
    if (!persona) throw PersonaErrors.notFound();
    return persona;
  }

  private async view(workspaceId: string, persona: Persona): Promise<PersonaView> {
    const counts = await this.repository.learnerCounts(workspaceId, [persona.id]);
    return { persona, learnerCount: counts.get(persona.id) ?? 0 };
  }

  // Validated with the segment language's own errors, paths under "assignmentRule".
  private async checkRule(workspaceId: string, rule: unknown): Promise<void> {
    if (rule !== undefined && rule !== null) await this.segments.compileRule(workspaceId, rule, 'assignmentRule');
  }

  private async withNameCheck<T>(name: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isPersonaNameConflict(error)) throw PersonaErrors.nameTaken(name);
      throw error;
    }
  }
}
