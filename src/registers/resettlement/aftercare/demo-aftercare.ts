import { addDays } from '../../../core/deadlines.js';
import { seededRandom } from '../../../core/prng.js';
import type { RecordValues } from '../../framework/define.js';

const HELPERS = ['村委会委员', '司法所干警', '派出所民警', '家属', '社会志愿者', '社区网格员'];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙';

/**
 * The 衔接 path of the demo's released people (deterministic, with its own seed so the rest of the demo
 * year is unchanged): the release notice about a month ahead (a few late), the family told, the return,
 * file and visit — mostly within their days, some late — the 帮教小组, one in ten released from correction
 * rather than prison, key people met at the gate, and 帮教措施 in place for those resettled. Plus three
 * notices, received in December, of releases early next year (待释放 on the year's last day).
 */
export function withAftercareSteps(released: readonly RecordValues[], year: number, offices: readonly string[]): RecordValues[] {
  const rnd = seededRandom(year * 104_729 + 7);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const lastDay = `${year}-12-31`;
  const until = (d: string) => (d <= lastDay ? d : null);
  const group = () => Array.from({ length: 3 }, (_, i) => `${SURNAMES[int(0, SURNAMES.length - 1)]}某（${HELPERS[(i * 2 + int(0, 1)) % HELPERS.length]}）`).join('、');
  const steps = released.map((r, i) => {
    const releasedOn = String(r.releasedOn);
    const notice = addDays(releasedOn, -(i % 9 === 4 ? int(8, 20) : int(30, 38)));
    const returnedOn = until(addDays(releasedOn, int(0, 2)));
    const late = i % 7 === 3;
    const resettledOn = r.resettledOn === null ? null : String(r.resettledOn);
    const assisted = addDays(returnedOn ?? releasedOn, int(3, 15));
    return {
      ...r,
      source: i % 10 === 6 ? '解除矫正' : '刑满释放',
      noticeReceivedOn: notice,
      familyNotifiedOn: until(addDays(notice, late ? int(4, 6) : int(1, 3))),
      metAtGate: r.keyPerson === true ? true : null,
      returnedOn,
      fileOpenedOn: returnedOn === null ? null : until(addDays(returnedOn, late ? int(6, 9) : int(1, 5))),
      visitedOn: returnedOn === null ? null : until(addDays(returnedOn, late ? int(8, 12) : int(2, 7))),
      helpGroup: group(),
      assistedOn: resettledOn === null ? null : until(assisted < resettledOn ? assisted : resettledOn),
    };
  });
  const notices = [5, 12, 20].map((day, i) => ({
    name: `${SURNAMES[i * 3]}${['建军', '海涛', '春生'][i]!}`,
    idNumber: null,
    releasedOn: `${year + 1}-01-${String(day).padStart(2, '0')}`,
    source: '刑满释放',
    prison: ['冀东监狱', '唐山监狱', '石家庄监狱'][i]!,
    noticeReceivedOn: `${year}-12-${String(day + 2).padStart(2, '0')}`,
    familyNotifiedOn: i === 2 ? null : `${year}-12-${String(day + 4).padStart(2, '0')}`,
    keyPerson: i === 0,
    note: null,
    office: offices[(i * 4) % offices.length]!,
  }));
  return [...steps, ...notices];
}
