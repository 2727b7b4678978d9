import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PreviewOptions } from './templates.service';

/** What happened to one recipient of a test send. */
export interface TestSendOutcome {
  to: string;
  status: 'sent' | 'suppressed' | 'refused';
  messageId?: string;
  /** Why it was refused: the mail server's reply. */
  reason?: string;
}

export interface TestSend {
  id: string;
  workspaceId: string;
  templateId: string;
  options: PreviewOptions & { version?: number };
  recipients: string[];
  status: 'queued' | 'done' | 'failed';
  results: TestSendOutcome[];
  transport: 'smtp' | 'outbox' | null;
  destination: string | null;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  /** The workspace's email rate, which test emails follow too. */
  emailRatePerSecond: number;
}

const COLUMNS = `id, workspace_id AS "workspaceId", template_id AS "templateId", options, recipients, status, results, transport,
  destination, error, created_at AS "createdAt", finished_at AS "finishedAt",
  (SELECT w.email_rate_per_second FROM workspaces w WHERE w.id = workspace_id) AS "emailRatePerSecond"`;

@Injectable()
export class TestSendsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(send: Pick<TestSend, 'workspaceId' | 'templateId' | 'options' | 'recipients'> & { userId: string | null; apiKeyId: string | null }): Promise<TestSend> {
    const [row] = await this.dataSource.query(
      `INSERT INTO test_sends (workspace_id, template_id, options, recipients, requested_by_user_id, requested_by_key_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [send.workspaceId, send.templateId, JSON.stringify(send.options), send.recipients, send.userId, send.apiKeyId],
    );
    return row;
  }

  async find(id: string, workspaceId?: string): Promise<TestSend | null> {
    const rows = await this.dataSource.query(`SELECT ${COLUMNS} FROM test_sends WHERE id = $1 AND ($2::uuid IS NULL OR workspace_id = $2)`, [id, workspaceId ?? null]);
    return rows[0] ?? null;
  }

  /** Records the outcome, once: a test send finished is never finished again. */
  async finish(id: string, outcome: Pick<TestSend, 'results' | 'transport' | 'destination' | 'error'> & { status: 'done' | 'failed' }): Promise<void> {
    await this.dataSource.query(
      `UPDATE test_sends SET status = $2, results = $3, transport = $4, destination = $5, error = $6, finished_at = now()
        WHERE id = $1 AND status = 'queued'`,
      [id, outcome.status, JSON.stringify(outcome.results), outcome.transport, outcome.destination, outcome.error],
    );
  }

  /** The email of a signed-in person, the default recipient of their test sends. */
  async userEmail(userId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT email FROM users WHERE id = $1`, [userId]);
    return row?.email ?? null;
  }

  /** The workspace's own mail domains: its members' and its senders' (brand kits, campaigns). */
  async workspaceDomains(workspaceId: string): Promise<string[]> {
    const rows: Array<{ domain: string }> = await this.dataSource.query(
      `SELECT DISTINCT lower(split_part(email, '@', 2)) AS domain FROM (
         SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = $1
         UNION ALL SELECT sender_email FROM brand_kits WHERE workspace_id = $1
         UNION ALL SELECT sender_email FROM campaigns WHERE workspace_id = $1 AND sender_email IS NOT NULL) e
        ORDER BY 1`,
      [workspaceId],
    );
    return rows.map((r) => r.domain).filter(Boolean);
  }

  /** Which of these addresses the workspace suppressed (bounces, complaints). */
  async suppressed(workspaceId: string, emails: string[]): Promise<Set<string>> {
    const rows: Array<{ email: string }> = await this.dataSource.query(`SELECT email FROM suppressions WHERE workspace_id = $1 AND email = ANY($2::text[])`, [workspaceId, emails]);
    return new Set(rows.map((r) => r.email));
  }
}
