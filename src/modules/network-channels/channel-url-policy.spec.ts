import { checkChannelUrl, parseChannelUrl, urlPreview, type UrlProblem } from './channel-url-policy';
import { NetworkChannelKind } from './network-channel-kind';

const { Slack, Teams, Webhook } = NetworkChannelKind;
const PUBLIC = ['52.1.2.3'];
const SLACK = 'https://hooks.slack.com/services/T000/B000/abcdefghijkl';
const TEAMS = 'https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?api-version=2016-06-01&sig=s3cr3t';

const url = (raw: string): URL => {
  const parsed = parseChannelUrl(raw);
  if (!(parsed instanceof URL)) throw new Error(parsed.message);
  return parsed;
};

describe('parseChannelUrl', () => {
  it.each([
    ['not a url', 'must be an absolute URL'],
    ['/relative/path', 'must be an absolute URL'],
    ['ftp://example.com/x', 'must use https'],
    ['javascript:alert(1)', 'must use https'],
    ['https://user:pass@example.com/hook', 'must not carry a user name or password'],
    [`https://example.com/${'a'.repeat(2100)}`, 'must be at most 2048 characters'],
  ])('refuses %p', (raw, message) => {
    const problem = parseChannelUrl(raw) as UrlProblem;
    expect(problem.message).toBe(message);
    expect(problem.message).not.toContain(raw);
  });

  it('accepts http and https URLs', () => {
    expect(parseChannelUrl(SLACK)).toBeInstanceOf(URL);
    expect(parseChannelUrl('http://127.0.0.1:8080/hook')).toBeInstanceOf(URL);
  });
});

describe('checkChannelUrl', () => {
  it.each<[string, NetworkChannelKind, string, string[] | null, boolean, string | null]>([
    ['Slack on hooks.slack.com', Slack, SLACK, PUBLIC, false, null],
    ['Slack when DNS does not answer', Slack, SLACK, null, false, null],
    ['Slack elsewhere', Slack, 'https://hooks.example.com/services/x', PUBLIC, false, 'NETWORK_CHANNEL.HOST_NOT_ALLOWED'],
    ['Slack on a look-alike host', Slack, 'https://hooks.slack.com.evil.io/x', PUBLIC, false, 'NETWORK_CHANNEL.HOST_NOT_ALLOWED'],
    ['Slack over http', Slack, 'http://hooks.slack.com/services/x', PUBLIC, false, 'NETWORK_CHANNEL.URL_INVALID'],
    ['Teams on Logic Apps', Teams, TEAMS, PUBLIC, false, null],
    ['Teams on Power Platform', Teams, 'https://default1234.56.environment.api.powerplatform.com:443/powerautomate/x', PUBLIC, false, null],
    ['Teams on an Office connector', Teams, 'https://acme.webhook.office.com/webhookb2/x', PUBLIC, false, null],
    ['Teams on a suffix without the dot', Teams, 'https://evillogic.azure.com/x', PUBLIC, false, 'NETWORK_CHANNEL.HOST_NOT_ALLOWED'],
    ['Teams elsewhere', Teams, 'https://example.com/x', PUBLIC, false, 'NETWORK_CHANNEL.HOST_NOT_ALLOWED'],
    ['a webhook anywhere public', Webhook, 'https://intranet.example.com/hooks/clarion', PUBLIC, false, null],
    ['a webhook over http on a public host', Webhook, 'http://intranet.example.com/hook', PUBLIC, true, 'NETWORK_CHANNEL.URL_INVALID'],
    ['127.0.0.1', Webhook, 'https://127.0.0.1/hook', ['127.0.0.1'], false, 'NETWORK_CHANNEL.HOST_FORBIDDEN'],
    ['10.x', Webhook, 'https://10.0.0.5/hook', ['10.0.0.5'], false, 'NETWORK_CHANNEL.HOST_FORBIDDEN'],
    ['[::1]', Webhook, 'https://[::1]/hook', ['::1'], false, 'NETWORK_CHANNEL.HOST_FORBIDDEN'],
    ['a name resolving to loopback', Webhook, 'https://localhost/hook', ['127.0.0.1'], false, 'NETWORK_CHANNEL.HOST_FORBIDDEN'],
    ['a name with one private address among public ones', Webhook, 'https://mixed.example.com/h', ['52.1.2.3', '10.0.0.1'], false, 'NETWORK_CHANNEL.HOST_FORBIDDEN'],
    ['cloud metadata', Webhook, 'http://169.254.169.254/latest', ['169.254.169.254'], false, 'NETWORK_CHANNEL.HOST_FORBIDDEN'],
    ['cloud metadata even where private hosts are allowed', Webhook, 'http://169.254.169.254/latest', ['169.254.169.254'], true, 'NETWORK_CHANNEL.HOST_FORBIDDEN'],
    ['loopback over http where private hosts are allowed', Webhook, 'http://127.0.0.1:8080/hook', ['127.0.0.1'], true, null],
    ['a Slack channel on a private relay where allowed', Slack, 'http://10.0.0.5:8080/slack', ['10.0.0.5'], true, null],
    ['a Slack channel on a private relay where not allowed', Slack, 'http://10.0.0.5:8080/slack', ['10.0.0.5'], false, 'NETWORK_CHANNEL.HOST_FORBIDDEN'],
  ])('%s', (_, kind, raw, addresses, allowPrivate, code) => {
    const problem = checkChannelUrl(kind, url(raw), addresses, allowPrivate);
    expect(problem?.code ?? null).toBe(code);
    if (problem) expect(problem.message).not.toContain(raw);
  });

  it('names the range that was refused', () => {
    expect(checkChannelUrl(Webhook, url('https://x.example.com/'), ['169.254.169.254'], false)?.message).toMatch(/link-local/);
    expect(checkChannelUrl(Webhook, url('https://x.example.com/'), ['127.0.0.1'], false)?.message).toMatch(/loopback/);
  });
});

describe('urlPreview', () => {
  it.each([
    [SLACK, 'https://hooks.slack.com/…/ijkl'],
    [TEAMS, 'https://prod-12.westeurope.logic.azure.com/…/cr3t'],
    ['http://127.0.0.1:8080/hook', 'http://127.0.0.1:8080/…/hook'],
  ])('%s → %s', (raw, preview) => {
    expect(urlPreview(url(raw))).toBe(preview);
  });
});
