/** The image formats a logo may be, with the bytes each starts with. SVG is not one: it can carry script. */
const SIGNATURES: Array<{ type: string; extension: string; matches: (bytes: Buffer) => boolean }> = [
  { type: 'image/png', extension: 'png', matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/jpeg', extension: 'jpg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/gif', extension: 'gif', matches: (b) => ['GIF87a', 'GIF89a'].includes(b.subarray(0, 6).toString('latin1')) },
  { type: 'image/webp', extension: 'webp', matches: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
];

export const LOGO_TYPES = SIGNATURES.map((s) => s.type);
export const LOGO_MAX_BYTES = 1024 * 1024;

/** What the bytes are, by their signature (never by what the client says); null: not a logo format. */
export function sniffImage(bytes: Buffer): { type: string; extension: string } | null {
  const found = SIGNATURES.find((s) => bytes.length >= 12 && s.matches(bytes));
  return found ? { type: found.type, extension: found.extension } : null;
}
