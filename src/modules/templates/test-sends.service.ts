import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../../common/auth/auth-context';
import { Channel } from '../../common/enums';
import { AppConfig } from '../../config/app-config';
import { JobQueue } from '../../infrastructure/queue/job-queue';
import { JobName } from '../../infrastructure/queue/jobs';
import type { TestSendDto } from './dto/preview.dto';
import { type TestSend, TestSendsRepository } from './test-sends.repository';
import { TemplateErrors } from './templates.errors';
import { TemplatesService } from './templates.service';

/**
 * Test sends, asked by the api and made by the worker, through the same path as campaign mail
 * (the workspace's send slots, its suppressions): the api records the request, queues it, and
 * waits a little for the worker's answer (where each email went).
 */
@Injectable()
export class TestSendsService {
  constructor(
    private readonly repository: TestSendsRepository,
    private readonly templates: TemplatesService,
    private readonly queue: JobQueue,
    private readonly config: AppConfig,
  ) {}

  async request(auth: AuthContext, templateId: string, input: TestSendDto): Promise<TestSend & { version: number; locale: string }> {
    const recipients = await this.recipients(auth, input.to);
    // What cannot render (a post, a missing locale, an unknown learner) is answered now, not by the worker.
    const rendering = await this.templates.preview(auth.workspaceId, templateId, input);
    if (rendering.template.channel === Channel.Post) throw TemplateErrors.notAnEmail();
    const { learnerId, personaId, brandKitId, campaignId } = input;
    const send = await this.repository.insert({
      workspaceId: auth.workspaceId,
      templateId,
      options: { version: rendering.version.version, locale: rendering.locale, learnerId, personaId, brandKitId, campaignId },
      recipients,
      userId: auth.userId,
      apiKeyId: auth.apiKeyId,
    });
    await this.queue.addBulk([{ name: JobName.SendTestEmail, data: { testSendId: send.id } }]);
    const finished = await this.waitFor(send);
    return { ...finished, version: rendering.version.version, locale: rendering.locale };
  }

  async get(workspaceId: string, id: string): Promise<TestSend> {
    const send = await this.repository.find(id, workspaceId);
    if (!send) throw TemplateErrors.testSendNotFound();
    return send;
  }

  /** The addresses asked for, else the signed-in person's; each of the workspace's own domains (or the person's own address). */
  private async recipients(auth: AuthContext, asked: string[] | undefined): Promise<string[]> {
    const own = auth.userId ? await this.repository.userEmail(auth.userId) : null;
    const recipients = (asked?.length ? asked : own ? [own] : []).map((a) => a.toLowerCase());
    if (!recipients.length) throw TemplateErrors.recipientRequired();
    const domains = await this.repository.workspaceDomains(auth.workspaceId);
    const outside = recipients.flatMap((to, i) => (to === own?.toLowerCase() || domains.includes(to.split('@')[1]) ? [] : [{ to, i }]));
    if (outside.length) throw TemplateErrors.recipientOutside(outside, domains);
    return recipients;
  }

  // The worker usually answers within a second; a request never waits longer than TEST_SEND_WAIT_MS.
  private async waitFor(send: TestSend): Promise<TestSend> {
    const deadline = Date.now() + this.config.testSendWaitMs;
    let current = send;
    for (let pause = 50; current.status === 'queued' && Date.now() < deadline; pause = Math.min(pause * 2, 500)) {
      await sleep(Math.min(pause, Math.max(0, deadline - Date.now())));
      current = (await this.repository.find(send.id)) ?? current;
    }
    return current;
  }
}
