// The confirmation of a reviewed voucher action: the quota in words, how many items go out in
// how many calls, the total (大写 in the Chinese UI) and what is left of the quota after, and
// every item with its problems in plain words — those are not sent.
import { useTranslation } from 'react-i18next';
import type { Messages } from '../../../shared/contract/error-catalog/messages';
import type { VoucherPreview } from '../../../shared/contract/channels/vouchers';
import { formatMoney, toChineseCapital } from '../../../shared/domain/money';
import { describeQuota } from '../../../shared/domain/voucher-limits';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useConnectivity } from '../../components/connectivity';
import { formatInZone, parseApiTime } from '../../components/format/time';
import { mergePreviews, useVoucherSend } from '../../stores/voucher-send-store';
import { limitLanguage } from './voucher-columns';

const timeText = (iso: string) => {
  const d = parseApiTime(iso);
  return d ? formatInZone(d) : iso;
};

export function VoucherConfirm() {
  const { reviewed, busy, confirm, cancel } = useVoucherSend();
  const online = useConnectivity((s) => s.online);
  const preview = mergePreviews((reviewed ?? []).map((r) => r.preview));
  return <VoucherConfirmView preview={preview} busy={busy} online={online} onConfirm={() => void confirm()} onCancel={cancel} />;
}

/** The confirmation of one (merged) preview, for any preview (server-rendered in tests). */
export function VoucherConfirmView(props: {
  readonly preview: VoucherPreview | null;
  readonly busy: 'review' | 'send' | null;
  readonly online: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t, i18n } = useTranslation();
  const { preview, busy, online } = props;
  const lang = limitLanguage(i18n.language);
  const words = (m: Messages) => (lang === 'zh-CN' ? m['zh-CN'] : m.en);
  const nothing = preview !== null && preview.sendCount === 0;
  return (
    <ConfirmDialog
      open={preview !== null}
      title={preview ? t(`vouchers.confirm.title.${preview.operation}`) : ''}
      confirmLabel={busy === 'send' ? t('vouchers.confirm.sending') : t('vouchers.confirm.send', { formatted: (preview?.sendCount ?? 0).toLocaleString() })}
      confirmDisabled={busy !== null || !online || nothing}
      disabledReason={!online ? t('vouchers.confirm.offline') : nothing ? t('vouchers.confirm.nothing') : undefined}
      danger
      onConfirm={props.onConfirm}
      onCancel={props.onCancel}
    >
      {preview ? (
        <div data-testid="voucher-confirm">
          {preview.quota ? <QuotaLine preview={preview} /> : null}
          <dl className="facts">
            <dt>{t('vouchers.confirm.sendCount')}</dt>
            <dd data-testid="confirm-send-count">{t('vouchers.confirm.items', { send: preview.sendCount.toLocaleString(), all: preview.items.length.toLocaleString() })}</dd>
            <dt>{t('vouchers.confirm.calls')}</dt>
            <dd data-testid="confirm-calls">{preview.calls.toLocaleString()}</dd>
            <dt>{t('vouchers.confirm.total')}</dt>
            <dd className="money" data-testid="confirm-total">{formatMoney(preview.total, { currency: preview.currency })}</dd>
            {lang === 'zh-CN' ? (
              <>
                <dt>{t('vouchers.confirm.capital')}</dt>
                <dd lang="zh-CN" data-testid="confirm-capital">{safeCapital(preview.total)}</dd>
              </>
            ) : null}
            {preview.quotaBalanceAfter !== null ? (
              <>
                <dt>{t('vouchers.confirm.quotaAfter')}</dt>
                <dd className="money" data-testid="confirm-quota-after">{formatMoney(preview.quotaBalanceAfter, { currency: preview.currency })}</dd>
              </>
            ) : null}
          </dl>
          <div className="scroll-box" role="region" tabIndex={0} aria-label={t('vouchers.confirm.itemsCaption')}>
            <table className="mini-table" data-testid="confirm-items">
              <caption>{t('vouchers.confirm.itemsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('vouchers.confirm.item')}</th>
                  <th scope="col" className="money">{t('vouchers.confirm.amount')}</th>
                  <th scope="col">{t('vouchers.confirm.check')}</th>
                </tr>
              </thead>
              <tbody>
                {[...preview.items]
                  .sort((a, b) => Number(b.problems.length > 0) - Number(a.problems.length > 0))
                  .map((item) => (
                    <tr key={item.key} data-testid="confirm-item" data-key={item.key} data-ok={item.problems.length === 0}>
                      <td>
                        {item.counterpartyName ? `${item.counterpartyName} ` : ''}
                        <span className="mono">{item.key}</span>
                      </td>
                      <td className="money">{formatMoney(item.amount, { currency: preview.currency })}</td>
                      <td>
                        {item.problems.length === 0 ? (
                          t('vouchers.confirm.ok')
                        ) : (
                          <ul className="problems">
                            {item.problems.map((p) => (
                              <li key={p.code}>{words(p.message)}</li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          <p className="help">{t('vouchers.confirm.asOf', { asOf: timeText(preview.asOf) })}</p>
          <p className="help">{t('vouchers.confirm.oneShot')}</p>
        </div>
      ) : null}
    </ConfirmDialog>
  );

  function QuotaLine({ preview: p }: { readonly preview: VoucherPreview }) {
    const q = p.quota!;
    const w = describeQuota(
      { quotaType: q.quotaType, quotaStatus: q.status, quotaValue: q.value, balance: q.balance, currency: p.currency, effectiveTime: q.effectiveTime, expireTime: q.expireTime, limitInfos: q.limits },
      lang,
      timeText,
    );
    return (
      <div className="quota-summary" data-testid="confirm-quota">
        <p>
          <strong>{w.type}</strong> <span className="mono">{q.quotaId}</span> — {w.remaining}
        </p>
        <p>{w.validity}</p>
        <ul>
          {w.restrictions.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </div>
    );
  }
}

function safeCapital(amount: string): string {
  try {
    return toChineseCapital(amount);
  } catch {
    return amount;
  }
}
