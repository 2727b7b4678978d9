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

/** Turns the links of one network post into tracked click URLs as they are met. */
export interface PostLinkTracker {
  /** The click URL for `url` (the same one for the same URL). */
  track(url: string): string;
  /** The original URLs by index, as met so far: store them on the delivery before the post leaves. */
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

  /**
   * Click URLs for a network post's links, one index per distinct URL, as for an email; a post has
   * no open pixel (nobody in particular reads it) and its clicks name no learner.
   */
  trackPost(deliveryId: string): PostLinkTracker {
    const links: string[] = [];
    const track = (url: string): string => {
      if (this.isOwn(url)) return url;
      let index = links.indexOf(url);
      if (index < 0) index = links.push(url) - 1;
      return `${this.baseUrl}/t/c/${this.tokens.sign({ kind: 'c', deliveryId, link: index })}`;
    };
    return { track, links };
  }

  /** Rewrites the links of both parts of an email (same indexes) and adds the open pixel. */
  trackEmail(deliveryId: string, html: string, text: string): TrackedEmail {
    const options = { baseUrl: this.baseUrl, deliveryId, tokens: this.tokens, keep: (url: string) => this.isOwn(url) };
    const rewrittenHtml = rewriteEmailLinks(html, options);
    const rewrittenText = rewriteTextLinks(text, { ...options, links: rewrittenHtml.links });
    return { html: rewrittenHtml.html, text: rewrittenText.text, links: rewrittenText.links };
  }

  // Clarion's own tracking and preference links are left as they are.
  /** Links that are tracked already, or personal: an ambassador's short link (/s/) and page (/a/) are passed on as they are. */
  private isOwn(url: string): boolean {
    return ['/u/', '/t/', '/s/', '/a/'].some((prefix) => url.startsWith(`${this.baseUrl}${prefix}`));
  }
}
