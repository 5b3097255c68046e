import { describe, expect, it } from 'vitest';
import { detectEvidenceType, EVIDENCE_MAX_BYTES, evidenceProblem } from './evidence.js';

const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe('detectEvidenceType', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n…'), 'x.pdf', 'application/pdf'],
    ['a PDF named .jpg', bytes('%PDF-1.4'), '照片.jpg', 'application/pdf'],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'a.png', 'image/png'],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]), 'a.jpeg', 'image/jpeg'],
    ['a GIF', bytes('GIF89a…'), 'a.gif', 'image/gif'],
    ['a WebP', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'a.webp', 'image/webp'],
    ['a .docx', bytes(ZIP, '…[Content_Types].xml…word/document.xml'), '总结.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['an .xlsx', bytes(ZIP, '…xl/workbook.xml'), '统计.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['an old .doc', bytes(OLE, '…'), '旧文档.DOC', 'application/msword'],
    ['an old .xls', bytes(OLE, '…'), '旧表格.xls', 'application/vnd.ms-excel'],
    ['another zip', bytes(ZIP, 'foo/bar.txt'), 'a.zip', null],
    ['another OLE file', bytes(OLE, '…'), 'a.msg', null],
    ['a text file named .pdf', bytes('hello'), 'a.pdf', null],
    ['an executable', bytes('MZ', [0x90, 0]), 'a.exe', null],
  ] as const)('%s → %s', (_, data, name, mediaType) => expect(detectEvidenceType(data, name)?.mediaType ?? null).toBe(mediaType));
});

describe('evidenceProblem', () => {
  it('refuses empty, oversized and unknown files with a Chinese message', () => {
    expect(evidenceProblem(new Uint8Array(0), 'a.pdf')?.code).toBe('DOCUMENT_EMPTY');
    const big = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    big.set(bytes('%PDF-'));
    expect(evidenceProblem(big, 'big.pdf')).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: { zh: expect.stringContaining('20 MB') } });
    expect(evidenceProblem(bytes('hello'), 'a.txt')).toMatchObject({ code: 'DOCUMENT_UNSUPPORTED', message: { zh: expect.stringContaining('只接受 PDF') } });
    expect(evidenceProblem(bytes('%PDF-1.7'), 'a.pdf')).toBeNull();
  });
});
