// The offboarding review: the live balance and every voucher of the leaving customer, what will
// be reclaimed and what cannot be (with why), the totals in decimals (and in capitals in the
// Chinese UI); confirming sends each reclaim once, then the per-item results and the summary
// (export, Activity) replace the review. A modal <dialog>: focus starts on Cancel.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OffboardItemResult, OffboardPreview } from '../../../shared/contract/channels/offboarding';
import type { Messages } from '../../../shared/contract/error-catalog/messages';
import { toChineseCapital } from '../../../shared/domain/money';
import { DateTime } from '../../components/DateTime';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MoneyCell } from '../../components/MoneyCell';
import { showInActivity, useOffboardStore } from '../../stores/offboard-store';
import { OffboardSummaryView } from './OffboardSummaryView';

function ReviewTable({ preview: p, words }: { preview: OffboardPreview; words: (m: Messages) => string }) {
  const { t } = useTranslation();
  const why = (problems: readonly { message: Messages }[]) => problems.map((x) => words(x.message)).join(' ');
  return (
    <table className="mini-table" data-testid="offboard-review">
      <thead>
        <tr>
          <th scope="col">{t('offboard.item')}</th>
          <th scope="col">{t('offboard.held')}</th>
          <th scope="col">{t('offboard.status')}</th>
        </tr>
      </thead>
      <tbody>
        <tr data-testid="offboard-balance" data-reclaim={p.balance.problems.length ? 'no' : 'yes'}>
          <td>{t('offboard.balance')}</td>
          <td>
            <MoneyCell amount={p.balance.available ?? '0.00'} currency={p.currency} />
          </td>
          <td>{p.balance.problems.length ? t('offboard.notReclaimable', { why: why(p.balance.problems) }) : t('offboard.willReclaim')}</td>
        </tr>
        {p.coupons.map((c) => (
          <tr key={c.couponId} data-testid="offboard-coupon" data-coupon={c.couponId} data-reclaim={c.problems.length ? 'no' : 'yes'}>
            <td>
              {t('offboard.coupon', { id: c.couponId })}
              {c.expireTime ? (
                <div className="help">
                  {t('offboard.expires')}{' '}
                  <DateTime value={c.expireTime} />
                </div>
              ) : null}
            </td>
            <td>
              <MoneyCell amount={c.balance} currency={p.currency} />
            </td>
            <td>{c.problems.length ? t('offboard.notReclaimable', { why: why(c.problems) }) : t('offboard.willReclaim')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Totals({ preview: p }: { preview: OffboardPreview }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="facts" data-testid="offboard-totals">
      <dt>{t('offboard.totalBalance')}</dt>
      <dd><MoneyCell amount={p.totals.balance} currency={p.currency} /></dd>
      <dt>{t('offboard.totalCoupons', { count: p.totals.couponCount })}</dt>
      <dd><MoneyCell amount={p.totals.coupons} currency={p.currency} /></dd>
      <dt>{t('offboard.total')}</dt>
      <dd data-testid="offboard-total"><strong><MoneyCell amount={p.totals.total} currency={p.currency} /></strong></dd>
      {i18n.language === 'zh-CN' && p.totals.total !== '0.00' ? (
        <>
          <dt>{t('offboard.totalCapital')}</dt>
          <dd lang="zh-CN" data-testid="offboard-capital">{toChineseCapital(p.totals.total)}</dd>
        </>
      ) : null}
    </dl>
  );
}

function resultText(item: OffboardItemResult, t: (k: string, o?: Record<string, unknown>) => string, words: (m: Messages) => string): string {
  if (item.status === 'skipped') return t('offboard.result.skipped', { why: item.problems.map((p) => words(p.message)).join(' ') });
  if (item.status === 'refused') return t('offboard.result.refused', { why: words(item.problem.message) });
  const s = item.entry.state;
  if (s === 'done' || s === 'reconciled-done') return t('offboard.result.done');
  if (item.alreadyGone) return t('offboard.result.alreadyGone');
  if (s === 'failed' || s === 'reconciled-not-applied') return t('offboard.result.failed', { reason: `${item.entry.code ?? ''} ${item.reason ? words(item.reason) : ''}`.trim() });
  return t('offboard.result.unknown');
}

export function OffboardDialog() {
  const { t, i18n } = useTranslation();
  const { target, preview, result, busy, error, confirm, close } = useOffboardStore();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const open = target !== null;
  const words = (m: Messages) => (i18n.language === 'zh-CN' ? m['zh-CN'] : m.en);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  const name = target?.name ?? '';
  return (
    <dialog
      ref={ref}
      className="confirm-dialog offboard-dialog"
      aria-labelledby={titleId}
      data-testid="offboard-dialog"
      onCancel={(e) => {
        e.preventDefault();
        if (busy !== 'send') close();
      }}
    >
      <h2 id={titleId}>{result ? t('offboard.resultTitle', { name }) : t('offboard.title', { name })}</h2>
      {busy === 'preview' ? <p role="status">{t('offboard.loading')}</p> : null}
      {preview && !result ? (
        <div className="confirm-body">
          <p className="help">{t('offboard.intro')}</p>
          {preview.indirectPartnerId ? <p className="help">{t('offboard.reseller', { id: preview.indirectPartnerId })}</p> : null}
          <div className="scroll-box" role="region" tabIndex={0} aria-label={t('offboard.title', { name })}>
            <ReviewTable preview={preview} words={words} />
          </div>
          <Totals preview={preview} />
          {preview.totals.notReclaimable > 0 || preview.balance.problems.length ? (
            <p className="help">{t('offboard.skippedCount', { count: preview.totals.notReclaimable + (preview.balance.problems.length ? 1 : 0) })}</p>
          ) : null}
          {preview.sendCount === 0 ? <p className="notice notice-warn">{t('offboard.nothing')}</p> : null}
        </div>
      ) : null}
      {result ? (
        <div className="confirm-body">
          <ul className="plain-list" data-testid="offboard-results">
            {result.items.map((i) => (
              <li key={`${i.kind}-${i.key}`} data-testid="offboard-result" data-status={i.status === 'sent' ? i.entry.state : i.status}>
                <strong>{i.kind === 'balance' ? t('offboard.balance') : t('offboard.coupon', { id: i.key })}</strong>: {resultText(i, t, words)}
              </li>
            ))}
          </ul>
          <OffboardSummaryView summary={result.summary} />
        </div>
      ) : null}
      <ErrorNotice error={error} />
      <div className="confirm-actions">
        <button ref={cancelRef} type="button" className="button" disabled={busy === 'send'} onClick={close}>
          {result ? t('offboard.close') : t('offboard.cancel')}
        </button>
        {result ? (
          <button type="button" className="button button-primary" onClick={() => showInActivity(result.summary.id)} data-testid="offboard-show-activity">
            {t('offboard.showActivity')}
          </button>
        ) : (
          <button
            type="button"
            className="button button-danger"
            data-testid="offboard-confirm"
            disabled={!preview || preview.sendCount === 0 || busy !== null}
            onClick={() => void confirm()}
          >
            {busy === 'send' ? t('offboard.sending') : t('offboard.confirm', { count: preview?.sendCount ?? 0 })}
          </button>
        )}
      </div>
    </dialog>
  );
}
