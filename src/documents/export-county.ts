import type { TCountyView } from '../contract/api/county-api.js';
import { layoutCounty } from './export/county-layout.js';
import { writeXlsx } from './xlsx/write-xlsx.js';

/** The county table as .xlsx. */
export const exportCounty = (view: TCountyView): Promise<Buffer> => writeXlsx(layoutCounty(view));

export const countyFileName = (view: Pick<TCountyView, 'parent' | 'year' | 'asOf'>) => `${view.parent ? `${view.parent.code}${view.parent.name}` : '全部单位'}-${view.year}年度汇总-截至${view.asOf}.xlsx`;
