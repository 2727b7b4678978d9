import { machineOpenReason, machinePostClickReason, type OpenSignal } from './machine-open';

const SENT = new Date('2026-03-02T09:00:00Z');
const HUMAN_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36';
const later = (seconds: number) => new Date(SENT.getTime() + seconds * 1000);

describe('machineOpenReason', () => {
  it.each<[string, Partial<OpenSignal>, string | null]>([
    ['a browser an hour after the send', { openedAt: later(3600) }, null],
    ['9.9 s after the send', { openedAt: later(9.9) }, 'too_soon'],
    ['exactly 10 s after the send', { openedAt: later(10) }, null],
    ['with the threshold off', { openedAt: later(1), machineOpenSeconds: 0 }, null],
    ['without a known send time', { openedAt: later(1), sentAt: null }, null],
    ['Google Image Proxy', { userAgent: 'Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)' }, 'image_proxy'],
    ['Apple proxy: bare Mozilla/5.0 from 17.x', { userAgent: 'Mozilla/5.0', ip: '17.58.101.7' }, 'apple_privacy_proxy'],
    ['Apple proxy seen as an IPv4-mapped address', { userAgent: 'Mozilla/5.0', ip: '::ffff:17.58.101.7' }, 'apple_privacy_proxy'],
    ['bare Mozilla/5.0 from elsewhere', { userAgent: 'Mozilla/5.0', ip: '81.2.69.160' }, null],
    ['a full Apple Mail UA from 17.x', { userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko)', ip: '17.1.2.3' }, null],
    ['Barracuda', { userAgent: 'Barracuda Sentinel (EE)' }, 'security_scanner'],
    ['Mimecast', { userAgent: 'Mozilla/5.0 Mimecast URL Protect' }, 'security_scanner'],
    ['Microsoft Office fetch', { userAgent: 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17328)' }, 'security_scanner'],
    ['no user agent', { userAgent: undefined }, 'no_user_agent'],
    ['Slack unfurling a link', { userAgent: 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)' }, 'link_preview'],
    ['a headless Chromium', { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36' }, 'automation'],
  ])('%s → %s', (_name, overrides, expected) => {
    const signal: OpenSignal = { openedAt: later(3600), sentAt: SENT, userAgent: HUMAN_UA, ip: '81.2.69.160', machineOpenSeconds: 10, ...overrides };
    expect(machineOpenReason(signal)).toBe(expected);
  });
});

describe('machinePostClickReason', () => {
  it.each<[string, string | undefined, string | null]>([
    ['a browser', HUMAN_UA, null],
    ['a phone whose model ends in "bot"', 'Mozilla/5.0 (Linux; Android 9; CUBOT P30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36', null],
    ['Slack unfurling', 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)', 'link_preview'],
    ["Slack's image proxy", 'Slack-ImgProxy (+https://api.slack.com/robots)', 'link_preview'],
    ['Teams previewing', 'Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com', 'link_preview'],
    ['Microsoft preview service', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0 Safari/537.36 MicrosoftPreview/2.0 +https://aka.ms/MicrosoftPreview', 'link_preview'],
    ['LinkedIn', 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)', 'link_preview'],
    ['Facebook', 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)', 'link_preview'],
    ['a link scanner', 'Mozilla/5.0 Mimecast URL Protect', 'security_scanner'],
    ['a script', 'curl/8.5.0', 'security_scanner'],
    ['a headless Chromium', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36', 'automation'],
    ['PhantomJS', 'Mozilla/5.0 (Unknown; Linux x86_64) AppleWebKit/538.1 (KHTML, like Gecko) PhantomJS/2.1.1 Safari/538.1', 'automation'],
    ['Go', 'Go-http-client/2.0', 'automation'],
    ['node-fetch', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', 'automation'],
    ['axios', 'axios/1.7.2', 'automation'],
    ['Wget', 'Wget/1.21.4', 'security_scanner'],
    ['python-requests', 'python-requests/2.32.3', 'security_scanner'],
    ['a desktop Chrome', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', null],
    ['no user agent', undefined, 'no_user_agent'],
    ['a blank user agent', '  ', 'no_user_agent'],
  ])('%s → %s', (_name, userAgent, expected) => {
    expect(machinePostClickReason(userAgent)).toBe(expected);
  });
});
