import { Card, Collapse, Table, Typography } from 'antd';
import { useEndpoint } from '../../api/use-endpoint';
import { useI18n } from '../../i18n/i18n';
import { wan } from '../../components/money';
import type { TImportedEvaluationIndicator } from '../../../../src/contract/imported-evaluation';
import { actorName } from '../../components/actor-name';

const num = (v: number | null) => (v === null ? '—' : String(v));
const yuan = (v: number | null) => (v === null ? '—' : wan(v));

/** The 自评表 imported for this unit-year (jixiao import FILE): shown read-only beside the unit's own evaluation. */
export function ImportedEvaluationCard({ params }: { params: { unitCode: string; year: number } }) {
  const { t } = useI18n();
  const view = useEndpoint('GET /api/units/:unitCode/years/:year/evaluation/imported', params);
  const imported = view.data?.imported;
  if (!imported) return null;
  const e = imported.evaluation;
  return (
    <Card size="small" title={t('evaluation.imported.title')} data-testid="imported-evaluation">
      <Typography.Paragraph type="secondary">
        {t('evaluation.imported.source', { file: imported.sourceName, at: imported.importedAt.slice(0, 16).replace('T', ' '), by: actorName(imported.importedBy, t) })}
      </Typography.Paragraph>
      <Collapse
        size="small"
        items={e.projects.map((p, n) => ({
          key: `${p.code}|${n}`,
          label: `${p.name}（${p.code || '—'}）  ${t('evaluation.total')} ${num(p.total)}`,
          children: (
            <>
              <Typography.Paragraph>
                {t('evaluation.imported.money', { initial: yuan(p.budget.initial), total: yuan(p.budget.total), spent: yuan(p.budget.spent), rate: p.executionRate === null ? '—' : `${p.executionRate}%`, score: num(p.executionScore) })}
              </Typography.Paragraph>
              <Table<TImportedEvaluationIndicator>
                size="small"
                pagination={false}
                rowKey={(i) => `${i.level2}|${i.name}`}
                dataSource={p.indicators}
                columns={[
                  { title: t('evaluation.imported.level'), render: (_, i) => `${i.level1} / ${i.level2}` },
                  { title: t('evaluation.imported.indicator'), dataIndex: 'name' },
                  { title: t('evaluation.imported.target'), render: (_, i) => i.target.raw },
                  { title: t('evaluation.imported.actual'), render: (_, i) => i.actual.raw },
                  { title: t('evaluation.imported.weight'), align: 'right', render: (_, i) => num(i.weight) },
                  { title: t('evaluation.score'), align: 'right', render: (_, i) => num(i.score) },
                  { title: t('evaluation.imported.deviation'), dataIndex: 'deviation' },
                ]}
              />
            </>
          ),
        }))}
      />
    </Card>
  );
}
