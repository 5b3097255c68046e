import { promisify } from 'node:util';
import { crc32, inflateRaw } from 'node:zlib';
import { DomainError } from '../../core/errors.js';

/**
 * The one way jixiao opens a zip package a user sent (.docx, .xlsx): a 3.7 MB file can inflate to
 * gigabytes, so nothing is inflated before the central directory is read and checked — the entry count
 * and the declared uncompressed sizes — and then every member is inflated against a byte budget for
 * the whole file that refuses as soon as the ACTUAL output passes it (declared sizes can lie). The
 * members come back as bytes; spreadsheets are handed to exceljs repacked without compression
 * (`stored-zip.ts`), so no other code ever inflates what a user sent.
 */

export interface ZipLimits {
  /** the most all members together may inflate to */
  maxUnzippedBytes: number;
  /** the most members (files and folders) a package may hold */
  maxEntries: number;
}

/** A 50,000-row payments workbook inflates to about 19 MB; jixiao's own exports stay far below. */
export const ZIP_LIMITS: ZipLimits = { maxUnzippedBytes: 100 * 1024 * 1024, maxEntries: 1000 };

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  /** as the directory declares it: checked before inflating, never trusted while inflating */
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** The bytes are not a readable zip package; each reader turns this into its own Chinese message. */
export class CorruptZipError extends Error {
  constructor(reason: string) {
    super(`corrupt zip: ${reason}`);
    this.name = 'CorruptZipError';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;
const MB = 1024 * 1024;

const mb = (bytes: number) => Math.ceil(bytes / MB).toLocaleString('en-US');

export function tooLargeError(limits: ZipLimits, sizeNote: { zh: string; en: string }): DomainError {
  const cap = mb(limits.maxUnzippedBytes);
  return new DomainError(
    'PAYLOAD_TOO_LARGE',
    {
      zh: `文件解压后超过 ${cap} MB（${sizeNote.zh}），无法读取：请确认上传的是正确的文件，或把内容拆分成几个较小的文件分别上传`,
      en: `The file exceeds ${cap} MB once unzipped (${sizeNote.en}) and cannot be read: check that it is the right file, or split it into smaller files`,
    },
    { maxUnzippedBytes: limits.maxUnzippedBytes },
  );
}

function findEndOfDirectory(bytes: Buffer): number {
  // the record is 22 bytes plus a comment of at most 65,535 bytes, at the very end
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === EOCD && at + 22 + bytes.readUInt16LE(at + 20) === bytes.length) return at;
  }
  for (let at = bytes.length - 22; at >= lowest; at--) if (bytes.readUInt32LE(at) === EOCD) return at;
  throw new CorruptZipError('no end of central directory');
}

/** ZIP64 extended information (extra field 0x0001): the 64-bit values of the fields set to 0xFFFFFFFF. */
function zip64Values(extra: Buffer, wanted: { uncompressed: boolean; compressed: boolean; offset: boolean }) {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const next = () => {
        if (p + 8 > at + 4 + size) throw new CorruptZipError('short zip64 field');
        const value = Number(extra.readBigUInt64LE(p));
        p += 8;
        return value;
      };
      return {
        uncompressed: wanted.uncompressed ? next() : undefined,
        compressed: wanted.compressed ? next() : undefined,
        offset: wanted.offset ? next() : undefined,
      };
    }
    at += 4 + size;
  }
  throw new CorruptZipError('zip64 sizes missing');
}

/**
 * The package's members as its central directory lists them — nothing inflated. Refuses a package
 * with more than `maxEntries` members or declaring more than `maxUnzippedBytes` in all.
 */
export function readZipDirectory(input: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipEntry[] {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length < 22) throw new CorruptZipError('too short');
  const end = findEndOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (count > limits.maxEntries || (count === 0xffff && directorySize / 46 > limits.maxEntries)) {
    const shown = count === 0xffff ? `${Math.floor(directorySize / 46)}` : String(count);
    throw new DomainError(
      'PAYLOAD_TOO_LARGE',
      {
        zh: `文件中的压缩包成员过多（${shown} 个，上限 ${limits.maxEntries} 个），无法读取：请确认上传的是正确的 Word/Excel 文件`,
        en: `The file holds too many packed members (${shown}, at most ${limits.maxEntries}) and cannot be read: check that it is the right Word/Excel file`,
      },
      { entries: count, maxEntries: limits.maxEntries },
    );
  }
  if (directoryOffset === MAX32 || directoryOffset + directorySize > end) throw new CorruptZipError('central directory out of range');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let declared = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL) throw new CorruptZipError('bad central directory entry');
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const crc = bytes.readUInt32LE(at + 16);
    let compressedSize = bytes.readUInt32LE(at + 20);
    let uncompressedSize = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    let localHeaderOffset = bytes.readUInt32LE(at + 42);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength + commentLength > end) throw new CorruptZipError('central directory entry out of range');
    const name = bytes.toString('utf8', at + 46, nameEnd);
    if (compressedSize === MAX32 || uncompressedSize === MAX32 || localHeaderOffset === MAX32) {
      const wide = zip64Values(bytes.subarray(nameEnd, nameEnd + extraLength), {
        uncompressed: uncompressedSize === MAX32,
        compressed: compressedSize === MAX32,
        offset: localHeaderOffset === MAX32,
      });
      uncompressedSize = wide.uncompressed ?? uncompressedSize;
      compressedSize = wide.compressed ?? compressedSize;
      localHeaderOffset = wide.offset ?? localHeaderOffset;
    }
    if (flags & 0x0001) throw new CorruptZipError('encrypted member');
    if (method !== 0 && method !== 8) throw new CorruptZipError(`compression method ${method}`);
    if (names.has(name)) throw new CorruptZipError(`duplicate member ${name}`);
    names.add(name);
    declared += uncompressedSize;
    if (declared > limits.maxUnzippedBytes) {
      // the whole directory is summed first so the message can say how much it declares
      for (let j = i + 1, p = nameEnd + extraLength + commentLength; j < count && p + 46 <= end; j++) {
        declared += bytes.readUInt32LE(p + 24);
        p += 46 + bytes.readUInt16LE(p + 28) + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
      }
      throw tooLargeError(limits, { zh: `文件声明解压后为 ${mb(declared)} MB`, en: `it declares ${mb(declared)} MB` });
    }
    entries.push({ name, method, flags, crc32: crc, compressedSize, uncompressedSize, localHeaderOffset });
    at = nameEnd + extraLength + commentLength;
  }
  return entries;
}

const inflateRawAsync = promisify(inflateRaw) as (buffer: Buffer, options: { maxOutputLength: number }) => Promise<Buffer>;

export interface UnzippedMember {
  name: string;
  data: Buffer;
  crc32: number;
}

/**
 * Inflate the members `wanted` picks (all by default), in directory order, within one byte budget for
 * the file. Inflation runs off the main thread (zlib's pool); each member may produce at most what is
 * left of the budget, so a member that lies about its size stops at the budget, not at its end.
 */
export async function unzip(input: Uint8Array, options: { limits?: ZipLimits; wanted?: (name: string) => boolean } = {}): Promise<UnzippedMember[]> {
  const limits = options.limits ?? ZIP_LIMITS;
  const entries = readZipDirectory(input, limits);
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const out: UnzippedMember[] = [];
  let used = 0;
  for (const entry of entries) {
    if (options.wanted && !options.wanted(entry.name)) continue;
    const local = entry.localHeaderOffset;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL) throw new CorruptZipError(`bad local header for ${entry.name}`);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (start + entry.compressedSize > bytes.length) throw new CorruptZipError(`member ${entry.name} out of range`);
    const packed = bytes.subarray(start, start + entry.compressedSize);
    const left = limits.maxUnzippedBytes - used;
    let data: Buffer;
    if (entry.method === 0) {
      data = packed;
    } else {
      try {
        data = await inflateRawAsync(packed, { maxOutputLength: Math.max(1, left) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
          const cap = mb(limits.maxUnzippedBytes);
          throw tooLargeError(limits, { zh: `解压到 ${cap} MB 时仍未结束，而文件声明的解压大小只有 ${mb(declared)} MB`, en: `inflating passed ${cap} MB although it declares ${mb(declared)} MB` });
        }
        throw new CorruptZipError(`member ${entry.name} does not inflate: ${(error as Error).message}`);
      }
    }
    if (data.length > left) {
      throw tooLargeError(limits, { zh: `解压到 ${mb(used + data.length)} MB`, en: `it inflates to ${mb(used + data.length)} MB` });
    }
    if (data.length !== entry.uncompressedSize) throw new CorruptZipError(`member ${entry.name} is ${data.length} bytes, declared ${entry.uncompressedSize}`);
    const crc = crc32(data);
    if (crc !== entry.crc32) throw new CorruptZipError(`member ${entry.name} fails its checksum`);
    used += data.length;
    out.push({ name: entry.name, data, crc32: crc });
  }
  return out;
}
