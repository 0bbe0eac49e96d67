// The confirmation of one previewed money operation: counterparty, amount in figures and (in
// the Chinese UI) in capitals, and every balance before and after.
import { useTranslation } from 'react-i18next';
import type { PartyBalance } from '../../../shared/contract/channels/money';
import { formatMoney, toChineseCapital } from '../../../shared/domain/money';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MoneyCell } from '../../components/MoneyCell';
import { useConnectivity } from '../../components/connectivity';
import { useFundingStore } from '../../stores/funding-store';
import { formatInZone } from '../../components/format/time';
import { operationLabel } from './operations';

export function FundingConfirm() {
  const { t, i18n } = useTranslation();
  const { preview, busy, confirm, cancel } = useFundingStore();
  const online = useConnectivity((s) => s.online);
  const zh = i18n.language === 'zh-CN';
  const partyName = (p: PartyBalance) => (p.kind === 'partner' ? t('funding.partner') : p.name ? `${p.name} (${p.id})` : p.id);

  return (
    <ConfirmDialog
      open={preview !== null}
      title={preview ? t('funding.confirmTitle', { operation: operationLabel(preview.operation, i18n.language) }) : ''}
      confirmLabel={busy === 'send' ? t('funding.sending') : t('funding.confirm')}
      confirmDisabled={busy !== null || !online}
      disabledReason={!online ? t('funding.offline') : undefined}
      danger
      onConfirm={() => void confirm()}
      onCancel={cancel}
    >
      {preview ? (
        <div data-testid="funding-confirm">
          <dl className="facts">
            <dt>{t('funding.counterparty')}</dt>
            <dd data-testid="confirm-counterparty">
              {preview.counterpartyName ? `${preview.counterpartyName} ` : ''}
              <span className="mono">{preview.counterpartyId}</span>
            </dd>
            <dt>{t('funding.amountFigures')}</dt>
            <dd className="money" data-testid="confirm-amount">
              {formatMoney(preview.amount, { currency: preview.currency })}
            </dd>
            {zh ? (
              <>
                <dt>{t('funding.amountCapital')}</dt>
                <dd lang="zh-CN" data-testid="confirm-capital">
                  {toChineseCapital(preview.amount)}
                </dd>
              </>
            ) : null}
          </dl>
          <table className="balance-table">
            <thead>
              <tr>
                <th scope="col">{t('funding.party')}</th>
                <th scope="col">{t('funding.before')}</th>
                <th scope="col">{t('funding.after')}</th>
              </tr>
            </thead>
            <tbody>
              {[preview.from, preview.to].map((p) => (
                <tr key={`${p.kind}:${p.id}`}>
                  <th scope="row">{partyName(p)}</th>
                  <td>
                    <MoneyCell amount={p.before} currency={preview.currency} />
                  </td>
                  <td>
                    <MoneyCell amount={p.after} currency={preview.currency} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="help">{t('funding.asOf', { asOf: formatInZone(new Date(preview.asOf)) })}</p>
          <p className="help">{t('funding.oneShot')}</p>
        </div>
      ) : null}
    </ConfirmDialog>
  );
}
