import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { AmbassadorPageTokens } from './ambassador-page-token';
import { AmbassadorsRepository } from './ambassadors.repository';
import { newShortCode } from './short-code';

export interface AmbassadorUrls {
  /** The ambassador's personal page (`/a/<token>`). */
  pageUrl: string;
  /** Their short share link (`/s/<code>`). */
  shortUrl: string;
}

// A fresh code collides with a live one about never (58 bits); three draws make "never" certain enough.
const CODE_DRAWS = 3;

/**
 * Issues the links an ambassador gets: a personal page link and a short share link per campaign,
 * created on first need (talking points being composed, a DLM issuing one) and kept until revoked.
 */
@Injectable()
export class AmbassadorLinks {
  private readonly baseUrl: string;
  /** Where Clarion is reached from outside (PUBLIC_BASE_URL). */
  readonly publicBaseUrl: string;

  constructor(
    private readonly repository: AmbassadorsRepository,
    private readonly tokens: AmbassadorPageTokens,
    config: AppConfig,
  ) {
    this.baseUrl = config.publicBaseUrl;
    this.publicBaseUrl = config.publicBaseUrl;
  }

  pageUrl(linkId: string): string {
    return `${this.baseUrl}/a/${this.tokens.sign(linkId)}`;
  }

  shortUrl(code: string): string {
    return `${this.baseUrl}/s/${code}`;
  }

  /** The live links of these ambassadors of a campaign, issuing those they lack. Learners not of the workspace get none. */
  async ensure(workspaceId: string, campaignId: string, learnerIds: string[]): Promise<Map<string, AmbassadorUrls>> {
    const ids = [...new Set(learnerIds)];
    let live = await this.repository.liveLinks(campaignId, ids);
    // Reading is the common case (a page view, a batch of talking points already issued): write only what is missing.
    let missing = ids.filter((id) => !live.get(id)?.linkId || !live.get(id)?.code);
    if (missing.length) {
      for (let i = 0; i < CODE_DRAWS && missing.length; i++) {
        missing = await this.repository.ensureLinks(workspaceId, campaignId, missing, missing.map(() => newShortCode()));
      }
      live = await this.repository.liveLinks(campaignId, ids);
    }
    const urls = new Map<string, AmbassadorUrls>();
    for (const [learnerId, link] of live) {
      if (link.linkId && link.code) urls.set(learnerId, { pageUrl: this.pageUrl(link.linkId), shortUrl: this.shortUrl(link.code) });
    }
    return urls;
  }

  /** The campaign's poster short code, issued on first need. */
  async posterCode(workspaceId: string, campaignId: string): Promise<string> {
    for (let i = 0; i < CODE_DRAWS; i++) {
      const code = await this.repository.ensurePosterCode(workspaceId, campaignId, newShortCode());
      if (code) return code;
    }
    throw new Error('Could not issue a poster short link');
  }
}
