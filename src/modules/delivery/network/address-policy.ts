import { isIPv4, isIPv6 } from 'node:net';

/** How far an address may be reached by an outgoing webhook. */
export enum AddressScope {
  /** Globally routable: always allowed. */
  Public = 'public',
  /** Loopback, RFC 1918, shared (CGNAT) and unique-local: allowed only where private hosts are allowed. */
  Private = 'private',
  /** Link-local (cloud metadata), unspecified, multicast, documentation and other reserved ranges: never. */
  Forbidden = 'forbidden',
}

export interface AddressClass {
  scope: AddressScope;
  /** The range the address falls in, for error messages ("loopback", "link-local"…). */
  range: string;
}

interface Cidr {
  base: bigint;
  prefix: number;
  scope: AddressScope;
  range: string;
}

const { Private, Forbidden } = AddressScope;

// Most specific first: the first match wins.
const IPV4: Cidr[] = [
  v4('100.100.100.200/32', Forbidden, 'cloud metadata'),
  v4('0.0.0.0/8', Forbidden, 'unspecified ("this network")'),
  v4('10.0.0.0/8', Private, 'private (RFC 1918)'),
  v4('100.64.0.0/10', Private, 'shared address space (CGNAT)'),
  v4('127.0.0.0/8', Private, 'loopback'),
  v4('169.254.0.0/16', Forbidden, 'link-local (cloud metadata)'),
  v4('172.16.0.0/12', Private, 'private (RFC 1918)'),
  v4('192.0.0.0/24', Forbidden, 'IETF protocol assignments'),
  v4('192.0.2.0/24', Forbidden, 'documentation'),
  v4('192.88.99.0/24', Forbidden, '6to4 relay anycast'),
  v4('192.168.0.0/16', Private, 'private (RFC 1918)'),
  v4('198.18.0.0/15', Forbidden, 'benchmarking'),
  v4('198.51.100.0/24', Forbidden, 'documentation'),
  v4('203.0.113.0/24', Forbidden, 'documentation'),
  v4('224.0.0.0/4', Forbidden, 'multicast'),
  v4('240.0.0.0/4', Forbidden, 'reserved (incl. broadcast)'),
];

const IPV6: Cidr[] = [
  v6('::/128', Forbidden, 'unspecified'),
  v6('::1/128', Private, 'loopback'),
  v6('fd00:ec2::254/128', Forbidden, 'cloud metadata'),
  v6('::/96', Forbidden, 'IPv4-compatible (deprecated)'),
  v6('64:ff9b:1::/48', Forbidden, 'local-use IPv4/IPv6 translation'),
  v6('100::/64', Forbidden, 'discard-only'),
  v6('2001:db8::/32', Forbidden, 'documentation'),
  v6('2001::/23', Forbidden, 'IETF protocol assignments (incl. Teredo)'),
  v6('3fff::/20', Forbidden, 'documentation'),
  v6('5f00::/16', Forbidden, 'segment routing'),
  v6('fc00::/7', Private, 'unique local'),
  v6('fe80::/10', Forbidden, 'link-local'),
  v6('fec0::/10', Forbidden, 'site-local (deprecated)'),
  v6('ff00::/8', Forbidden, 'multicast'),
];

// Prefixes that carry an IPv4 address: it is the embedded address that gets reached.
const MAPPED = cidr6('::ffff:0:0/96');
const NAT64 = cidr6('64:ff9b::/96');
const SIX_TO_FOUR = cidr6('2002::/16');
const GLOBAL_UNICAST = cidr6('2000::/3');

/** Classifies an IPv4 or IPv6 address literal (IPv6 may carry a zone, `fe80::1%eth0`). */
export function classifyAddress(address: string): AddressClass {
  const ip = address.replace(/%.*$/, '');
  if (isIPv4(ip)) return match(parseIPv4(ip), 32, IPV4) ?? { scope: AddressScope.Public, range: 'public' };
  if (!isIPv6(ip)) throw new Error('Not an IP address');

  const value = parseIPv6(ip);
  if (within(value, MAPPED, 128) || within(value, NAT64, 128)) return classifyEmbedded(value & 0xffffffffn);
  if (within(value, SIX_TO_FOUR, 128)) return classifyEmbedded((value >> 80n) & 0xffffffffn);
  const known = match(value, 128, IPV6);
  if (known) return known;
  // Outside 2000::/3 nothing is assigned for global unicast.
  return within(value, GLOBAL_UNICAST, 128) ? { scope: AddressScope.Public, range: 'public' } : { scope: Forbidden, range: 'reserved' };
}

/** Whether an outgoing request may connect to this address. */
export function isAddressAllowed(address: string, allowPrivateHosts: boolean): boolean {
  const { scope } = classifyAddress(address);
  return scope === AddressScope.Public || (scope === AddressScope.Private && allowPrivateHosts);
}

function classifyEmbedded(v4: bigint): AddressClass {
  return match(v4, 32, IPV4) ?? { scope: AddressScope.Public, range: 'public' };
}

function match(value: bigint, width: number, table: Cidr[]): AddressClass | null {
  const hit = table.find((c) => within(value, c, width));
  return hit ? { scope: hit.scope, range: hit.range } : null;
}

function within(value: bigint, c: Pick<Cidr, 'base' | 'prefix'>, width: number): boolean {
  const shift = BigInt(width - c.prefix);
  return value >> shift === c.base >> shift;
}

function v4(notation: string, scope: AddressScope, range: string): Cidr {
  const [base, prefix] = notation.split('/');
  return { base: parseIPv4(base), prefix: Number(prefix), scope, range };
}

function v6(notation: string, scope: AddressScope, range: string): Cidr {
  return { ...cidr6(notation), scope, range };
}

function cidr6(notation: string): Pick<Cidr, 'base' | 'prefix'> {
  const [base, prefix] = notation.split('/');
  return { base: parseIPv6(base), prefix: Number(prefix) };
}

function parseIPv4(ip: string): bigint {
  return ip.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

// Expects a valid IPv6 literal (checked by isIPv6), possibly ending in dotted IPv4.
function parseIPv6(ip: string): bigint {
  let text = ip.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4value = parseIPv4(dotted[1]);
    text = `${text.slice(0, dotted.index)}${(v4value >> 16n).toString(16)}:${(v4value & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return groups.reduce((acc, group) => (acc << 16n) | BigInt(parseInt(group, 16)), 0n);
}
