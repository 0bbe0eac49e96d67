// Single money operations: choose the operation, the counterparty and the amount; review shows
// who pays and who receives with balances before and after (and 大写 in Chinese); nothing is
// sent until the operator confirms that exact preview.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moneyOperations, type MoneyOperation } from '../../../shared/contract/channels/activity';
import { formatMoney, parseAmount } from '../../../shared/domain/money';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MoneyInput } from '../../components/MoneyInput';
import { useConnectivity, watchConnectivity } from '../../components/connectivity';
import { useFundingStore } from '../../stores/funding-store';
import { useNavStore } from '../../stores/nav-store';
import { FundingConfirm } from './FundingConfirm';
import { formatInZone } from '../../components/format/time';

const T1_ONLY: ReadonlySet<MoneyOperation> = new Set(['fundT2', 'reclaimT2', 'fundT2Customer']);
const ON_T2: ReadonlySet<MoneyOperation> = new Set(['fundT2', 'reclaimT2']);

export function FundingScreen() {
  const { t } = useTranslation();
  const ids = { op: useId(), customer: useId(), t2: useId(), memo: useId(), list: useId() };
  const store = useFundingStore();
  const online = useConnectivity((s) => s.online);
  const go = useNavStore((s) => s.go);
  const [operation, setOperation] = useState<MoneyOperation>('fundCustomer');
  const [customer, setCustomer] = useState('');
  const [t2, setT2] = useState('');
  const [amount, setAmount] = useState('');
  const [memo, setMemo] = useState('');

  useEffect(() => {
    watchConnectivity();
    void store.loadTargets();
  }, []);

  const targets = store.targets;
  const isT1 = targets?.role === 'T1';
  const needsCustomer = !ON_T2.has(operation);
  const needsT2 = ON_T2.has(operation) || operation === 'fundT2Customer';
  const currency = targets?.currency ?? 'CNY';
  const ready = online && parseAmount(amount, { lenient: true }).ok && (!needsCustomer || customer.trim()) && (!needsT2 || t2);

  const submit = () => {
    const counterpartyId = ON_T2.has(operation) ? t2 : customer.trim();
    void store.review({
      operation,
      counterpartyId,
      ...(operation === 'fundT2Customer' ? { indirectPartnerId: t2 } : {}),
      amount,
      ...(memo.trim() ? { memo: memo.trim() } : {}),
    });
  };

  return (
    <section className="screen" aria-labelledby="funding-title">
      <h1 id="funding-title">{t('funding.title')}</h1>
      <p className="help">{t('funding.intro')}</p>
      {!online ? (
        <p role="alert" className="notice notice-error" data-testid="funding-offline">
          {t('funding.offline')}
        </p>
      ) : null}
      <ErrorNotice error={store.targetsError} />
      <form
        className="card funding-form"
        aria-labelledby="funding-title"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) submit();
        }}
      >
        {targets ? (
          <p className="help" data-testid="funding-allocatable">
            {t('funding.allocatable', { amount: formatMoney(targets.partnerAllocatable, { currency }), asOf: formatInZone(new Date(targets.asOf)) })}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor={ids.op}>{t('funding.operation')}</label>
          <select id={ids.op} data-testid="funding-operation" value={operation} onChange={(e) => setOperation(e.target.value as MoneyOperation)}>
            {moneyOperations.map((op) => (
              <option key={op} value={op} disabled={T1_ONLY.has(op) && !isT1}>
                {t(`funding.op.${op}`)}
                {T1_ONLY.has(op) && !isT1 ? ` (${t('funding.t1Only')})` : ''}
              </option>
            ))}
          </select>
        </div>
        {needsT2 ? (
          <div className="field">
            <label htmlFor={ids.t2}>{t('funding.reseller')}</label>
            <select id={ids.t2} data-testid="funding-t2" value={t2} onChange={(e) => setT2(e.target.value)}>
              <option value="">{t('funding.choose')}</option>
              {(targets?.resellers ?? []).map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name ? `${r.name} (${r.id})` : r.id}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {needsCustomer ? (
          <div className="field">
            <label htmlFor={ids.customer}>{t('funding.customer')}</label>
            <input
              id={ids.customer}
              data-testid="funding-customer"
              list={operation === 'fundT2Customer' ? undefined : ids.list}
              value={customer}
              autoComplete="off"
              aria-describedby={`${ids.customer}-help`}
              onChange={(e) => setCustomer(e.target.value)}
            />
            <span id={`${ids.customer}-help`} className="help">
              {t('funding.customerHelp')}
            </span>
            <datalist id={ids.list}>
              {(targets?.customers ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name ?? ''}
                </option>
              ))}
            </datalist>
          </div>
        ) : null}
        <MoneyInput label={t('funding.amount')} value={amount} onChange={(v) => setAmount(v)} currency={currency} required testId="funding-amount" />
        <div className="field">
          <label htmlFor={ids.memo}>{t('funding.memo')}</label>
          <input id={ids.memo} value={memo} maxLength={200} onChange={(e) => setMemo(e.target.value)} />
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" data-testid="funding-review" disabled={!ready || store.busy !== null}>
            {store.busy === 'review' ? t('funding.reviewing') : t('funding.review')}
          </button>
        </div>
      </form>
      <ErrorNotice error={store.error} />
      {store.result ? (
        <div role="status" className={`notice ${store.result.state === 'done' ? 'notice-ok' : store.result.state === 'failed' ? 'notice-error' : 'notice-warn'}`} data-testid="funding-result" data-state={store.result.state}>
          <p>
            {t(`funding.result.${store.result.state === 'done' ? 'done' : store.result.state === 'failed' ? 'failed' : 'unknown'}`, {
              transId: store.result.transId ?? '—',
              requestId: store.result.requestId ?? '—',
              code: store.result.code ?? '',
              message: store.result.message ?? '',
            })}
          </p>
          {store.result.state !== 'done' ? (
            <button type="button" className="button" onClick={() => go('activity')}>
              {t('funding.openActivity')}
            </button>
          ) : null}
        </div>
      ) : null}
      <FundingConfirm />
    </section>
  );
}
