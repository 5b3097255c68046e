import { Button, Checkbox, DatePicker, Descriptions, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useSubmit } from '../../api/use-submit';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert, errorText } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { ACTIVITY_KINDS, ACTIVITY_LABEL, LIFECYCLE_STEPS, REASONS_OF_END, STEP_LABEL, type TActivityKind, type TEndKind, type TLifecycleStep, type TTerminationReason } from '../../../../src/core/correction/lifecycle';
import { DutyTags, LifecycleClockTag } from './lifecycle-parts';

/** Record (or correct) one step with its date and what the step carries. */
function RecordStep({ personId, onDone }: { personId: number; onDone: () => void }) {
  const { t, lang } = useI18n();
  const { unitCode } = useUnitYear();
  const [step, setStep] = useState<TLifecycleStep>('reported');
  const [on, setOn] = useState<dayjs.Dayjs | null>(null);
  const [fastTrack, setFastTrack] = useState(false);
  const [opinion, setOpinion] = useState<'适宜' | '不适宜'>('适宜');
  const [team, setTeam] = useState('');
  const [ableToWork, setAbleToWork] = useState(true);
  const [endKind, setEndKind] = useState<TEndKind>('解除');
  // empty: the server keeps the register's fitting reason, or takes 期满解除 for 解除 (a 终止 needs one)
  const [reason, setReason] = useState<TTerminationReason | undefined>(undefined);
  const submit = useSubmit();
  const extra = step === 'entrusted' ? { fastTrack } : step === 'assessed' ? { opinion } : step === 'planned' ? { team: team.trim() || undefined, ableToWork } : step === 'ended' ? { endKind, terminationReason: reason } : {};
  return (
    <Space wrap data-testid="record-step">
      <Select aria-label={t('life.step')} style={{ width: 180 }} value={step} onChange={setStep} options={LIFECYCLE_STEPS.map((s) => ({ value: s, label: STEP_LABEL[s][lang] }))} />
      <DatePicker aria-label={t('life.date')} value={on} onChange={setOn} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      {step === 'entrusted' && <Checkbox checked={fastTrack} onChange={(e) => setFastTrack(e.target.checked)}>{t('life.fastTrack')}</Checkbox>}
      {step === 'assessed' && <Select aria-label={t('life.opinion')} style={{ width: 100 }} value={opinion} onChange={setOpinion} options={['适宜', '不适宜'].map((v) => ({ value: v, label: v }))} />}
      {step === 'planned' && (
        <>
          <Input aria-label={t('life.team')} placeholder={t('life.team')} value={team} onChange={(e) => setTeam(e.target.value)} style={{ width: 200 }} />
          <Checkbox checked={ableToWork} onChange={(e) => setAbleToWork(e.target.checked)}>{t('life.ableToWork')}</Checkbox>
        </>
      )}
      {step === 'ended' && (
        <>
          <Select
            aria-label={t('life.endKind')}
            style={{ width: 90 }}
            value={endKind}
            onChange={(v) => {
              setEndKind(v);
              setReason(undefined);
            }}
            options={(['解除', '终止'] as const).map((v) => ({ value: v, label: v }))}
          />
          <Select aria-label={t('life.terminationReason')} placeholder={t('life.terminationReason')} allowClear style={{ width: 150 }} value={reason} onChange={setReason} options={REASONS_OF_END[endKind].map((v) => ({ value: v, label: v }))} />
        </>
      )}
      <Button
        type="primary"
        disabled={!on}
        loading={submit.busy}
        onClick={() =>
          void submit.run(async () => {
            await api('POST', `/api/units/${encodeURIComponent(unitCode)}/correction/people/${personId}/steps`, { step, doneOn: on!.format('YYYY-MM-DD'), ...extra });
            setOn(null);
            onDone();
          })
        }
      >
        {t('life.record')}
      </Button>
      {submit.error && <Typography.Text type="danger">{errorText(submit.error, lang)}</Typography.Text>}
    </Space>
  );
}

/** Record a report, a visit, study or service hours. */
function RecordActivity({ personId, onDone }: { personId: number; onDone: () => void }) {
  const { t, lang } = useI18n();
  const { unitCode } = useUnitYear();
  const [kind, setKind] = useState<TActivityKind>('report');
  const [on, setOn] = useState<dayjs.Dayjs | null>(null);
  const [hours, setHours] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const byHours = kind === 'study' || kind === 'service';
  const submit = useSubmit();
  return (
    <Space wrap data-testid="record-activity">
      <Select aria-label={t('life.activityKind')} style={{ width: 150 }} value={kind} onChange={setKind} options={ACTIVITY_KINDS.map((k) => ({ value: k, label: ACTIVITY_LABEL[k][lang] }))} />
      <DatePicker aria-label={t('life.date')} value={on} onChange={setOn} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      {byHours && <InputNumber aria-label={t('life.hours')} placeholder={t('life.hours')} min={1} max={24} value={hours} onChange={(v) => setHours(v === null ? null : Number(v))} />}
      <Input aria-label={t('life.note')} placeholder={t('life.note')} value={note} onChange={(e) => setNote(e.target.value)} style={{ width: 160 }} />
      <Button
        disabled={!on || (byHours && !hours)}
        loading={submit.busy}
        onClick={() =>
          void submit.run(async () => {
            await api('POST', `/api/units/${encodeURIComponent(unitCode)}/correction/people/${personId}/activities`, { kind, doneOn: on!.format('YYYY-MM-DD'), ...(byHours ? { hours } : {}), note: note.trim() || null });
            setOn(null);
            setHours(null);
            setNote('');
            onDone();
          })
        }
      >
        {t('life.activity')}
      </Button>
      {submit.error && <Typography.Text type="danger">{errorText(submit.error, lang)}</Typography.Text>}
    </Space>
  );
}

/** A person's steps with their dates, the clocks they started, and a month's duties against the recorded activities. */
export function LifecycleSection({ personId }: { personId: number }) {
  const { t, lang } = useI18n();
  const { unitCode } = useUnitYear();
  const { can } = useSession();
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const life = useEndpoint('GET /api/units/:unitCode/correction/people/:id/lifecycle', { unitCode, id: personId }, { month });
  const voiding = useSubmit();
  if (life.error) return <ErrorAlert error={life.error} onRetry={life.reload} />;
  const l = life.data;
  if (!l) return null;
  const mayWrite = can('register.write');
  const reload = () => void life.reload();
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="lifecycle">
      <Typography.Title level={5}>{t('life.title')}</Typography.Title>
      <Space wrap>
        {l.clocks.map((c) => (
          <LifecycleClockTag key={c.kind} clock={c} />
        ))}
      </Space>
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 160 } }}
        items={l.steps.map((s) => ({
          key: s.step,
          label: STEP_LABEL[s.step][lang],
          children: (
            <span data-testid={`step-${s.step}`}>
              {s.doneOn ?? <Typography.Text type="secondary">{t('life.notYet')}</Typography.Text>}
              {Object.entries(s.details).map(([k, v]) => ` · ${k === 'fastTrack' ? (v ? t('life.fastTrack') : '') : k === 'ableToWork' ? (v ? t('life.ableToWork') : '') : String(v)}`).filter((x) => x !== ' · ')}
            </span>
          ),
        }))}
      />
      {mayWrite && <RecordStep personId={personId} onDone={reload} />}
      <Space wrap>
        <DatePicker picker="month" aria-label={t('life.month')} allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && setMonth(d.format('YYYY-MM'))} />
        {l.duties ? <Typography.Text strong>{t('life.duties', { month: l.duties.month, cls: l.duties.dutyClass })}</Typography.Text> : <Typography.Text type="secondary">{t('life.noDuties')}</Typography.Text>}
      </Space>
      {l.duties && (
        <Space wrap data-testid="duties">
          <DutyTags duties={l.duties} />
          {l.duties.share < 1 && <Typography.Text type="secondary">{t('life.share', { pct: Math.round(l.duties.share * 100) })}</Typography.Text>}
        </Space>
      )}
      {mayWrite && <RecordActivity personId={personId} onDone={reload} />}
      {voiding.error && <Typography.Text type="danger">{errorText(voiding.error, lang)}</Typography.Text>}
      {l.activities.length > 0 && (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          title={() => t('life.activities')}
          dataSource={l.activities}
          columns={[
            { title: t('life.date'), dataIndex: 'doneOn' },
            { title: t('life.activityKind'), dataIndex: 'kind', render: (k: TActivityKind) => ACTIVITY_LABEL[k][lang] },
            { title: t('life.hours'), render: (_, a) => (a.kind === 'study' || a.kind === 'service' ? a.amount : '—') },
            { title: t('life.note'), dataIndex: 'note' },
            ...(mayWrite ? [{ title: '', key: 'void', render: (_: unknown, a: { id: number }) => <Button size="small" danger onClick={() => void voiding.run(async () => { await api('POST', `/api/units/${encodeURIComponent(unitCode)}/correction/people/${personId}/activities/${a.id}/void`); reload(); })}>{t('life.void')}</Button> }] : []),
          ]}
        />
      )}
    </Space>
  );
}
