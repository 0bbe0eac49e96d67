import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isVoucherPlanKind, type PlanItemView, type PlanKind } from '../../../shared/contract/channels/plans';
import { MoneyCell } from '../../components/MoneyCell';

const PAGE = 100;
const ATTENTION = new Set(['unknown', 'failed', 'reconciled-not-applied', 'in-flight']);

const applied = (i: PlanItemView) => i.outcome === 'done' || i.outcome === 'reconciled-done';

/** The voucher or reseller quota an item produced (issue, grant: the answer's id) or named (reclaims). */
function voucherId(kind: PlanKind, i: PlanItemView): string {
  if (kind === 'issue-coupons' || kind === 'grant-quotas') return applied(i) ? (i.transId ?? '') : '';
  return (kind === 'reclaim-coupons' ? i.details?.couponId : i.details?.quotaId) ?? '';
}

/** Per-item outcomes; the ones that need attention (unknown, failed) first. Voucher plans show
 *  the voucher or reseller quota id and a failed item's reason in plain words. */
export function PlanItemsTable({ kind, items }: { kind: PlanKind; items: readonly PlanItemView[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const voucher = isVoucherPlanKind(kind);
  const idLabel = kind === 'issue-coupons' || kind === 'reclaim-coupons' ? t('plans.col.couponId') : t('plans.col.childQuotaId');
  const [page, setPage] = useState(0);
  const sorted = [...items].sort((a, b) => Number(ATTENTION.has(b.outcome)) - Number(ATTENTION.has(a.outcome)) || a.index - b.index);
  const shown = sorted.slice(page * PAGE, page * PAGE + PAGE);
  return (
    <>
      <div className="plan-table-scroll">
      <table className="plan-table" data-testid="plan-items-table">
        <thead>
          <tr>
            <th scope="col">{t('plans.col.line')}</th>
            <th scope="col">{t('plans.col.counterparty')}</th>
            <th scope="col">{kind === 'issue-coupons' ? t('plans.col.faceValue') : t('plans.col.amount')}</th>
            <th scope="col">{t('plans.col.outcome')}</th>
            <th scope="col">{voucher ? idLabel : t('plans.col.trans')}</th>
            {voucher ? <th scope="col">{t('plans.col.reason')}</th> : null}
            <th scope="col">{t('plans.col.error')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((i) => (
            <tr key={i.index} data-testid={`plan-item-${i.index}`} data-outcome={i.outcome} className={ATTENTION.has(i.outcome) ? 'row-problem' : undefined}>
              <td>{i.index + 1}</td>
              <td>{i.counterpartyName ? `${i.counterpartyName} (${i.counterpartyId})` : i.counterpartyId}</td>
              <td className="num"><MoneyCell amount={i.amount} /></td>
              <td>{t(`plans.outcomes.${i.outcome}`)}</td>
              <td className="mono" data-testid={voucher ? `plan-item-id-${i.index}` : undefined}>{voucher ? voucherId(kind, i) : (i.transId ?? '')}</td>
              {voucher ? <td data-testid={`plan-item-reason-${i.index}`}>{i.reason?.[lang] ?? ''}</td> : null}
              <td>{[i.errorCode, i.errorMessage].filter(Boolean).join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {items.length > PAGE ? (
        <div className="button-row">
          <button type="button" className="button" disabled={page === 0} onClick={() => setPage(page - 1)}>{t('plans.prev')}</button>
          <span>{t('plans.page', { from: page * PAGE + 1, to: page * PAGE + shown.length, total: items.length })}</span>
          <button type="button" className="button" disabled={(page + 1) * PAGE >= items.length} onClick={() => setPage(page + 1)}>{t('plans.next')}</button>
        </div>
      ) : null}
    </>
  );
}
