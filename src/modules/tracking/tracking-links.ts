import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { rewriteEmailLinks, rewriteTextLinks } from './link-rewriter';
import { TrackingTokens } from './tracking-token';

export interface TrackedEmail {
  html: string;
  text: string;
  /** Store on the delivery (`deliveries.links`) in the same UPDATE that marks it sent. */
  links: string[];
}

/** The tracked URLs the campaign engine puts in what it sends. */
@Injectable()
export class TrackingLinks {
  private readonly baseUrl: string;

  constructor(
    config: AppConfig,
    private readonly tokens: TrackingTokens,
  ) {
    this.baseUrl = config.publicBaseUrl;
  }

  /** The preference page, also the RFC 8058 one-click target of `List-Unsubscribe`. */
  unsubscribeUrl(deliveryId: string): string {
    return `${this.baseUrl}/u/${this.tokens.sign({ kind: 'u', deliveryId })}`;
  }

  /** An ambassador's personal link for talking points: redirects to the course and credits enrolments. */
  shareUrl(campaignId: string, ambassadorLearnerId: string): string {
    return `${this.baseUrl}/t/s/${this.shareRef(campaignId, ambassadorLearnerId)}`;
  }

  /** The `ref` the LMS receives on the enrol link and sends back with its events. */
  shareRef(campaignId: string, ambassadorLearnerId: string): string {
    return this.tokens.sign({ kind: 's', campaignId, ambassadorId: ambassadorLearnerId });
  }

  /** Rewrites the links of both parts of an email (same indexes) and adds the open pixel. */
  trackEmail(deliveryId: string, html: string, text: string): TrackedEmail {
    // Links that are tracked already, or personal: an ambassador's short link (/s/) and page (/a/) are passed on as they are.
    const keep = (url: string) => ['/u/', '/t/', '/s/', '/a/'].some((prefix) => url.startsWith(`${this.baseUrl}${prefix}`));
    const options = { baseUrl: this.baseUrl, deliveryId, tokens: this.tokens, keep };
    const rewrittenHtml = rewriteEmailLinks(html, options);
    const rewrittenText = rewriteTextLinks(text, { ...options, links: rewrittenHtml.links });
    return { html: rewrittenHtml.html, text: rewrittenText.text, links: rewrittenText.links };
  }
}
