import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SessionStatus } from '../../common/enums';
import { AppConfig } from '../../config/app-config';
import type { CsvUpload } from '../../infrastructure/csv/csv-upload';
import { EnrollmentImportErrors, SessionErrors } from './courses.errors';
import { FieldProblem } from '../../common/errors/field-problem';
import { undecodableMessage } from '../../infrastructure/csv/csv-encoding';
import type { CsvEncodingDto, ImportRowErrorDto } from '../../infrastructure/csv/csv-import.dto';
import { sampleRows } from '../../infrastructure/csv/csv-sample';
import type { EnrollmentImportPreviewDto, EnrollmentImportResultDto } from './dto/enrollment.dto';
import { parseImportRow, readHeaders, resolveImportColumns } from './enrollment-import-row';
import { EnrollmentImportRepository, type ImportSession, type StagedRow } from './enrollment-import.repository';
import { EnrollmentSource } from './enrollment-source';
import { type EnrollmentState, planEnrollmentChange, type SessionGate } from './enrollment-status';
import { EnrollmentsRepository } from './enrollments.repository';
import { SessionsRepository } from './sessions.repository';

const MAX_ERRORS = 1000;
const STAGE_BATCH = 1000;
const APPLY_PAGE = 5000;
const WRITE_BATCH = 1000;
const PREVIEW_ROWS = 5;

/**
 * `POST /v1/enrollments/import`. One transaction: rows are checked one by one as they stream in and
 * staged in a temporary table; sessions and learners are resolved in bulk; each session is then
 * locked and its rows applied in file order with the same rule as the API (`planEnrollmentChange`, in
 * report mode: a row the enrolment has already moved past is unchanged, so re-importing a file, even
 * one holding a learner's history, changes nothing), and the resulting states are written in
 * batches. Valid rows are applied, bad rows reported.
 */
@Injectable()
export class EnrollmentImportService {
  constructor(
    private readonly repository: EnrollmentImportRepository,
    private readonly enrollments: EnrollmentsRepository,
    private readonly sessions: SessionsRepository,
    private readonly config: AppConfig,
  ) {}

  /**
   * How a session's own import would read the file, writing nothing: the column each header is read
   * as, the encoding and separator, what is missing, the first rows.
   */
  async previewForSession(workspaceId: string, session: string, upload: CsvUpload): Promise<EnrollmentImportPreviewDto> {
    if (!(await this.sessions.find(workspaceId, session))) throw SessionErrors.notFound();
    const resolved = resolveImportColumns(upload.header, true);
    const columns = readHeaders(upload.header).map((reading, index) => ({ index, header: upload.header[index], field: reading.column, ignored: reading.ignored }));
    const rows = (await sampleRows(upload, PREVIEW_ROWS)).map(({ row, cells }) => ({ row, cells }));
    return { encoding: upload.encoding, delimiter: upload.delimiter, columns, missing: resolved.ok ? [] : resolved.problems, ambiguous: [], rows };
  }

  /** `session`: a session's own import (checked to be of the workspace), whose rows need no session_id. */
  async import(workspaceId: string, upload: CsvUpload, session?: string): Promise<EnrollmentImportResultDto> {
    if (session !== undefined && !(await this.sessions.find(workspaceId, session))) throw SessionErrors.notFound();
    const resolved = resolveImportColumns(upload.header, session !== undefined);
    if (!resolved.ok) throw EnrollmentImportErrors.missingColumns(resolved.problems);
    const now = new Date();
    const tally = new ImportTally();

    await this.repository.transaction(this.config.importStatementTimeoutMs, async (manager) => {
      await this.repository.createStaging(manager);
      let batch: StagedRow[] = [];
      for await (const { row, cells, undecodableCell } of upload.rows) {
        if (undecodableCell !== undefined) {
          tally.fail(row, upload.header[undecodableCell] ?? `column ${undecodableCell + 1}`, undecodableMessage(upload.encoding.used), FieldProblem.Undecodable, cells[undecodableCell]);
          continue;
        }
        const parsed = parseImportRow(resolved.columns, cells, now, session);
        if (!parsed.ok) {
          tally.fail(row, parsed.field, parsed.message, parsed.code, parsed.value);
          continue;
        }
        batch.push({ row, ...parsed.value });
        if (batch.length >= STAGE_BATCH) {
          await this.repository.stage(manager, batch);
          batch = [];
        }
      }
      await this.repository.stage(manager, batch);
      await this.repository.resolveLearners(manager, workspaceId);

      const sessions = await this.repository.lockSessions(manager, workspaceId);
      const unresolved = await this.repository.unresolvedRows(manager, workspaceId, MAX_ERRORS);
      for (const u of unresolved) {
        const what = u.field === 'session_id' ? 'session of this workspace has id' : `learner of this workspace has ${u.field}`;
        tally.fail(u.row, u.field, `no ${what} "${u.value.trim()}"`, u.field === 'session_id' ? FieldProblem.UnknownSession : FieldProblem.UnknownLearner, u.value);
      }
      if (unresolved.length === MAX_ERRORS) tally.failUnlisted((await this.repository.countUnresolved(manager, workspaceId)) - MAX_ERRORS);

      for (const session of sessions) await this.applySession(manager, workspaceId, session, tally);
    });
    return tally.result(upload.encoding);
  }

  private async applySession(manager: EntityManager, workspaceId: string, session: ImportSession, tally: ImportTally): Promise<void> {
    const gate: SessionGate = {
      cancelled: session.status === SessionStatus.Cancelled,
      capacity: session.capacity,
      seatsTaken: session.seatsTaken,
      checkCapacity: true,
    };
    // Each learner's state as of the rows applied so far, so a learner listed twice moves twice.
    const states = new Map<string, EnrollmentState | null>();
    const changed = new Set<string>();

    for (let after = 0; ; ) {
      const rows = await this.repository.resolvedRows(manager, session.id, after, APPLY_PAGE);
      if (!rows.length) break;
      const unseen = [...new Set(rows.map((r) => r.learnerId))].filter((id) => !states.has(id));
      const stored = await this.enrollments.findStates(manager, session.id, unseen);
      for (const id of unseen) states.set(id, stored.get(id) ?? null);

      for (const r of rows) {
        const current = states.get(r.learnerId) ?? null;
        const plan = planEnrollmentChange(current, r.status, r.occurredAt, gate, 'report');
        switch (plan.kind) {
          case 'unchanged':
            tally.unchanged++;
            break;
          case 'refused':
            // An empty status cell means `enrolled`: there is then no cell to quote.
            tally.fail(r.row, 'status', `cannot move from ${plan.from} to ${plan.to}: ${plan.reason}`, FieldProblem.StatusBackwards, r.statusCell || undefined);
            break;
          case 'cancelled':
            tally.fail(r.row, 'session_id', 'the session is cancelled: it takes no enrolments', FieldProblem.SessionCancelled, r.sessionCell || undefined);
            break;
          case 'full':
            tally.fail(r.row, 'session_id', `the session is full: all ${plan.capacity} seats are taken`, FieldProblem.SessionFull, r.sessionCell || undefined);
            break;
          case 'changed':
            if (current === null) tally.created++;
            else tally.updated++;
            states.set(r.learnerId, plan.next);
            changed.add(r.learnerId);
            gate.seatsTaken += plan.seatDelta;
            break;
        }
      }
      after = rows[rows.length - 1].row;
    }

    const target = { workspaceId, sessionId: session.id, courseId: session.courseId, source: EnrollmentSource.Csv };
    const learnerIds = [...changed];
    for (let i = 0; i < learnerIds.length; i += WRITE_BATCH) {
      const chunk = learnerIds.slice(i, i + WRITE_BATCH).map((learnerId) => ({ learnerId, ...(states.get(learnerId) as EnrollmentState) }));
      await this.enrollments.upsertStates(manager, target, chunk);
    }
  }
}

/** Counts rows by outcome and keeps the row errors with the smallest row numbers, at most MAX_ERRORS. */
class ImportTally {
  created = 0;
  updated = 0;
  unchanged = 0;
  failed = 0;
  private errors: ImportRowErrorDto[] = [];

  fail(row: number, field: string, message: string, code: FieldProblem, value?: string): void {
    this.failed++;
    this.errors.push(value === undefined ? { row, field, message, code } : { row, field, message, code, value });
    if (this.errors.length >= 2 * MAX_ERRORS) this.trim();
  }

  /** Failures counted elsewhere and beyond the list's reach. */
  failUnlisted(count: number): void {
    this.failed += count;
  }

  result(encoding: CsvEncodingDto): EnrollmentImportResultDto {
    this.trim();
    return { created: this.created, updated: this.updated, unchanged: this.unchanged, failed: this.failed, errors: this.errors, encoding };
  }

  private trim(): void {
    this.errors = this.errors.sort((a, b) => a.row - b.row).slice(0, MAX_ERRORS);
  }
}
