import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, Logger } from '@nestjs/common';
import { MailTransport, recipientRefusal } from '../../infrastructure/mail/mail-transport';
import type { MailSendResult } from '../../infrastructure/mail/mail-message';
import { type TestSendOutcome, TestSendsRepository } from '../templates/test-sends.repository';
import { testMessage, TemplatesService } from '../templates/templates.service';
import { DeliveriesRepository } from './deliveries.repository';

/**
 * Sends a test of a template, in the worker, as campaign mail goes: rendered as the preview asked,
 * each email after the workspace's next send slot, none to a suppressed address. What happened to
 * each recipient, and where the emails went, is recorded for the api to answer.
 */
@Injectable()
export class TestEmailSender {
  private readonly logger = new Logger(TestEmailSender.name);

  constructor(
    private readonly sends: TestSendsRepository,
    private readonly templates: TemplatesService,
    private readonly deliveries: DeliveriesRepository,
    private readonly mail: MailTransport,
  ) {}

  async send(testSendId: string): Promise<void> {
    const send = await this.sends.find(testSendId);
    if (!send || send.status !== 'queued') return;
    try {
      const rendering = await this.templates.preview(send.workspaceId, send.templateId, send.options);
      const suppressed = await this.sends.suppressed(send.workspaceId, send.recipients);
      const results: TestSendOutcome[] = [];
      let last: MailSendResult | null = null;
      for (const to of send.recipients) {
        if (suppressed.has(to)) {
          results.push({ to, status: 'suppressed' });
          continue;
        }
        await this.sendSlot(send.workspaceId, send.emailRatePerSecond);
        try {
          last = await this.mail.send(testMessage(rendering, to));
          results.push({ to, status: 'sent', messageId: last.messageId });
        } catch (error) {
          // The mail server refusing an address is the requester's to fix, not a failure of the send.
          const reason = recipientRefusal(error);
          if (!reason) throw error;
          results.push({ to, status: 'refused', reason });
        }
      }
      await this.sends.finish(send.id, { status: 'done', results, transport: last?.transport ?? null, destination: last?.destination ?? null, error: null });
    } catch (error) {
      this.logger.warn(`Test send ${send.id} failed: ${(error as Error).message}`);
      await this.sends.finish(send.id, { status: 'failed', results: [], transport: null, destination: null, error: (error as Error).message });
    }
  }

  // The workspace's rate holds for test emails too: wait for its next send slot.
  private async sendSlot(workspaceId: string, ratePerSecond: number): Promise<void> {
    for (;;) {
      const { granted, nextAt } = await this.deliveries.takeSendSlots(workspaceId, ratePerSecond, 1);
      if (granted > 0) return;
      await sleep(Math.max(10, Math.min(5_000, (nextAt?.getTime() ?? Date.now() + 100) - Date.now())));
    }
  }
}
