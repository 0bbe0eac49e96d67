import { useTranslation } from 'react-i18next';
import type { AccountBalanceRow } from '../../../shared/contract/channels/review';
import { codeText } from '../../components/codes';
import { currencyOf, MoneyCell } from '../../components/MoneyCell';

/** A partner's (or a T2's) balances by account type: cash, credit, bonus, deposit, allocatable. */
export function BalancesTable({ balances, caption, testId }: { balances: readonly AccountBalanceRow[]; caption: string; testId?: string }) {
  const { t } = useTranslation();
  if (balances.length === 0) return <p className="help">{t('resellers.balance.none')}</p>;
  return (
    <table className="mini-table" data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('resellers.balance.accountType')}</th>
          <th scope="col" className="money">{t('resellers.balance.amount')}</th>
          <th scope="col" className="money">{t('resellers.balance.designated')}</th>
          <th scope="col" className="money">{t('resellers.balance.credit')}</th>
        </tr>
      </thead>
      <tbody>
        {balances.map((b) => (
          <tr key={`${b.ownerId}-${b.accountId}-${b.accountType}`}>
            <th scope="row">{codeText(t, 'resellers.balance.type', b.accountType)}</th>
            <td className="money"><MoneyCell amount={b.amount} currency={currencyOf(b.currency)} /></td>
            <td className="money"><MoneyCell amount={b.designatedAmount} currency={currencyOf(b.currency)} /></td>
            <td className="money"><MoneyCell amount={b.creditAmount} currency={currencyOf(b.currency)} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
