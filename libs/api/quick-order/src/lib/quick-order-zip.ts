import { inflateRawSync } from 'node:zlib';

/** A zip we do not read: damaged, encrypted, ZIP64, or packed by a method other than deflate. */
class UnreadableZipError extends Error {
  constructor(reason: string) {
    super(`Unreadable zip: ${reason}`);
    this.name = 'UnreadableZipError';
  }
}

interface ZipEntry {
  method: number;
  flags: number;
  compressedSize: number;
  /** What the directory says the entry unpacks to; unpacking never yields more. */
  size: number;
  localHeaderAt: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;

/**
 * The entries of a zip held in memory, read from its central directory (as unzip tools do)
 * and unpacked one at a time with node:zlib, each to at most the size the directory declares:
 * the caller can budget a zip bomb before unpacking anything, and a directory that lies about
 * a size gets an error, not more bytes. A 10 MB upload never needs ZIP64, so it is refused.
 */
export class ZipArchive {
  private readonly bytes: Buffer;
  private readonly entries = new Map<string, ZipEntry>();

  constructor(input: Uint8Array) {
    this.bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    try {
      this.readDirectory();
    } catch (error) {
      // A directory pointing past the end makes Buffer's readers throw RangeError.
      throw error instanceof UnreadableZipError ? error : new UnreadableZipError('damaged directory');
    }
  }

  /** The declared unpacked size of `name`, or undefined when the zip has no such entry. */
  sizeOf(name: string): number | undefined {
    return this.entries.get(name)?.size;
  }

  /** Unpacks `name`; undefined when the zip has no such entry. */
  read(name: string): Buffer | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    if (entry.flags & 0x1) throw new UnreadableZipError('encrypted entry');
    try {
      const { bytes } = this;
      if (bytes.readUInt32LE(entry.localHeaderAt) !== LOCAL_HEADER) throw new UnreadableZipError('no local header');
      const dataAt =
        entry.localHeaderAt +
        30 +
        bytes.readUInt16LE(entry.localHeaderAt + 26) +
        bytes.readUInt16LE(entry.localHeaderAt + 28);
      if (dataAt + entry.compressedSize > bytes.length) throw new UnreadableZipError('entry past the end');
      const data = bytes.subarray(dataAt, dataAt + entry.compressedSize);
      const unpacked =
        entry.method === STORED
          ? data
          : entry.method === DEFLATED
            ? inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) })
            : undefined;
      if (!unpacked) throw new UnreadableZipError(`compression method ${entry.method}`);
      if (unpacked.length !== entry.size) throw new UnreadableZipError('size differs from the directory');
      return unpacked;
    } catch (error) {
      // zlib: corrupt data, or more output than declared (maxOutputLength).
      throw error instanceof UnreadableZipError ? error : new UnreadableZipError('damaged entry');
    }
  }

  private readDirectory(): void {
    const { bytes } = this;
    // The end record is the last 22 bytes, followed by a comment of up to 65,535 bytes.
    let end = -1;
    for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
      if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
        end = at;
        break;
      }
    }
    if (end === -1) throw new UnreadableZipError('no end of central directory');
    const count = bytes.readUInt16LE(end + 10);
    let at = bytes.readUInt32LE(end + 16);
    if (count === 0xffff || at === ZIP64_MARK) throw new UnreadableZipError('ZIP64');
    for (let i = 0; i < count; i++) {
      if (bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new UnreadableZipError('damaged directory');
      const nameLength = bytes.readUInt16LE(at + 28);
      const entry: ZipEntry = {
        flags: bytes.readUInt16LE(at + 8),
        method: bytes.readUInt16LE(at + 10),
        compressedSize: bytes.readUInt32LE(at + 20),
        size: bytes.readUInt32LE(at + 24),
        localHeaderAt: bytes.readUInt32LE(at + 42),
      };
      if (entry.compressedSize === ZIP64_MARK || entry.size === ZIP64_MARK || entry.localHeaderAt === ZIP64_MARK)
        throw new UnreadableZipError('ZIP64');
      // Names are UTF-8 (flag 11) or CP437; the part names a workbook has are ASCII either way.
      this.entries.set(bytes.toString('utf8', at + 46, at + 46 + nameLength), entry);
      at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    }
  }
}
