export interface OpenSignal {
  /** When the pixel was fetched. */
  openedAt: Date;
  /** When the delivery was sent; null when unknown. */
  sentAt: Date | null;
  userAgent: string | undefined;
  ip: string | undefined;
  /** Opens within this many seconds of the send are machine opens. */
  machineOpenSeconds: number;
}

export type MachineOpenReason = 'too_soon' | 'apple_privacy_proxy' | 'image_proxy' | 'security_scanner' | 'link_preview' | 'automation' | 'no_user_agent';

// Mail security gateways and link scanners that fetch every image and link of a message on arrival.
const SCANNERS = /barracuda|mimecast|proofpoint|symantec|messagelabs|trendmicro|fortiguard|sophos|cisco|ironport|microsoft office|ms-office|safelinks|outlook-ios-preview|bingpreview|python-requests|curl\/|wget\//i;
// Image proxies that fetch on behalf of the mail client, without telling whether a human looks.
const IMAGE_PROXIES = /googleimageproxy|yahoomailproxy|ymailproxy|feedfetcher/i;
// Chat apps, social networks and search engines that fetch a link to show its preview (unfurl) as
// soon as it is posted: Slack, Teams and Skype, Viva Engage, Facebook, LinkedIn, X, WhatsApp,
// Discord, Telegram, Google, Bing, Apple, embed services.
const LINK_PREVIEWS = /slackbot|slack-imgproxy|skypeuripreview|microsoftpreview|yammer|facebookexternalhit|facebot|linkedinbot|twitterbot|whatsapp\/|discordbot|telegrambot|googlebot|google-pagerenderer|bingbot|applebot|embedly|iframely|redditbot|pinterestbot|mastodon|vkshare|skypebot/i;
// Scripts and headless browsers: HTTP libraries and command-line clients, and browsers driven
// without a screen (a headless Chromium announces itself as HeadlessChrome). No person clicks
// through them.
const AUTOMATION = /headless|phantomjs|python-requests|python-urllib|curl\/|wget\/|go-http-client|node-fetch|axios\/|okhttp|libwww-perl|java\/|apache-httpclient|undici/i;
// Apple Mail Privacy Protection prefetches through Apple's proxies (17.0.0.0/8) with a bare UA.
const APPLE_NETWORK = /^(?:::ffff:)?17\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/**
 * Why an open looks like a machine's rather than a person's, or null for a human open. Machine
 * opens are recorded (flag `machine`) but counted apart from human ones in the report.
 */
export function machineOpenReason(signal: OpenSignal): MachineOpenReason | null {
  const ua = signal.userAgent?.trim() ?? '';
  if (signal.sentAt && signal.openedAt.getTime() - signal.sentAt.getTime() < signal.machineOpenSeconds * 1000) return 'too_soon';
  const fetcher = userAgentReason(ua);
  if (fetcher) return fetcher;
  if (ua === 'Mozilla/5.0' && signal.ip && APPLE_NETWORK.test(signal.ip)) return 'apple_privacy_proxy';
  return null;
}

/**
 * Why a click on a network post looks like a machine's, or null for a person's. A post is read as
 * it arrives, so how soon a click comes says nothing: only who fetched does (Slack and Teams fetch
 * every link of a post at once to preview it).
 */
export function machinePostClickReason(userAgent: string | undefined): MachineOpenReason | null {
  return userAgentReason(userAgent?.trim() ?? '');
}

function userAgentReason(ua: string): MachineOpenReason | null {
  if (!ua) return 'no_user_agent';
  if (LINK_PREVIEWS.test(ua)) return 'link_preview';
  if (IMAGE_PROXIES.test(ua)) return 'image_proxy';
  if (SCANNERS.test(ua)) return 'security_scanner';
  if (AUTOMATION.test(ua)) return 'automation';
  return null;
}
