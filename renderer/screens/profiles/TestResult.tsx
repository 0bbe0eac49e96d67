import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { currencyOf, MoneyCell } from '../../components/MoneyCell';
import type { TestOutcome } from '../../stores/profiles-store';

/** What "Test connection" came back with: the balances, or the mapped error. */
export function TestResult({ outcome }: { outcome: TestOutcome }) {
  const { t } = useTranslation();
  if (!outcome.ok) return <ErrorNotice error={outcome.error} />;
  const { result } = outcome;
  const facts = { endpoint: result.endpoint, ms: result.elapsedMs };
  return (
    <section className="card" role="status" aria-live="polite" data-testid="profile-test-result">
      {result.balances.length === 0 ? (
        <p>{t('profiles.testNoBalances', facts)}</p>
      ) : (
        <>
          <p>{t('profiles.testOk', facts)}</p>
          <table className="mini-table">
            <thead>
              <tr>
                <th scope="col">{t('profiles.balanceType')}</th>
                <th scope="col" className="money">
                  {t('profiles.balanceAmount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.balances.map((b, i) => (
                <tr key={`${b.accountType}-${i}`}>
                  <td>{t(`profiles.accountType.${b.accountType}`, { defaultValue: String(b.accountType) })}</td>
                  <td className="money">
                    <MoneyCell amount={b.amount} currency={currencyOf(b.currency)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
