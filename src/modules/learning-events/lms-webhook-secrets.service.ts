import type { Page } from '../../common/pagination/cursor';
import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { SecretBox } from '../../infrastructure/crypto/secret-box';
import { LmsWebhookSecretErrors } from './learning-events.errors';
import type { LmsWebhookSecret } from './lms-webhook-secret.entity';
import { LmsWebhookSecretsRepository } from './lms-webhook-secrets.repository';

/** Two active secrets let an LMS switch to a new one before the old one is revoked. */
export const MAX_ACTIVE_SECRETS = 2;
const PREFIX_LENGTH = 12;

const context = (workspaceId: string, id: string) => `${workspaceId}:lms-webhook-secret:${id}`;

@Injectable()
export class LmsWebhookSecretsService {
  constructor(
    private readonly repository: LmsWebhookSecretsRepository,
    private readonly box: SecretBox,
  ) {}

  async create(workspaceId: string): Promise<{ record: LmsWebhookSecret; secret: string }> {
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const id = randomUUID();
    const record = await this.repository.transaction(async (manager) => {
      await this.repository.lockWorkspace(manager, workspaceId);
      if ((await this.repository.countActive(manager, workspaceId)) >= MAX_ACTIVE_SECRETS) throw LmsWebhookSecretErrors.tooMany(MAX_ACTIVE_SECRETS);
      return this.repository.insert(manager, {
        id,
        workspaceId,
        secretEncrypted: this.box.seal(secret, context(workspaceId, id)),
        prefix: secret.slice(0, PREFIX_LENGTH),
      });
    });
    return { record, secret };
  }

  list(workspaceId: string, page: { limit?: number; cursor?: string }): Promise<Page<LmsWebhookSecret>> {
    return this.repository.list(workspaceId, page);
  }

  async revoke(workspaceId: string, id: string): Promise<void> {
    if (await this.repository.revoke(workspaceId, id)) return;
    // Revoking twice is a no-op; an id of another workspace is a 404.
    if (!(await this.repository.exists(workspaceId, id))) throw LmsWebhookSecretErrors.notFound();
  }

  /** The active secrets in clear, to check a signature; none for an unknown workspace. */
  async activeSecrets(workspaceId: string): Promise<string[]> {
    const records = await this.repository.listActive(workspaceId);
    return records.map((r) => this.box.open(r.secretEncrypted, context(r.workspaceId, r.id)));
  }
}
