import ExcelJS from 'exceljs';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bomb, zerosDeflated, zipOf } from '../../../test/helpers/zip-bomb.js';
import { sampleGoalBook } from '../../../test/helpers/fixtures.js';
import { DomainError } from '../../core/errors.js';
import { readTableFile } from '../../registers/framework/read-table-file.js';
import { Slots } from '../document-slots.js';
import { exportGoalBook } from '../export-goal-book.js';
import { readPaymentFile } from '../payments/read-payment-file.js';
import { readGoalDocument } from '../read-goal-document.js';
import { CorruptZipError, readZipDirectory, unzip, ZIP_LIMITS } from './safe-unzip.js';
import { storedZip } from './stored-zip.js';

const MiB = 1024 * 1024;

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('the zip directory is checked before anything is inflated', () => {
  it('refuses a member declaring 1 GiB, naming the cap and the declared size', async () => {
    const error = await refusal(unzip(bomb('xlsx', 'large')));
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.message).toBe('文件解压后超过 100 MB（文件声明解压后为 1,025 MB），无法读取：请确认上传的是正确的文件，或把内容拆分成几个较小的文件分别上传');
    expect(error.messageEn).toContain('exceeds 100 MB once unzipped (it declares 1,025 MB)');
  });

  it('refuses many members that together declare more than the cap (one kernel, many directory entries)', () => {
    const kernel = { deflated: zerosDeflated(8), declaredSize: 8 * MiB };
    const members = Array.from({ length: 20 }, (_, i) => ({ name: `xl/media/image${i}.bin`, ...kernel }));
    expect(() => readZipDirectory(zipOf(members))).toThrow(/文件解压后超过 100 MB（文件声明解压后为 160 MB）/);
  });

  it('refuses more members than the limit', () => {
    const members = Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i) => ({ name: `f${i}.txt`, data: Buffer.from('x') }));
    expect(() => readZipDirectory(zipOf(members))).toThrow(/压缩包成员过多（1001 个，上限 1000 个）/);
  });

  it('calls bytes that are not a zip package corrupt', async () => {
    for (const bytes of [Buffer.from('PK\u0003\u0004 not really'), bomb('docx', 'large').subarray(0, 500)]) {
      await expect(unzip(bytes)).rejects.toBeInstanceOf(CorruptZipError);
    }
  });
});

describe('inflating stops at the budget whatever the directory says', () => {
  it('refuses a member declared as 1 kB that inflates to 1 GiB, after at most the cap', async () => {
    const before = process.memoryUsage();
    const error = await refusal(unzip(bomb('docx', 'small')));
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.message).toMatch(/^文件解压后超过 100 MB（解压到 100 MB 时仍未结束，而文件声明的解压大小只有 1 MB）/);
    const after = process.memoryUsage();
    // the 1 GiB never exists in memory; what was inflated up to the cap is released
    expect(after.heapUsed + after.external - (before.heapUsed + before.external)).toBeLessThan(400 * MiB);
  });

  it('counts the budget over the whole file: members each under it, together over it', async () => {
    const honest = { name: 'a.xml', deflated: zerosDeflated(60), declaredSize: 60 * MiB, crc: crc32(Buffer.alloc(60 * MiB)) };
    const lying = { name: 'b.xml', deflated: zerosDeflated(60), declaredSize: 10 };
    const error = await refusal(unzip(zipOf([honest, lying])));
    expect(error.message).toMatch(/^文件解压后超过 100 MB（解压到 100 MB 时仍未结束，而文件声明的解压大小只有 61 MB）/);
  });

  it('calls a member whose size or checksum differs from its declaration corrupt', async () => {
    const data = Buffer.from('<a>hello</a>');
    await expect(unzip(zipOf([{ name: 'a.xml', deflated: deflateRawSync(data), declaredSize: data.length + 1 }]))).rejects.toBeInstanceOf(CorruptZipError);
    await expect(unzip(zipOf([{ name: 'a.xml', deflated: deflateRawSync(data), declaredSize: data.length, crc: 12345 }]))).rejects.toBeInstanceOf(CorruptZipError);
  });

  it('gives back an honest package exactly, and repacks it so exceljs reads the same workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('表').addRows([
      ['项目', '金额'],
      ['=不是公式', -12.5],
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const members = await unzip(bytes);
    expect(members.map((m) => m.name)).toContain('xl/workbook.xml');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(storedZip(members) as unknown as ArrayBuffer);
    expect(back.getWorksheet('表')!.getRow(2).values).toEqual([undefined, '=不是公式', -12.5]);
  });
});

describe('every reader of an uploaded package refuses bombs', () => {
  const cases: Array<[string, (bytes: Buffer) => Promise<unknown>, 'docx' | 'xlsx']> = [
    ['goal document (.docx)', (b) => readGoalDocument(b), 'docx'],
    ['goal document (.xlsx)', (b) => readGoalDocument(b), 'xlsx'],
    ['payments file', (b) => readPaymentFile(b), 'xlsx'],
    ['register import', (b) => readTableFile(b), 'xlsx'],
  ];
  for (const [what, read, kind] of cases) {
    it(`${what}: declared and lying bombs`, async () => {
      for (const declared of ['large', 'small'] as const) {
        const error = await refusal(read(bomb(kind, declared)));
        expect(error.code).toBe('PAYLOAD_TOO_LARGE');
        expect(error.message).toMatch(/^文件解压后超过 100 MB（/);
      }
    });
  }

  it('still reads an honest Word and Excel goal document', async () => {
    for (const format of ['docx', 'xlsx'] as const) {
      const book = await readGoalDocument(await exportGoalBook(sampleGoalBook(), format));
      expect(book.projects).toHaveLength(12);
    }
  });
});

describe('document slots', () => {
  it('runs at most `concurrent` at once, queues the rest and refuses past the queue', async () => {
    const slots = new Slots(2, 3);
    let running = 0;
    let peak = 0;
    const releases: Array<() => void> = [];
    const work = () =>
      slots.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running--;
        return 'done';
      });
    const started = Array.from({ length: 5 }, work);
    const refused = await refusal(work());
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.message).toContain('2 个正在读取，3 个在排队');
    expect([slots.active, slots.waiting]).toEqual([2, 3]);
    while (releases.length > 0 || running > 0) {
      releases.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await Promise.all(started)).toEqual(Array(5).fill('done'));
    expect(peak).toBe(2);
    expect([slots.active, slots.waiting]).toEqual([0, 0]);
  });

  it('frees the slot when the work fails', async () => {
    const slots = new Slots(1, 0);
    await expect(slots.run(() => Promise.reject(new Error('bad file')))).rejects.toThrow('bad file');
    expect(await slots.run(async () => 'next')).toBe('next');
  });
});
