import { sniffImage } from './brand-image';

const pad = (head: number[] | string) => Buffer.concat([typeof head === 'string' ? Buffer.from(head, 'latin1') : Buffer.from(head), Buffer.alloc(16)]);

describe('sniffImage', () => {
  it.each([
    ['a PNG', pad([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image/png'],
    ['a JPEG', pad([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
    ['a GIF', pad('GIF89a'), 'image/gif'],
    ['a WebP', pad('RIFF\u0000\u0000\u0000\u0000WEBP'), 'image/webp'],
  ])('knows %s by its bytes', (_, bytes, type) => {
    expect(sniffImage(bytes)?.type).toBe(type);
  });

  it.each([
    ['an SVG (it can carry script)', pad('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['HTML', pad('<!doctype html><html>')],
    ['a truncated PNG signature', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', (_, bytes) => {
    expect(sniffImage(bytes)).toBeNull();
  });
});
