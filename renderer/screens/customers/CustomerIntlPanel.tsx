// International site: a customer's budget (shown and set) and freeze / unfreeze with the
// documented types (ACCOUNT, ACCOUNT_AND_RESOURCE) and a reason (§3.5, §3.6, §7.7). Each is
// previewed, confirmed, journaled and sent once through the write engine.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerBudgetView, CustomerWritePreview, FreezeType } from '../../../shared/contract/channels/customers';
import type { CustomerRow } from '../../../shared/contract/channels/review';
import type { IpcError } from '../../../shared/contract/errors';
import { api } from '../../bridge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MoneyCell } from '../../components/MoneyCell';
import { errorOf } from '../../components/table/paged-list';

type Pending = { preview: CustomerWritePreview; run: (confirmation: string) => Promise<unknown> };

export function CustomerIntlPanel({ customer }: { customer: CustomerRow }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const ip = customer.indirectPartnerId ? { indirectPartnerId: customer.indirectPartnerId } : {};
  const [budget, setBudget] = useState<CustomerBudgetView | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [amount, setAmount] = useState('');
  const [budgetType, setBudgetType] = useState<'MONTHLY' | 'PACKAGE'>('MONTHLY');
  const [autoFreeze, setAutoFreeze] = useState(false);
  const [freezeType, setFreezeType] = useState<FreezeType>('ACCOUNT');
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);

  const loadBudget = () => api.customers.budget({ customerId: customer.customerId, ...ip }).then(setBudget, (e: unknown) => setError(errorOf(e)));
  useEffect(() => {
    setBudget(null);
    void loadBudget();
  }, [customer.customerId]);

  const ask = async (preview: () => Promise<CustomerWritePreview>, run: Pending['run']) => {
    setError(null);
    setDone(null);
    try {
      setPending({ preview: await preview(), run });
    } catch (e) {
      setError(errorOf(e));
    }
  };
  const budgetInput = { customerId: customer.customerId, amount, budgetType, autoFreeze, cancelPartnerFrozen: false, ...ip };
  const freezeInput = { customerIds: [customer.customerId], reason: reason.trim(), type: freezeType, ...ip };

  return (
    <div data-testid="customer-intl">
      <h3>{t('customers.intl.budget')}</h3>
      {budget ? (
        <dl className="facts" data-testid="customer-budget">
          <dt>{t('customers.intl.budgetAmount')}</dt>
          <dd><MoneyCell amount={budget.amount} currency="USD" /> ({budget.budgetType ? t(`customers.intl.type.${budget.budgetType}`) : '—'})</dd>
          <dt>{t('customers.intl.used')}</dt>
          <dd><MoneyCell amount={budget.used} currency="USD" /></dd>
        </dl>
      ) : null}
      <div className="button-row">
        <label>
          {t('customers.intl.newBudget')}{' '}
          <input data-testid="budget-amount" value={amount} inputMode="decimal" size={10} onChange={(e) => setAmount(e.target.value)} />
        </label>
        <select aria-label={t('customers.intl.budgetType')} value={budgetType} onChange={(e) => setBudgetType(e.target.value as 'MONTHLY' | 'PACKAGE')}>
          <option value="MONTHLY">{t('customers.intl.type.MONTHLY')}</option>
          <option value="PACKAGE">{t('customers.intl.type.PACKAGE')}</option>
        </select>
        <label className="checkbox"><input type="checkbox" checked={autoFreeze} onChange={(e) => setAutoFreeze(e.target.checked)} /> {t('customers.intl.autoFreeze')}</label>
        <button type="button" className="button" data-testid="budget-set" disabled={!amount.trim()}
          onClick={() => void ask(() => api.customers.previewBudget(budgetInput), (confirmation) => api.customers.setBudget({ ...budgetInput, confirmation }))}>
          {t('customers.intl.setBudget')}
        </button>
      </div>

      <h3>{t('customers.intl.freezeTitle')}</h3>
      <div className="button-row">
        <select aria-label={t('customers.intl.freezeType')} data-testid="freeze-type" value={freezeType} onChange={(e) => setFreezeType(e.target.value as FreezeType)}>
          <option value="ACCOUNT">{t('customers.intl.freeze.ACCOUNT')}</option>
          <option value="ACCOUNT_AND_RESOURCE">{t('customers.intl.freeze.ACCOUNT_AND_RESOURCE')}</option>
        </select>
        <label>
          {t('customers.intl.reason')}{' '}
          <input data-testid="freeze-reason" value={reason} maxLength={256} onChange={(e) => setReason(e.target.value)} />
        </label>
        <button type="button" className="button" data-testid="freeze" disabled={!reason.trim()}
          onClick={() => void ask(() => api.customers.previewFreeze(freezeInput), (confirmation) => api.customers.freeze({ ...freezeInput, confirmation }))}>
          {t('customers.intl.freezeAction')}
        </button>
        <button type="button" className="button" data-testid="unfreeze" disabled={!reason.trim()}
          onClick={() => void ask(() => api.customers.previewUnfreeze(freezeInput), (confirmation) => api.customers.unfreeze({ ...freezeInput, confirmation }))}>
          {t('customers.intl.unfreezeAction')}
        </button>
      </div>
      <p className="help">{t('customers.intl.unfreezeHelp')}</p>
      <ErrorNotice error={error} />
      {done ? <p role="status" className="notice notice-ok" data-testid="customer-intl-done">{done}</p> : null}
      <ConfirmDialog
        open={pending !== null}
        title={t('customers.intl.confirmTitle')}
        confirmLabel={busy ? t('customers.intl.sending') : t('customers.intl.confirm')}
        confirmDisabled={busy}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (!pending) return;
          setBusy(true);
          pending.run(pending.preview.confirmation).then(
            () => {
              // The stored is_frozen changes with the next sync of Customers (the journal has the write now).
              setDone(t('customers.intl.sent'));
              void loadBudget();
            },
            (e: unknown) => setError(errorOf(e)),
          ).finally(() => {
            setBusy(false);
            setPending(null);
          });
        }}
      >
        {pending ? <p data-testid="customer-intl-confirm">{pending.preview.summary[lang]}</p> : null}
      </ConfirmDialog>
    </div>
  );
}
