import { describe, expect, it } from 'vitest';
import { matchPaymentHeader, parsePaymentAmount, parsePaymentDate, validatePaymentRows, type PaymentField, type RawPaymentRow } from './payment-rows.js';

const P1 = '13022522P000R24100085';
const P4 = '13022522P000R2410006X';
const FIELDS: PaymentField[] = ['projectCode', 'paidOn', 'amount', 'voucherNo', 'payee', 'summary', 'fundSource'];

function row(n: number, values: string[]): RawPaymentRow {
  const cells: RawPaymentRow['cells'] = {};
  values.forEach((text, i) => (cells[FIELDS[i]!] = { text, column: i + 1 }));
  return { row: n, cells };
}

const context = { year: 2022, projectCodes: new Set([P1, P4]), recordedVouchers: new Map([['PZ-0100', { paidOn: '2022-01-05', amountFen: 120_000 }]]) };

describe('matchPaymentHeader', () => {
  it.each([
    ['项目编码', 'projectCode'],
    ['支付日期', 'paidOn'],
    ['金额（元）', 'amount'],
    ['金额(元)', 'amount'],
    [' 金额 ', 'amount'],
    ['凭证号', 'voucherNo'],
    ['收款方', 'payee'],
    ['摘要', 'summary'],
    ['资金来源', 'fundSource'],
    ['备注', null],
    ['', null],
  ])('%j → %s', (text, field) => {
    expect(matchPaymentHeader(text)).toBe(field);
  });
});

describe('parsePaymentDate', () => {
  it.each([
    ['2022-03-31', '2022-03-31'],
    ['2022-3-1', '2022-03-01'],
    ['2022/03/31', '2022-03-31'],
    ['2022.3.31', '2022-03-31'],
    ['2022年3月31日', '2022-03-31'],
    ['20220331', '2022-03-31'],
    ['２０２２－０３－３１'.replace(/－/g, '-'), '2022-03-31'],
    ['2022/3/31 0:00', '2022-03-31'],
    ['2022-03-31T00:00:00.000Z', '2022-03-31'],
    ['2022-02-29', null],
    ['2022-13-01', null],
    ['31/03/2022', null],
    ['三月底', null],
  ])('%j → %s', (text, date) => {
    expect(parsePaymentDate(text)).toBe(date);
  });
});

describe('parsePaymentAmount', () => {
  it.each([
    ['10000.00', 1_000_000],
    ['5000.5', 500_050],
    ['1,234.56', 123_456],
    ['¥ 300', 30_000],
    ['0.10', 10],
    ['１２．５', 1_250],
  ])('%j → %i fen', (text, fen) => {
    expect(parsePaymentAmount(text)).toEqual({ fen });
  });

  it.each([
    ['0', '须大于 0'],
    ['0.00', '须大于 0'],
    ['-100', '负数'],
    ['(100.00)', '负数'],
    ['12.345', '超过两位小数'],
    ['一万元', '不是数字'],
    ['1e5', '不是数字'],
    // a number, only too large for any payment: said so, not "not a number"
    ['99999999999999999', '过大'],
    ['99,999,999,999,999,999.00', '过大'],
  ])('refuses %j (%s)', (text, problem) => {
    const result = parsePaymentAmount(text);
    expect('problem' in result && result.problem).toContain(problem);
  });
});

describe('validatePaymentRows', () => {
  it('turns good rows into payments in fen, matching codes as the goal book writes them', () => {
    const { payments, problems } = validatePaymentRows(
      [row(2, [P1, '2022-02-15', '10000.00', 'PZ-0001', '乐亭县公共法律服务中心', '房租']), row(3, ['13022522p000r2410006x', '2022/5/20', '5000.5', 'PZ-0002', '某印刷厂', '', '其他资金'])],
      context,
    );
    expect(problems).toEqual([]);
    expect(payments).toEqual([
      { row: 2, projectCode: P1, paidOn: '2022-02-15', amountFen: 1_000_000, voucherNo: 'PZ-0001', payee: '乐亭县公共法律服务中心', summary: '房租', fundSource: 'fiscal' },
      { row: 3, projectCode: P4, paidOn: '2022-05-20', amountFen: 500_050, voucherNo: 'PZ-0002', payee: '某印刷厂', summary: '', fundSource: 'other' },
    ]);
  });

  it.each([
    ['an unknown project', ['13022522X', '2022-02-15', '1', 'V1', '甲', ''], '第2行A列（项目编码）：项目编码“13022522X”不在 2022 年度的绩效目标中'],
    ['an empty project code', ['', '2022-02-15', '1', 'V1', '甲', ''], '第2行A列（项目编码）：项目编码为空'],
    ['a bad date', [P1, '2022-02-30', '1', 'V1', '甲', ''], '第2行B列（支付日期）：“2022-02-30”不是有效日期'],
    ['a date outside the year', [P1, '2021-12-31', '1', 'V1', '甲', ''], '第2行B列（支付日期）：支付日期 2021-12-31 不在 2022 年度内'],
    ['a zero amount', [P1, '2022-02-15', '0', 'V1', '甲', ''], '第2行C列（金额（元））：金额为 0'],
    ['a negative amount', [P1, '2022-02-15', '-5', 'V1', '甲', ''], '第2行C列（金额（元））：金额“-5”为负数'],
    ['an amount finer than a fen', [P1, '2022-02-15', '1.005', 'V1', '甲', ''], '第2行C列（金额（元））：金额“1.005”超过两位小数'],
    ['a missing voucher', [P1, '2022-02-15', '1', '', '甲', ''], '第2行D列（凭证号）：凭证号为空'],
    ['a voucher already recorded', [P1, '2022-02-15', '1', 'PZ-0100', '甲', ''], '第2行D列（凭证号）：凭证号“PZ-0100”已登记过（2022-01-05，1200.00 元）'],
    ['the template example', [P1, '2022-02-15', '1', '示例-0001', '甲', ''], '第2行D列（凭证号）：这是模板中的示例行'],
    ['a missing payee', [P1, '2022-02-15', '1', 'V1', '', ''], '第2行E列（收款方）：收款方为空'],
    ['an unknown fund source', [P1, '2022-02-15', '1', 'V1', '甲', '', '上级补助'], '第2行G列（资金来源）：资金来源“上级补助”无法识别'],
  ])('names row and column for %s', (_, values, message) => {
    const { payments, problems } = validatePaymentRows([row(2, values)], context);
    expect(payments).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain(message);
  });

  it('finds a voucher repeated within the file, naming the first row', () => {
    const { problems } = validatePaymentRows([row(2, [P1, '2022-02-15', '1', 'PZ-1', '甲', '']), row(5, [P1, '2022-03-15', '2', 'PZ-1', '乙', ''])], context);
    expect(problems.map((p) => p.message)).toEqual(['第5行D列（凭证号）：凭证号“PZ-1”与第2行重复：同一凭证号只能登记一次，请核对后删除重复行']);
  });

  it('reports every problem of every row, with the sheet name for .xlsx', () => {
    const { problems } = validatePaymentRows([row(2, ['X', 'x', 'x', '', '', '']), row(3, [P1, '2022-01-01', '1', 'A', 'B', ''])], { ...context, sheet: '支付明细' });
    expect(problems.map((p) => p.field)).toEqual(['项目编码', '支付日期', '金额（元）', '凭证号', '收款方']);
    expect(problems[0]!.message.startsWith('工作表“支付明细”第2行A列（项目编码）')).toBe(true);
  });
});
