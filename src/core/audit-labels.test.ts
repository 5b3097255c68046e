import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditChanges, formatAuditValue } from './audit-labels.js';

describe('formatAuditValue', () => {
  it.each([
    ['amountFen', 88000, '880.00 元', '880.00 yuan'],
    ['role', 'leader', '局领导', 'Bureau leader'],
    ['status', 'approved', '已审批', 'approved'],
    ['disabled', true, '是', 'yes'],
    ['changed', ['amountFen', 'payee'], '金额、收款方', 'Amount, Payee'],
    ['voidReason', null, '（空）', '(empty)'],
    ['sections', ['legal-aid', 'survey'], 'legal-aid、survey', 'legal-aid, survey'],
  ])('%s %j', (key, value, zh, en) => {
    expect(formatAuditValue(key, value)).toEqual({ zh, en });
  });
});

describe('auditChanges', () => {
  it('marks what changed and hides internal ids', () => {
    const rows = auditChanges({ projectId: 1, amountFen: 100, payee: 'A' }, { projectId: 1, amountFen: 200, payee: 'A' });
    expect(rows.map((r) => [r.key, r.changed])).toEqual([
      ['amountFen', true],
      ['payee', false],
    ]);
  });

  it('has no before for a creation and marks nothing', () => {
    const rows = auditChanges(null, { username: 'x' });
    expect(rows).toEqual([{ key: 'username', label: { zh: '用户名', en: 'Username' }, before: null, after: { zh: 'x', en: 'x' }, changed: false }]);
  });

  it('names an unknown action as such', () => {
    expect(auditActionLabel('payment.create').zh).toBe('登记支付');
    expect(auditActionLabel('x.y')).toEqual({ zh: '其他操作（x.y）', en: 'Other (x.y)' });
  });
});

describe('every recorded audit action has a name', () => {
  it('names each literal action code the use-cases record', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const root = new URL('../', import.meta.url);
    const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const codes = new Set<string>();
    for (const f of files) for (const m of (await readFile(new URL(f, root), 'utf8')).matchAll(/action: '([A-Za-z]+\.[A-Za-z.]+)'/g)) codes.add(m[1]!);
    expect(codes.size).toBeGreaterThan(20);
    expect([...codes].filter((c) => auditActionLabel(c).zh.startsWith('其他操作'))).toEqual([]);
  });
});
