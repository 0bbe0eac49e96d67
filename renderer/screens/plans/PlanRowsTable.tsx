import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isVoucherPlanKind, type PlanDetail, type PlanRowView } from '../../../shared/contract/channels/plans';
import { MoneyCell } from '../../components/MoneyCell';
import { api } from '../../bridge';
import { usePlansStore } from '../../stores/plans-store';

const PAGE = 100;

/** The plan's rows as imported, each with its problems; a row is fixed in place and the whole
 *  plan is validated again on the main side. */
export function PlanRowsTable({ plan, editable }: { plan: PlanDetail; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const { run } = usePlansStore();
  const [onlyProblems, setOnlyProblems] = useState(plan.errorRows > 0);
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<{ index: number; target: string; amount: string; memo: string; validTime: string; expireTime: string } | null>(null);
  // Voucher kinds: issue rows carry validity; reclaims of a coupon or child quota take what is left (no typed amount).
  const validity = plan.kind === 'issue-coupons';
  const typedAmount = plan.kind !== 'reclaim-coupons' && plan.kind !== 'reclaim-quotas';
  const targetLabel = isVoucherPlanKind(plan.kind) ? t(`plans.targetOf.${plan.kind}`) : t('plans.col.target');
  const amountLabel = plan.kind === 'issue-coupons' ? t('plans.col.faceValue') : typedAmount ? t('plans.col.amount') : t('plans.col.toReclaim');
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const rows = onlyProblems ? plan.rows.filter((r) => r.problems.length > 0) : plan.rows;
  const from = Math.min(page * PAGE, Math.max(0, rows.length - 1));
  const shown = rows.slice(from, from + PAGE);

  // A reclaim shows what the store says is left (the balance); a typed amount with a problem
  // is shown exactly as typed: formatting would round "12.345".
  const amountCell = (r: PlanRowView) => {
    if (!typedAmount) return r.balance ? <MoneyCell amount={r.balance} /> : '—';
    return r.problems.some((p) => p.field === 'amount') || !/^\d+(\.\d{1,2})?$/.test(r.amount) ? r.amount : <MoneyCell amount={r.amount} />;
  };
  const cellsOf = (r: PlanRowView) =>
    editing?.index === r.index ? (
      <>
        <td><input aria-label={targetLabel} data-testid="edit-target" value={editing.target} onChange={(e) => setEditing({ ...editing, target: e.target.value })} /></td>
        <td />
        <td>{typedAmount ? <input aria-label={amountLabel} data-testid="edit-amount" inputMode="decimal" value={editing.amount} onChange={(e) => setEditing({ ...editing, amount: e.target.value })} /> : null}</td>
        {validity ? (
          <>
            <td><input aria-label={t('plans.col.validTime')} data-testid="edit-valid-time" value={editing.validTime} onChange={(e) => setEditing({ ...editing, validTime: e.target.value })} /></td>
            <td><input aria-label={t('plans.col.expireTime')} data-testid="edit-expire-time" value={editing.expireTime} onChange={(e) => setEditing({ ...editing, expireTime: e.target.value })} /></td>
          </>
        ) : null}
        <td><input aria-label={t('plans.col.memo')} data-testid="edit-memo" value={editing.memo} onChange={(e) => setEditing({ ...editing, memo: e.target.value })} /></td>
      </>
    ) : (
      <>
        <td>{r.target}</td>
        <td>{r.counterpartyId ? `${r.counterpartyName ?? ''} (${r.counterpartyId})` : '—'}</td>
        <td className="num">{amountCell(r)}</td>
        {validity ? (
          <>
            <td className="mono">{r.validTime}</td>
            <td className="mono">{r.expireTime}</td>
          </>
        ) : null}
        <td>{r.memo}</td>
      </>
    );

  return (
    <section aria-labelledby="plan-rows-title">
      <h3 id="plan-rows-title">{t('plans.rows')}</h3>
      <label className="check">
        <input type="checkbox" data-testid="only-problems" checked={onlyProblems} onChange={(e) => { setOnlyProblems(e.target.checked); setPage(0); }} />
        {t('plans.onlyProblems')}
      </label>
      <div className="plan-table-scroll">
      <table className="plan-table" data-testid="plan-rows-table">
        <thead>
          <tr>
            <th scope="col">{t('plans.col.line')}</th>
            <th scope="col">{targetLabel}</th>
            <th scope="col">{t('plans.col.counterparty')}</th>
            <th scope="col">{amountLabel}</th>
            {validity ? (
              <>
                <th scope="col">{t('plans.col.validTime')}</th>
                <th scope="col">{t('plans.col.expireTime')}</th>
              </>
            ) : null}
            <th scope="col">{t('plans.col.memo')}</th>
            <th scope="col">{t('plans.col.problems')}</th>
            {editable ? <th scope="col">{t('plans.col.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.index} className={r.problems.length ? 'row-problem' : undefined} data-testid={`plan-row-${r.index}`}>
              <td>{r.sourceLine ?? r.index + 1}</td>
              {cellsOf(r)}
              <td className="problems">{r.problems.map((p) => p.messages[lang]).join(' ')}</td>
              {editable ? (
                <td>
                  {editing?.index === r.index ? (
                    <div className="button-row">
                      <button type="button" className="button button-primary" data-testid="edit-save" onClick={() => void run(() => api.plans.updateRow({ id: plan.id, ...editing })).then((ok) => ok && setEditing(null))}>{t('plans.saveRow')}</button>
                      <button type="button" className="button" onClick={() => setEditing(null)}>{t('plans.cancelEdit')}</button>
                    </div>
                  ) : (
                    <div className="button-row">
                      <button type="button" className="button" data-testid={`edit-row-${r.index}`} aria-label={t('plans.editRow', { n: r.sourceLine ?? r.index + 1 })} onClick={() => setEditing({ index: r.index, target: r.target, amount: r.amount, memo: r.memo, validTime: r.validTime, expireTime: r.expireTime })}>{t('plans.edit')}</button>
                      <button type="button" className="button" onClick={() => void run(() => api.plans.deleteRow({ id: plan.id, index: r.index }))}>{t('plans.removeRow')}</button>
                    </div>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {rows.length === 0 ? <p>{t('plans.ok')}</p> : null}
      {rows.length > PAGE ? (
        <div className="button-row">
          <button type="button" className="button" disabled={page === 0} onClick={() => setPage(page - 1)}>{t('plans.prev')}</button>
          <span>{t('plans.page', { from: from + 1, to: from + shown.length, total: rows.length })}</span>
          <button type="button" className="button" disabled={from + PAGE >= rows.length} onClick={() => setPage(page + 1)}>{t('plans.next')}</button>
        </div>
      ) : null}
    </section>
  );
}
