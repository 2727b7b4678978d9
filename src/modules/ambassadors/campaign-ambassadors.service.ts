import { Injectable } from '@nestjs/common';
import { Channel } from '../../common/enums';
import { brandFor } from '../branding/brand-style';
import { BrandKitsService } from '../branding/brand-kits.service';
import { CampaignErrors } from '../campaigns/campaigns.errors';
import { renderContextOf } from '../templates/message-facts';
import { TemplatesRepository } from '../templates/templates.repository';
import { AmbassadorLinks } from './ambassador-links.service';
import { pageBrand, pageSession } from './ambassador-pages.service';
import { AmbassadorsRepository, type CampaignAmbassadorRow } from './ambassadors.repository';
import { AmbassadorErrors } from './ambassadors.errors';
import type { CampaignAmbassadorDto, PosterDto } from './dto/campaign-ambassador.dto';

/** What a DLM does with a campaign's ambassadors' links, and the campaign's poster. */
@Injectable()
export class CampaignAmbassadorsService {
  constructor(
    private readonly repository: AmbassadorsRepository,
    private readonly links: AmbassadorLinks,
    private readonly templates: TemplatesRepository,
    private readonly brandKits: BrandKitsService,
  ) {}

  async list(workspaceId: string, campaignId: string): Promise<CampaignAmbassadorDto[]> {
    if (!(await this.repository.campaignExists(workspaceId, campaignId))) throw CampaignErrors.notFound();
    return (await this.repository.campaignAmbassadors(workspaceId, campaignId)).map((row) => this.item(row));
  }

  /** Issues the ambassador a new page link (revoking the live one, if any: an old email's link then answers 404). */
  async issue(workspaceId: string, campaignId: string, learnerId: string): Promise<CampaignAmbassadorDto> {
    await this.ambassadorOf(workspaceId, campaignId, learnerId);
    await this.repository.revokeLink(workspaceId, campaignId, learnerId);
    await this.links.ensure(workspaceId, campaignId, [learnerId]);
    return this.one(workspaceId, campaignId, learnerId);
  }

  /** Revokes the ambassador's page link; their short link stays live, so what they already posted keeps working. */
  async revoke(workspaceId: string, campaignId: string, learnerId: string): Promise<CampaignAmbassadorDto> {
    await this.ambassadorOf(workspaceId, campaignId, learnerId);
    await this.repository.revokeLink(workspaceId, campaignId, learnerId);
    return this.one(workspaceId, campaignId, learnerId);
  }

  /**
   * What the campaign's printable poster shows, in `language` (else the workspace's): the course's
   * text in that language, else the workspace's, else any; the session's dates in its own zone,
   * named (a poster hangs where the session happens). Its short link is issued on first need.
   */
  async poster(workspaceId: string, campaignId: string, language?: string): Promise<PosterDto> {
    const facts = await this.templates.messageFacts(workspaceId, campaignId, null, Channel.Email);
    if (!facts) throw CampaignErrors.notFound();
    const locale = language ?? facts.workspaceDefaultLocale;
    const brand = brandFor(await this.brandKits.resolveStyle(workspaceId, facts.campaign.brandKitId), locale, facts.workspaceDefaultLocale);
    const context = renderContextOf(facts, brand, locale, { unsubscribe: '', share: null });
    const code = await this.links.posterCode(workspaceId, campaignId);
    return {
      locale,
      campaignName: facts.campaign.name,
      courseTitle: context.course.title,
      courseDescription: context.course.description || null,
      session: facts.session ? pageSession(facts.session, locale, facts.session.timeZone) : null,
      brand: pageBrand(brand, this.links.publicBaseUrl),
      shortUrl: this.links.shortUrl(code),
      qrCodeUrl: `/s/${code}/qr.svg`,
    };
  }

  private async ambassadorOf(workspaceId: string, campaignId: string, learnerId: string): Promise<void> {
    const campaign = await this.repository.campaignExists(workspaceId, campaignId);
    if (!campaign) throw CampaignErrors.notFound();
    if (!campaign.ambassadorIds.includes(learnerId)) throw AmbassadorErrors.notAnAmbassador();
  }

  private async one(workspaceId: string, campaignId: string, learnerId: string): Promise<CampaignAmbassadorDto> {
    const row = (await this.repository.campaignAmbassadors(workspaceId, campaignId)).find((r) => r.learnerId === learnerId);
    if (!row) throw AmbassadorErrors.notAnAmbassador();
    return this.item(row);
  }

  private item(row: CampaignAmbassadorRow): CampaignAmbassadorDto {
    const active = row.linkId !== null && row.linkRevokedAt === null;
    return {
      learnerId: row.learnerId,
      name: [row.firstName, row.lastName].filter(Boolean).join(' ') || row.email,
      email: row.email,
      linkStatus: row.linkId === null ? 'none' : active ? 'active' : 'revoked',
      pageUrl: active ? this.links.pageUrl(row.linkId!) : null,
      shortUrl: row.shortCode ? this.links.shortUrl(row.shortCode) : null,
      issuedAt: row.linkCreatedAt,
      revokedAt: row.linkRevokedAt,
    };
  }
}
