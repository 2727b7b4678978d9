import { Injectable } from '@nestjs/common';
import { Channel } from '../../common/enums';
import { brandFor, type BrandStyle } from '../branding/brand-style';
import { BrandKitsService } from '../branding/brand-kits.service';
import { renderContextOf, type MessageFacts } from '../templates/message-facts';
import { resolveLocale } from '../templates/template-content';
import { formatMoment, formatSessionWhen, zoneLabel } from '../templates/template-helpers';
import { TemplateRenderer } from '../templates/template-renderer';
import { TemplatesRepository } from '../templates/templates.repository';
import { AmbassadorLinks } from './ambassador-links.service';
import { AmbassadorPageTokens } from './ambassador-page-token';
import type { AmbassadorLinkRow } from './ambassadors.repository';
import { AmbassadorsRepository } from './ambassadors.repository';
import { AmbassadorErrors } from './ambassadors.errors';
import type { AmbassadorPageDto, AmbassadorResultsDto, LinkBrandDto, PageBrandDto, PageSessionDto, RelayDto } from './dto/ambassador-page.dto';
import { publicLeaderboard } from './public-leaderboard';

const PAGE_LOCALES = ['fr', 'en'] as const;

/** The page's language from a content locale: French for any fr-*, else English. */
export function pageLocale(locale: string): 'fr' | 'en' {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/**
 * The brand as a console page draws it. A logo uploaded to Clarion (PUBLIC_BASE_URL/media/…, the
 * absolute URL emails need) is given as its path, `/media/…`: the page loads it from the origin the
 * console is served from, whatever host name the reader reached it by.
 */
export function pageBrand(brand: BrandStyle, publicBaseUrl: string): PageBrandDto {
  const media = `${publicBaseUrl.replace(/\/+$/, '')}/media/`;
  const logoUrl = brand.logoUrl.startsWith(media) ? `/media/${brand.logoUrl.slice(media.length)}` : brand.logoUrl;
  return { name: brand.name, primary: brand.colors.primary, accent: brand.colors.accent, buttonText: brand.colors.buttonText, logoUrl: logoUrl || null, logoAlt: brand.logoAlt || brand.name };
}

/** The session as a page shows it, its dates in words in `locale` and the reader's `zone` (the zone the rendered messages use). */
export function pageSession(session: MessageFacts['session'], locale: string, zone: string): PageSessionDto | null {
  if (!session) return null;
  return {
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    timeZone: session.timeZone,
    location: session.location,
    meetingUrl: session.meetingUrl,
    when: formatSessionWhen(session.startsAt, session.endsAt, locale, zone, session.timeZone),
    enrolBy: session.enrolBy,
    enrolByText: session.enrolBy ? `${formatMoment(session.enrolBy, 'dateTime', locale, zone)} (${zoneLabel(zone, locale)})` : null,
  };
}

/**
 * An ambassador's page, reached with their personal link only: their talking points (the
 * campaign's talking-points step rendered for them, as the email is), their short link and its QR
 * code, their results and the campaign's public leaderboard; "I shared it"; their leaderboard choice.
 */
@Injectable()
export class AmbassadorPagesService {
  constructor(
    private readonly repository: AmbassadorsRepository,
    private readonly tokens: AmbassadorPageTokens,
    private readonly links: AmbassadorLinks,
    private readonly templates: TemplatesRepository,
    private readonly renderer: TemplateRenderer,
    private readonly brandKits: BrandKitsService,
  ) {}

  async page(token: string): Promise<AmbassadorPageDto> {
    const link = await this.liveLink(token);
    const { workspaceId, campaignId, learnerId } = link;
    const [facts, version, urls, tallies] = await Promise.all([
      this.templates.messageFacts(workspaceId, campaignId, learnerId, Channel.TalkingPoints),
      this.repository.talkingPointsVersion(workspaceId, campaignId),
      this.links.ensure(workspaceId, campaignId, [learnerId]),
      this.repository.tallies(workspaceId, campaignId),
    ]);
    const mine = urls.get(learnerId);
    if (!facts?.learner || !mine) throw AmbassadorErrors.linkNotFound();

    const preferred = [facts.learner.locale, facts.workspaceDefaultLocale];
    const locale = version ? resolveLocale(Object.keys(version.variants), preferred) : resolveLocale([...PAGE_LOCALES], preferred);
    const brand = brandFor(await this.brandKits.resolveStyle(workspaceId, facts.campaign.brandKitId), locale, facts.workspaceDefaultLocale);
    const context = renderContextOf(facts, brand, locale, { unsubscribe: '', share: mine.shortUrl, page: this.links.pageUrl(link.id) });
    const talkingPoints = version
      ? this.renderer.renderTalkingPoints({ version: { id: version.id, channel: Channel.TalkingPoints, variants: version.variants }, locale, brand, context, timeZone: facts.learner.timeZone })
      : null;
    const me = tallies.find((t) => t.learnerId === learnerId);
    const code = new URL(mine.shortUrl).pathname.split('/').pop()!;
    return {
      locale: pageLocale(locale),
      firstName: facts.learner.firstName ?? '',
      campaignName: facts.campaign.name,
      courseTitle: context.course.title,
      // The header's dates use the talking points' language and zone, so both give the same time.
      session: pageSession(facts.session, locale, facts.learner.timeZone),
      brand: pageBrand(brand, this.links.publicBaseUrl),
      talkingPoints,
      shortUrl: mine.shortUrl,
      qrCodeUrl: `/s/${code}/qr.svg`,
      results: await this.results(link, me?.clicks ?? 0, me?.enrolled ?? 0),
      leaderboard: publicLeaderboard(tallies, learnerId),
      leaderboardOptOut: me?.optedOut ?? false,
    };
  }

  /**
   * What a page link that no longer opens (revoked, replaced, or its holder no longer an ambassador)
   * can still show: the workspace's name and brand, in the holder's language. Only for a token
   * Clarion signed; any other token is a 404, as the page is.
   */
  async linkBrand(token: string): Promise<LinkBrandDto> {
    const id = this.tokens.verify(token);
    const owner = id ? await this.repository.linkOwner(id) : null;
    if (!owner) throw AmbassadorErrors.linkNotFound();
    const locale = owner.learnerLocale || owner.workspaceLocale;
    let style: BrandStyle;
    try {
      style = await this.brandKits.resolveStyle(owner.workspaceId, owner.brandKitId);
    } catch {
      // The campaign's kit was deleted since: the workspace's default kit, else Clarion's.
      style = await this.brandKits.resolveStyle(owner.workspaceId, null);
    }
    return { locale: pageLocale(locale), workspaceName: owner.workspaceName, brand: pageBrand(brandFor(style, locale, owner.workspaceLocale), this.links.publicBaseUrl) };
  }

  /** "I shared it": recorded once per ambassador, campaign and day; a second press the same day changes nothing. */
  async shared(token: string): Promise<RelayDto> {
    const link = await this.liveLink(token);
    const recorded = await this.repository.recordRelay(link.workspaceId, link.campaignId, link.learnerId);
    const me = (await this.repository.tallies(link.workspaceId, link.campaignId)).find((t) => t.learnerId === link.learnerId);
    return { recorded, results: await this.results(link, me?.clicks ?? 0, me?.enrolled ?? 0) };
  }

  /** The ambassador's own choice to keep their name off the leaderboard other ambassadors see (the DLM's report keeps it). */
  async setLeaderboardOptOut(token: string, optOut: boolean): Promise<{ leaderboardOptOut: boolean }> {
    const link = await this.liveLink(token);
    await this.repository.setLeaderboardOptOut(link.workspaceId, link.learnerId, optOut);
    return { leaderboardOptOut: optOut };
  }

  private async results(link: AmbassadorLinkRow, clicks: number, enrolled: number): Promise<AmbassadorResultsDto> {
    const relays = await this.repository.relaySummary(link.workspaceId, link.campaignId, link.learnerId);
    return { clicks, enrolled, relayCount: relays.count, lastRelayedAt: relays.lastRelayedAt, relayedToday: relays.today };
  }

  private async liveLink(token: string): Promise<AmbassadorLinkRow> {
    const id = this.tokens.verify(token);
    const link = id ? await this.repository.findLink(id) : null;
    if (!link || link.revokedAt || !link.stillAmbassador) throw AmbassadorErrors.linkNotFound();
    return link;
  }
}
