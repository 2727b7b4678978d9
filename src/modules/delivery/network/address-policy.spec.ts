import { AddressScope, classifyAddress, isAddressAllowed } from './address-policy';

const { Public, Private, Forbidden } = AddressScope;

describe('classifyAddress', () => {
  it.each([
    // IPv4
    ['8.8.8.8', Public],
    ['52.84.12.1', Public],
    ['127.0.0.1', Private],
    ['127.255.255.254', Private],
    ['10.0.0.1', Private],
    ['10.255.255.255', Private],
    ['172.16.0.1', Private],
    ['172.31.255.255', Private],
    ['172.32.0.1', Public],
    ['172.15.255.255', Public],
    ['192.168.1.10', Private],
    ['100.64.0.1', Private],
    ['100.128.0.1', Public],
    ['100.100.100.200', Forbidden],
    ['169.254.169.254', Forbidden],
    ['169.254.0.1', Forbidden],
    ['0.0.0.0', Forbidden],
    ['192.0.2.1', Forbidden],
    ['198.51.100.7', Forbidden],
    ['203.0.113.9', Forbidden],
    ['198.18.0.1', Forbidden],
    ['224.0.0.1', Forbidden],
    ['255.255.255.255', Forbidden],
    ['240.0.0.1', Forbidden],
    // IPv6
    ['2606:4700:4700::1111', Public],
    ['2a00:1450:4007:80e::200e', Public],
    ['::1', Private],
    ['0:0:0:0:0:0:0:1', Private],
    ['::', Forbidden],
    ['fc00::1', Private],
    ['fd12:3456:789a::1', Private],
    ['fd00:ec2::254', Forbidden],
    ['fe80::1', Forbidden],
    ['fe80::1%eth0', Forbidden],
    ['ff02::1', Forbidden],
    ['2001:db8::1', Forbidden],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', Forbidden],
    ['3fff::1', Forbidden],
    ['1234::1', Forbidden],
    // IPv6 carrying IPv4: the embedded address decides
    ['::ffff:127.0.0.1', Private],
    ['::ffff:7f00:1', Private],
    ['::ffff:169.254.169.254', Forbidden],
    ['::ffff:8.8.8.8', Public],
    ['64:ff9b::a00:1', Private],
    ['64:ff9b::808:808', Public],
    ['64:ff9b::169.254.169.254', Forbidden],
    ['2002:7f00:1::1', Private],
    ['2002:0808:0808::1', Public],
    ['::127.0.0.1', Forbidden],
  ])('%s is %s', (address, scope) => {
    expect(classifyAddress(address).scope).toBe(scope);
  });

  it('names the range', () => {
    expect(classifyAddress('127.0.0.1').range).toBe('loopback');
    expect(classifyAddress('169.254.169.254').range).toMatch(/metadata/);
    expect(classifyAddress('10.1.2.3').range).toMatch(/RFC 1918/);
  });

  it('refuses what is not an address', () => {
    expect(() => classifyAddress('localhost')).toThrow();
  });
});

describe('isAddressAllowed', () => {
  it.each([
    ['8.8.8.8', false, true],
    ['8.8.8.8', true, true],
    ['127.0.0.1', false, false],
    ['127.0.0.1', true, true],
    ['10.1.2.3', false, false],
    ['10.1.2.3', true, true],
    ['::1', false, false],
    ['::1', true, true],
    ['fd00::1', true, true],
    // Link-local and metadata stay closed even where private hosts are allowed.
    ['169.254.169.254', true, false],
    ['fe80::1', true, false],
    ['fd00:ec2::254', true, false],
    ['0.0.0.0', true, false],
  ])('%s with private hosts allowed=%s → %s', (address, allowPrivate, allowed) => {
    expect(isAddressAllowed(address, allowPrivate)).toBe(allowed);
  });
});
