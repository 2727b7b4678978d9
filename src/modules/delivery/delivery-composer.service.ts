import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Channel } from '../../common/enums';
import { mailbox } from '../../infrastructure/mail/mail-headers';
import type { MailMessage } from '../../infrastructure/mail/mail-message';
import { AmbassadorLinks, type AmbassadorUrls } from '../ambassadors/ambassador-links.service';
import { brandFor, type BrandStyle } from '../branding/brand-style';
import { renderContextOf } from '../templates/message-facts';
import { BrandKitsService } from '../branding/brand-kits.service';
import { BoundedCache } from '../templates/bounded-cache';
import { resolveLocale } from '../templates/template-content';
import { TemplateRenderer, type RenderableVersion } from '../templates/template-renderer';
import { TemplateVersion } from '../templates/template-version.entity';
import { Template } from '../templates/template.entity';
import { TrackingLinks } from '../tracking/tracking-links';
import type { DeliveryContextRow } from './deliveries.repository';
import type { RenderedPost } from './network/network-post';
import { deliveryMessageId } from './send-rules';
import { carriesInvite, inviteUid, sessionInviteIcs } from './calendar-invite';

export type Composed =
  /** `links`: the URLs the tracked email points to, by index (stored on the delivery when sent). */
  | { kind: 'email'; message: MailMessage; links: string[] }
  /** `links`: the URLs behind the post's tracked links, by index (stored on the delivery before it leaves). */
  | { kind: 'post'; channelId: string; payload: RenderedPost; links: string[] };

/**
 * Builds what a delivery sends: the render context from the learner, persona, course, session,
 * campaign and brand, the rendered template (compiled once per version, Handlebars per recipient),
 * and for email the headers a mailbox provider expects (stable Message-ID, RFC 8058 one-click
 * unsubscribe on promotional mail; none on a service message, see `message-kind.ts`).
 */
@Injectable()
export class DeliveryComposer {
  // Versions never change once saved, so a worker may keep them as long as it likes.
  private readonly versions = new BoundedCache<string, RenderableVersion>(1_000);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly renderer: TemplateRenderer,
    private readonly brandKits: BrandKitsService,
    private readonly tracking: TrackingLinks,
    private readonly ambassadorLinks: AmbassadorLinks,
  ) {}

  /**
   * Loads what a batch needs (template versions, brand styles) once, and returns a function that
   * composes one delivery. Messages are built one at a time, just before they are sent, so a worker
   * never holds a whole batch of rendered emails in memory.
   */
  async prepare(rows: DeliveryContextRow[]): Promise<(row: DeliveryContextRow) => Promise<Composed>> {
    await this.loadVersions(rows.map((r) => r.templateVersionId));
    const brands = new Map<string, Promise<BrandStyle>>();
    const ambassadors = await this.ambassadorUrls(rows);
    return async (row) => {
      const key = `${row.workspaceId}:${row.campaign.brandKitId ?? ''}`;
      if (!brands.has(key)) brands.set(key, this.brandKits.resolveStyle(row.workspaceId, row.campaign.brandKitId));
      return this.compose(row, await brands.get(key)!, ambassadors.get(`${row.campaignId}:${row.learnerId}`));
    };
  }

  /** The page and short links of the batch's talking-points recipients, issued once per ambassador and campaign. */
  private async ambassadorUrls(rows: DeliveryContextRow[]): Promise<Map<string, AmbassadorUrls>> {
    const byCampaign = new Map<string, { workspaceId: string; learnerIds: string[] }>();
    for (const row of rows) {
      if (row.channel !== Channel.TalkingPoints || !row.learnerId) continue;
      const entry = byCampaign.get(row.campaignId) ?? { workspaceId: row.workspaceId, learnerIds: [] };
      entry.learnerIds.push(row.learnerId);
      byCampaign.set(row.campaignId, entry);
    }
    const urls = new Map<string, AmbassadorUrls>();
    for (const [campaignId, { workspaceId, learnerIds }] of byCampaign) {
      for (const [learnerId, u] of await this.ambassadorLinks.ensure(workspaceId, campaignId, learnerIds)) urls.set(`${campaignId}:${learnerId}`, u);
    }
    return urls;
  }

  private async compose(row: DeliveryContextRow, brand: BrandStyle, ambassador?: AmbassadorUrls): Promise<Composed> {
    const version = this.versions.get(row.templateVersionId);
    if (!version) throw new Error(`Template version ${row.templateVersionId} not found`);
    const locales = Object.keys(version.variants);

    if (row.channel === Channel.Post) {
      if (!row.networkChannelId) throw new Error('A post delivery has no network channel');
      const locale = resolveLocale(locales, [row.workspaceDefaultLocale]);
      const localBrand = brandFor(brand, locale, row.workspaceDefaultLocale);
      // Every link becomes a tracked redirect (clicks counted per post and channel, no learner).
      const tracker = this.tracking.trackPost(row.id);
      const context = renderContextOf(row, localBrand, locale, { unsubscribe: '', share: null });
      const rendered = this.renderer.renderPost({ version, locale, brand: localBrand, context, timeZone: row.workspaceTimeZone }, tracker.track);
      return { kind: 'post', channelId: row.networkChannelId, payload: rendered.payloads, links: tracker.links };
    }

    const learner = row.learner;
    if (!learner) throw new Error('The learner of this delivery no longer exists');
    const locale = resolveLocale(locales, [learner.locale, row.workspaceDefaultLocale]);
    // The brand's and the course's words in the language the email is written in.
    const localBrand = brandFor(brand, locale, row.workspaceDefaultLocale);
    const preferenceUrl = this.tracking.unsubscribeUrl(row.id);
    // A service message (a notice the training needs) offers no unsubscribe: no footer link, no List-Unsubscribe.
    const unsubscribeUrl = row.service ? null : preferenceUrl;
    // Talking points carry the ambassador's short link and page; the long signed share link only if those could not be issued.
    const talkingPoints = row.channel === Channel.TalkingPoints && row.learnerId;
    const shareUrl = talkingPoints ? (ambassador?.shortUrl ?? this.tracking.shareUrl(row.campaignId, row.learnerId!)) : null;
    const context = renderContextOf(row, localBrand, locale, { unsubscribe: unsubscribeUrl ?? '', preferences: preferenceUrl, share: shareUrl, page: ambassador?.pageUrl ?? null });
    const rendered = await this.renderer.renderEmail({ version, locale, brand: localBrand, context, timeZone: learner.timeZone });
    // Every link becomes a tracked redirect to the URL recorded here; an open pixel is added.
    const tracked = this.tracking.trackEmail(row.id, rendered.html, rendered.text);
    const senderEmail = row.campaign.senderEmail ?? brand.senderEmail;
    const senderName = row.campaign.senderName ?? localBrand.senderName;
    const learnerName = [learner.firstName, learner.lastName].filter(Boolean).join(' ');
    const domain = senderEmail.split('@')[1] ?? 'clarion.local';
    const session = row.session;
    // The session as a calendar invite: the same UID for this learner in every email, its current sequence.
    const calendar =
      row.channel === Channel.Email && row.learnerId && session && carriesInvite({ attachInvite: row.stepAttachInvite, notice: row.stepNotice }, row.templatePurpose, true)
        ? sessionInviteIcs({
            uid: inviteUid(row.workspaceId, session.id, row.learnerId, domain),
            sequence: session.inviteSequence,
            cancelled: session.status === 'cancelled',
            title: context.session.title,
            description: context.course.description,
            startsAt: new Date(session.startsAt),
            endsAt: new Date(session.endsAt),
            timeZone: session.timeZone,
            location: session.location,
            meetingUrl: session.meetingUrl,
            organizer: { name: senderName, email: senderEmail },
            attendee: { name: learnerName, email: learner.email },
            now: new Date(),
          })
        : undefined;
    const headers: Record<string, string> = { 'X-Clarion-Delivery': row.id };
    // Every promotional email, essential or not (talking points go to ambassadors, who are not a list).
    if (unsubscribeUrl && row.channel === Channel.Email) {
      headers['List-Unsubscribe'] = `<${unsubscribeUrl}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    return {
      kind: 'email',
      message: {
        from: mailbox(senderName, senderEmail),
        to: mailbox(learnerName, learner.email),
        replyTo: row.campaign.replyTo ?? brand.replyTo,
        subject: rendered.subject,
        html: tracked.html,
        text: tracked.text,
        messageId: deliveryMessageId(row.id, domain),
        headers,
        calendar,
      },
      links: tracked.links,
    };
  }

  private async loadVersions(ids: string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.versions.get(id));
    if (!missing.length) return;
    const rows = await this.dataSource
      .getRepository(TemplateVersion)
      .createQueryBuilder('v')
      .innerJoin(Template, 't', 't.id = v.template_id')
      .select(['v.id AS id', 'v.variants AS variants', 't.channel AS channel'])
      .where('v.id IN (:...ids)', { ids: missing })
      .getRawMany<{ id: string; variants: RenderableVersion['variants']; channel: Channel }>();
    for (const row of rows) this.versions.set(row.id, { id: row.id, channel: row.channel, variants: row.variants });
  }
}
