import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import type { CursorPosition } from '../../common/pagination/cursor';
import type { AudiencePredicate } from '../segments/segment-audience';
import { Persona } from './persona.entity';

export type PersonaValues = Omit<Persona, 'id' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class PersonasRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(workspaceId: string, id: string): Promise<Persona | null> {
    return this.dataSource.getRepository(Persona).findOneBy({ id, workspaceId });
  }

  /** A page in name order, after the given (name, id). */
  list(workspaceId: string, limit: number, after?: CursorPosition): Promise<Persona[]> {
    const query = this.dataSource
      .getRepository(Persona)
      .createQueryBuilder('p')
      .where('p.workspace_id = :workspaceId', { workspaceId })
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit);
    if (after) query.andWhere('(p.name, p.id) > (:name, :id)', { name: after.key, id: after.id });
    return query.getMany();
  }

  insert(values: PersonaValues): Promise<Persona> {
    const repo = this.dataSource.getRepository(Persona);
    return repo.save(repo.create(values));
  }

  save(persona: Persona): Promise<Persona> {
    return this.dataSource.getRepository(Persona).save(persona);
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(Persona).delete({ id, workspaceId });
    return (result.affected ?? 0) > 0;
  }

  /** How many learners hold each of these personas. */
  async learnerCounts(workspaceId: string, personaIds: string[]): Promise<Map<string, number>> {
    if (personaIds.length === 0) return new Map();
    const rows: { personaId: string; count: number }[] = await this.dataSource.query(
      `SELECT persona_id AS "personaId", count(*)::int AS count FROM learners
        WHERE workspace_id = $1 AND persona_id = ANY($2::uuid[]) GROUP BY persona_id`,
      [workspaceId, personaIds],
    );
    return new Map(rows.map((r) => [r.personaId, r.count]));
  }

  /** What `assign` would change, changing nothing: the learners it would take, by the persona they have now. */
  async assignmentPreview(personaId: string, audience: AudiencePredicate): Promise<Array<{ personaId: string | null; personaName: string | null; count: number }>> {
    const p = `$${audience.params.length + 1}::uuid`;
    return this.dataSource.query(
      `SELECT l.persona_id AS "personaId", other.name AS "personaName", count(*)::int AS count
         FROM learners l LEFT JOIN personas other ON other.id = l.persona_id
        WHERE ${audience.where} AND l.persona_id IS DISTINCT FROM ${p}
        GROUP BY l.persona_id, other.name
        ORDER BY count DESC, other.name NULLS FIRST`,
      [...audience.params, personaId],
    );
  }

  /** Learners the audience selects, learners with this persona, and those with it whom the audience does not select. */
  async assignmentCounts(personaId: string, audience: AudiencePredicate): Promise<{ matched: number; members: number; keptWithoutMatch: number }> {
    const p = `$${audience.params.length + 1}::uuid`;
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE ${audience.where})::int AS matched,
              count(*) FILTER (WHERE l.persona_id = ${p})::int AS members,
              count(*) FILTER (WHERE l.persona_id = ${p} AND (${audience.where}) IS NOT TRUE)::int AS "keptWithoutMatch"
         FROM learners l
        WHERE l.workspace_id = $1`,
      [...audience.params, personaId],
    );
    return row;
  }

  /** Gives the persona to every learner of the audience who has another one or none: one UPDATE. */
  async assign(personaId: string, audience: AudiencePredicate): Promise<number> {
    const p = `$${audience.params.length + 1}::uuid`;
    const [row] = await this.dataSource.query(
      `WITH assigned AS (
         UPDATE learners l SET persona_id = ${p}, updated_at = now()
          WHERE ${audience.where} AND l.persona_id IS DISTINCT FROM ${p}
          RETURNING 1)
       SELECT count(*)::int AS count FROM assigned`,
      [...audience.params, personaId],
    );
    return row.count as number;
  }
}

/** Whether an insert or update hit the per-workspace unique name. */
export function isPersonaNameConflict(error: unknown): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  return driverError?.code === '23505' && driverError.constraint === 'personas_workspace_name_key';
}
