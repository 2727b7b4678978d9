import { machineOpenReason, type OpenSignal } from './machine-open';

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
  ])('%s → %s', (_name, overrides, expected) => {
    const signal: OpenSignal = { openedAt: later(3600), sentAt: SENT, userAgent: HUMAN_UA, ip: '81.2.69.160', machineOpenSeconds: 10, ...overrides };
    expect(machineOpenReason(signal)).toBe(expected);
  });
});
