import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isVoucherPlanKind, MAX_PLAN_ROWS, MAX_SHEET_BYTES, megabytes, PLAN_KINDS, type PlanKind, type PlanParams } from '../../../shared/contract/channels/plans';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MoneyCell } from '../../components/MoneyCell';
import { watchPlanChanges } from '../../stores/plans-live';
import { usePlansStore } from '../../stores/plans-store';
import { ApproversPanel } from './ApproversPanel';
import { JsonFileField } from './JsonFileField';
import { PlanDetailView } from './PlanDetailView';
import { PlanParamsFields, takesParams } from './PlanParamsFields';
import { RunningOnBadge } from './RunningOn';

export function PlansScreen() {
  const { t } = useTranslation();
  const { plans, current, error, busy, panel, load, open, importSheet, importText, showApprovers } = usePlansStore();
  const [kind, setKind] = useState<PlanKind>('fund-customers');
  const [name, setName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [params, setParams] = useState<PlanParams>({});
  // The picked quota is refused (expired, frozen, not synced…): the picker says why; no import until fixed.
  const [blocked, setBlocked] = useState(false);
  useEffect(() => {
    watchPlanChanges();
    void load();
  }, [load]);
  const shown = panel === 'plan' ? current : null;

  return (
    <section className="screen plans" aria-labelledby="plans-title">
      <h1 id="plans-title">{t('plans.title')}</h1>
      <p className="help">{t('plans.intro')}</p>
      <ErrorNotice error={error} />
      <div className="plans-layout">
        <aside className="plans-side">
          <section className="card" aria-labelledby="plans-import">
            <h2 id="plans-import">{t('plans.importSection')}</h2>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (file && !(takesParams(kind) && blocked)) void importSheet(file, kind, name, takesParams(kind) ? params : undefined);
              }}
            >
              <label className="field">
                <span>{t('plans.kind')}</span>
                <select data-testid="plan-kind" value={kind} onChange={(e) => setKind(e.target.value as PlanKind)}>
                  {PLAN_KINDS.map((k) => (
                    <option key={k} value={k}>{t(`plans.kinds.${k}`)}</option>
                  ))}
                </select>
              </label>
              {takesParams(kind) ? <PlanParamsFields kind={kind} value={params} onChange={setParams} onBlocked={setBlocked} /> : null}
              <label className="field">
                <span>{t('plans.name')}</span>
                <input data-testid="plan-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
              </label>
              <label className="field">
                <span>{t('plans.file')}</span>
                <input data-testid="plan-file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
              </label>
              <p className="help" data-testid="plan-file-help">{isVoucherPlanKind(kind) ? t(`plans.fileHelpKind.${kind}`) : t('plans.fileHelp')} {t('plans.fileLimits', { maxMb: megabytes(MAX_SHEET_BYTES), maxRows: MAX_PLAN_ROWS })}</p>
              <button type="submit" className="button button-primary" data-testid="plan-import" disabled={!file || busy || (takesParams(kind) && blocked)}>{t('plans.importButton')}</button>
            </form>
          </section>
          <section className="card" aria-labelledby="plans-files">
            <h2 id="plans-files">{t('plans.planFileSection')}</h2>
            <JsonFileField label={t('plans.planFile')} testId="plan-file-import" onFile={(f) => void importText(f, 'plan')} />
            <JsonFileField label={t('plans.approvalFile')} testId="approval-file-import" onFile={(f) => void importText(f, 'approval')} />
          </section>
          <section className="card" aria-labelledby="plans-four-eyes">
            <h2 id="plans-four-eyes">{t('approvers.sideTitle')}</h2>
            <p className="help">{t('approvers.sideHelp')}</p>
            <button type="button" className="button" data-testid="approvers-open" aria-pressed={panel === 'approvers'} onClick={showApprovers}>
              {t('approvers.open')}
            </button>
          </section>
          <section className="card" aria-labelledby="plans-list">
            <h2 id="plans-list">{t('plans.list')}</h2>
            {plans.length === 0 ? <p>{t('plans.none')}</p> : null}
            <ul className="plan-list">
              {plans.map((p) => (
                <li key={p.id}>
                  <button type="button" className={shown?.id === p.id ? 'plan-link plan-link-current' : 'plan-link'} aria-current={shown?.id === p.id ? 'true' : undefined} onClick={() => void open(p.id)}>
                    <span className="plan-link-name">{p.name}</span>
                    <span className="plan-link-meta">
                      {t(`plans.status.${p.status}`)} · {p.rowCount} · <MoneyCell amount={p.total} />
                      <RunningOnBadge plan={p} />
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </aside>
        <div className="plans-main">{panel === 'approvers' ? <ApproversPanel /> : current ? <PlanDetailView plan={current} /> : null}</div>
      </div>
    </section>
  );
}
