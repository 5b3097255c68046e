import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Zip bombs built in memory, in milliseconds: `zerosDeflated(n)` is a raw deflate stream of n MiB of
 * zeros made of one flushed 1 MiB block repeated (about 1 kB per MiB), so a 1 GiB member is a 1 MB
 * file. `zipOf` writes a package whose directory declares whatever size it is told.
 */

const MiB = 1024 * 1024;
let block: Buffer | undefined;

export function zerosDeflated(mebibytes: number): Buffer {
  block ??= deflateRawSync(Buffer.alloc(MiB), { finishFlush: constants.Z_SYNC_FLUSH });
  // a sync-flushed block is byte-aligned and not final, so copies chain; 03 00 is an empty final block
  return Buffer.concat([...Array.from({ length: mebibytes }, () => block!), Buffer.from([0x03, 0x00])]);
}

export interface BombMember {
  name: string;
  /** stored as is (method 0) unless `deflated` is given */
  data?: Buffer;
  deflated?: Buffer;
  /** what the directory says the member inflates to (the truth by default) */
  declaredSize?: number;
  crc?: number;
}

export function zipOf(members: BombMember[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const name = Buffer.from(m.name);
    const packed = m.deflated ?? m.data ?? Buffer.alloc(0);
    const size = m.declaredSize ?? (m.data ?? Buffer.alloc(0)).length;
    const crc = m.crc ?? (m.data ? crc32(m.data) : 0);
    const method = m.deflated ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(crc >>> 0, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, name, packed);
    central.push(entry, name);
    offset += 30 + name.length + packed.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

const xml = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${s}`);

/**
 * A .docx or .xlsx whose main part is 1 GiB of zeros (about 1 MB on disk). `declared: 'small'` lies
 * (the directory says 1 kB, so only the inflate budget can catch it); `'large'` tells the truth.
 */
export function bomb(kind: 'docx' | 'xlsx', declared: 'small' | 'large', mebibytes = 1024): Buffer {
  const zeros = { deflated: zerosDeflated(mebibytes), declaredSize: declared === 'small' ? 1024 : mebibytes * MiB };
  if (kind === 'docx') {
    return zipOf([{ name: '[Content_Types].xml', data: xml('<Types/>') }, { name: 'word/document.xml', ...zeros }]);
  }
  return zipOf([
    { name: '[Content_Types].xml', data: xml('<Types/>') },
    { name: 'xl/workbook.xml', data: xml('<workbook/>') },
    { name: 'xl/worksheets/sheet1.xml', ...zeros },
  ]);
}
