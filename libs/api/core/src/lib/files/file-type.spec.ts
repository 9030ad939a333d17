import { sniffFileType } from './file-type';

const bytes = (...values: (number | string)[]): Uint8Array =>
  Uint8Array.from(values.flatMap((value) => (typeof value === 'string' ? [...value].map((c) => c.charCodeAt(0)) : [value])));

describe('sniffFileType', () => {
  it('knows JPEG, PNG, WebP and PDF by their first bytes', () => {
    expect(sniffFileType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(sniffFileType(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(sniffFileType(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffFileType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('refuses what only looks right by name: an executable, a RIFF that is not WebP, a truncated header', () => {
    expect(sniffFileType(bytes('MZ', 0x90, 0))).toBeNull();
    expect(sniffFileType(bytes(0x7f, 'ELF', 2, 1, 1))).toBeNull();
    expect(sniffFileType(bytes('RIFF', 0, 0, 0, 0, 'WAVE'))).toBeNull();
    expect(sniffFileType(bytes(0x89, 'PNG'))).toBeNull();
    expect(sniffFileType(new Uint8Array())).toBeNull();
  });
});
