// The account's approval policy (plans always; optionally single operations above an amount)
// and the append-only log of every roster and policy change.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalSetupView, PolicyEventView } from '../../../shared/contract/channels/plans-approvers';
import { formatMoney } from '../../../shared/domain/money';
import { DateTime } from '../../components/DateTime';
import { MoneyInput } from '../../components/MoneyInput';
import { useApproversStore } from '../../stores/approvers-store';
import { shortFingerprint } from './fingerprint';

/** The log keeps before/after as JSON text; a row it cannot read shows its raw subject. */
function json(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function useChangeText(): (e: PolicyEventView) => string {
  const { t } = useTranslation();
  const limit = (state: Record<string, unknown> | null) => {
    const value = state?.singleOperationLimit;
    return typeof value === 'string' ? formatMoney(value, { currency: 'CNY' }) : t('approvers.noLimit');
  };
  return (e) => {
    if (e.change === 'policy-set') return t('approvers.change.policy-set', { before: limit(json(e.before)), after: limit(json(e.after)) });
    const approver = json(e.after) ?? json(e.before);
    const operator = typeof approver?.operator === 'string' ? approver.operator : '?';
    return t(`approvers.change.${e.change}`, { operator, fingerprint: shortFingerprint(e.subject) });
  };
}

export function ApprovalPolicyCard({ setup }: { setup: ApprovalSetupView }) {
  const { t } = useTranslation();
  const { busy, saved, setLimit } = useApproversStore();
  const current = setup.policy.singleOperationLimit;
  const [limit, setLimitText] = useState(current ?? '');
  const [valid, setValid] = useState<string | null>(current);
  const [ok, setOk] = useState(true);
  const changeText = useChangeText();

  return (
    <>
      <section aria-labelledby="approvers-policy">
        <h3 id="approvers-policy">{t('approvers.policy')}</h3>
        <p data-testid="policy-plans">{t('approvers.plansAlways')}</p>
        <form
          className="policy-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (ok) void setLimit(valid);
          }}
        >
          <MoneyInput
            label={t('approvers.limitLabel')}
            value={limit}
            testId="policy-limit"
            onChange={(text, parsed) => {
              setLimitText(text);
              // Empty means no limit; anything else must be a valid amount above zero.
              const empty = text.trim() === '';
              setOk(empty || parsed.ok);
              setValid(parsed.ok ? parsed.value : null);
            }}
          />
          <p data-testid="policy-limit-now">
            {current === null ? t('approvers.limitNone') : t('approvers.limitNow', { limit: formatMoney(current, { currency: 'CNY' }) })}
          </p>
          <div className="button-row">
            <button type="submit" className="button button-primary" data-testid="policy-save" disabled={busy || !ok}>{t('approvers.saveLimit')}</button>
            {saved ? <span role="status">{t('approvers.saved')}</span> : null}
          </div>
        </form>
      </section>

      <section aria-labelledby="approvers-log">
        <h3 id="approvers-log">{t('approvers.log')}</h3>
        <p className="help">{t('approvers.logHelp')}</p>
        {setup.events.length === 0 ? (
          <p>{t('approvers.logEmpty')}</p>
        ) : (
          <table className="plan-table" data-testid="policy-log">
            <thead>
              <tr>
                <th scope="col">{t('approvers.logCol.at')}</th>
                <th scope="col">{t('approvers.logCol.operator')}</th>
                <th scope="col">{t('approvers.logCol.change')}</th>
              </tr>
            </thead>
            <tbody>
              {setup.events.map((e) => (
                <tr key={e.seq}>
                  <td><DateTime value={e.at} /></td>
                  <td>{e.operator}</td>
                  <td>{changeText(e)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
