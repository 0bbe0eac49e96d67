// What a voucher send did, per item: done (with the coupon or child quota id), failed (with the
// API's reason in plain words; "already reclaimed or expired" is said as such), unknown (resolve
// it in Activity — it is never re-sent blindly), or not sent (its problems).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Messages } from '../../../shared/contract/error-catalog/messages';
import type { VoucherItemResult, VoucherResult } from '../../../shared/contract/channels/vouchers';
import { MoneyCell } from '../../components/MoneyCell';
import { useNavStore } from '../../stores/nav-store';
import { useVoucherSend } from '../../stores/voucher-send-store';

type Status = 'done' | 'failed' | 'unknown' | 'skipped';
/** What needs the operator first: unknown (resolve in Activity), then failed, not sent, done. */
const ATTENTION: Record<Status, number> = { unknown: 0, failed: 1, skipped: 2, done: 3 };

export function statusOf(item: VoucherItemResult): Status {
  if (item.status !== 'sent') return 'skipped';
  const s = item.entry.state;
  if (s === 'done' || s === 'reconciled-done') return 'done';
  if (s === 'failed' || s === 'reconciled-not-applied') return 'failed';
  return 'unknown';
}

export function VoucherResults() {
  const result = useVoucherSend((s) => s.result);
  const go = useNavStore((s) => s.go);
  return <VoucherResultsView result={result} onActivity={() => go('activity')} />;
}

/** The results themselves, for any result (server-rendered in tests). */
export function VoucherResultsView({ result, onActivity }: { readonly result: VoucherResult | null; onActivity(): void }) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (result) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [result]);
  if (!result) return null;
  const words = (m: Messages) => (i18n.language === 'zh-CN' ? m['zh-CN'] : m.en);
  return (
    <section ref={ref} aria-labelledby="voucher-results-title" data-testid="voucher-results">
      <h3 id="voucher-results-title">{t('vouchers.results.title')}</h3>
      <p role="status" data-testid="voucher-results-summary">
        {t('vouchers.results.summary', {
          done: result.done.toLocaleString(),
          failed: result.failed.toLocaleString(),
          unknown: result.unknown.toLocaleString(),
          skipped: result.skipped.toLocaleString(),
          calls: result.calls.toLocaleString(),
        })}
      </p>
      {result.unknown > 0 ? (
        <p className="notice notice-warn">
          {t('vouchers.results.unknownHelp')}{' '}
          <button type="button" className="button" onClick={() => onActivity()} data-testid="voucher-results-activity">
            {t('vouchers.results.openActivity')}
          </button>
        </p>
      ) : null}
      <div className="scroll-box" role="region" tabIndex={0} aria-label={t('vouchers.results.title')}>
        <table className="mini-table" data-testid="voucher-result-items">
          <thead>
            <tr>
              <th scope="col">{t('vouchers.confirm.item')}</th>
              <th scope="col">{t('vouchers.results.outcome')}</th>
              <th scope="col">{t('vouchers.results.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {[...result.items].sort((a, b) => ATTENTION[statusOf(a)] - ATTENTION[statusOf(b)]).map((item) => {
              const status = statusOf(item);
              return (
                <tr key={item.key} data-testid="voucher-result" data-key={item.key} data-status={status}>
                  <td>
                    {item.status === 'sent' && item.entry.counterpartyName ? `${item.entry.counterpartyName} ` : ''}
                    <span className="mono">{item.key}</span>
                  </td>
                  <td>{t(`vouchers.results.status.${status}`)}</td>
                  <td data-testid="voucher-result-detail">
                    <Detail item={item} status={status} words={words} onActivity={() => onActivity()} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Detail(props: { item: VoucherItemResult; status: Status; words(m: Messages): string; onActivity(): void }) {
  const { t } = useTranslation();
  const { item, words } = props;
  if (item.status === 'skipped') return <>{item.problems.map((p) => words(p.message)).join(' ')}</>;
  if (item.status === 'refused') return <>{words(item.problem.message)}</>;
  const e = item.entry;
  if (props.status === 'done') {
    const isReclaim = e.operation === 'reclaimCoupon' || e.operation === 'reclaimQuota';
    return (
      <>
        {isReclaim ? null : <span className="mono" data-testid="voucher-result-id">{e.transId}</span>}
        {e.operation === 'reclaimCoupon' ? (
          item.recordedAmount !== null ? (
            <>
              {t('vouchers.results.reclaimed')} <MoneyCell amount={item.recordedAmount} />
            </>
          ) : (
            t('vouchers.results.notInRecords')
          )
        ) : null}
      </>
    );
  }
  if (props.status === 'failed') {
    const reason = item.reason ? words(item.reason) : (e.message ?? e.code ?? '');
    return (
      <>
        {item.alreadyGone ? `${t('vouchers.results.alreadyGone')} ` : ''}
        {reason} {e.code ? <span className="mono">({e.code})</span> : null}
      </>
    );
  }
  return (
    <button type="button" className="button" onClick={props.onActivity}>
      {t('vouchers.results.resolveInActivity')}
    </button>
  );
}
