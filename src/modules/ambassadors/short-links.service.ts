import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import QRCode from 'qrcode';
import { EventKind, EventSource } from '../events/event-kind';
import { EventsRepository } from '../events/events.repository';
import { machineOpenReason } from '../tracking/machine-open';
import { TrackingErrors } from '../tracking/tracking.errors';
import { withUtm } from '../tracking/utm';
import { AmbassadorLinks } from './ambassador-links.service';
import { AmbassadorsRepository } from './ambassadors.repository';
import { SHORT_CODE_PATTERN } from './short-code';

/** Who followed a short link: link previews (chat apps unfurling a post) are recorded apart from people. */
export interface ShortLinkVisitor {
  userAgent: string | undefined;
  ip: string | undefined;
}

// Chat and social apps fetch a link to draw its preview as soon as it is posted.
const LINK_PREVIEWS = /slackbot|slack-imgproxy|skypeuripreview|microsoft teams|linkedinbot|facebookexternalhit|twitterbot|whatsapp|discordbot|telegrambot|googlebot|bingbot|\bbot\b|crawler|spider/i;

/**
 * Short links (`/s/<code>`): a few characters that redirect to the campaign's enrol URL with UTM
 * parameters and a `ref` (the code) that credits the enrolment to the ambassador or the poster, and
 * that record a click event without a learner (channel `ambassador` or `poster`).
 */
@Injectable()
export class ShortLinksService {
  constructor(
    private readonly repository: AmbassadorsRepository,
    private readonly events: EventsRepository,
    private readonly links: AmbassadorLinks,
  ) {}

  async follow(code: string, visitor: ShortLinkVisitor): Promise<string> {
    const target = SHORT_CODE_PATTERN.test(code) ? await this.repository.findShortLink(code) : null;
    if (!target) throw TrackingErrors.linkNotFound();
    if (!target.enrolUrl) throw TrackingErrors.noEnrolLink();
    const machine = machineOpenReason({ openedAt: new Date(), sentAt: null, ...visitor, machineOpenSeconds: 0 }) !== null || LINK_PREVIEWS.test(visitor.userAgent ?? '');
    await this.events.recordMany([
      {
        workspaceId: target.workspaceId,
        kind: EventKind.Clicked,
        occurredAt: new Date(),
        source: EventSource.Tracking,
        idempotencyKey: `short:${code}:${randomUUID()}`,
        campaignId: target.campaignId,
        channel: target.source,
        courseId: target.courseId,
        sessionId: target.sessionId,
        ambassadorId: target.ambassadorId,
        machine,
        data: machine ? { shortLink: code, userAgent: visitor.userAgent?.slice(0, 200) ?? null } : { shortLink: code },
      },
    ]);
    let url: URL;
    try {
      url = new URL(target.enrolUrl);
    } catch {
      throw TrackingErrors.noEnrolLink();
    }
    // A poster's scans read as such in the LMS's analytics too.
    if (target.source === 'poster' && !url.searchParams.has('utm_source')) url.searchParams.set('utm_source', 'poster');
    const tracked = new URL(withUtm(url.toString(), { channel: target.source, campaignId: target.campaignId, stepPosition: null, variant: null }));
    tracked.searchParams.set('ref', code);
    return tracked.toString();
  }

  /** The QR code of a live short link, as SVG (crisp in print) or PNG. */
  async qrCode(code: string, format: 'svg' | 'png'): Promise<string | Buffer> {
    const target = SHORT_CODE_PATTERN.test(code) ? await this.repository.findShortLink(code) : null;
    if (!target) throw TrackingErrors.linkNotFound();
    const text = this.links.shortUrl(code);
    // Level M survives a crease or a smudge on a poster; a 4-module quiet zone is what scanners expect.
    const options = { errorCorrectionLevel: 'M' as const, margin: 4 };
    return format === 'svg' ? QRCode.toString(text, { ...options, type: 'svg' }) : QRCode.toBuffer(text, { ...options, type: 'png', width: 600 });
  }
}
