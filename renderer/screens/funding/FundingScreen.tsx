// Single money operations: choose the operation, the counterparty and the amount; review shows
// who pays and who receives with balances before and after (and 大写 in Chinese); nothing is
// sent until the operator confirms that exact preview.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingOperation, Site, Tier } from '../../../shared/domain/operations';
import { formatMoney, parseAmount } from '../../../shared/domain/money';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MoneyInput } from '../../components/MoneyInput';
import { useConnectivity, watchConnectivity } from '../../components/connectivity';
import { useFundingStore } from '../../stores/funding-store';
import { useNavStore } from '../../stores/nav-store';
import { useProfilesStore } from '../../stores/profiles-store';
import { FundingConfirm } from './FundingConfirm';
import { formatInZone } from '../../components/format/time';
import { domainSite, needsCustomer as asksCustomer, needsT2 as asksT2, onT2, operationChoices, operationLabel } from './operations';

/** The operation picker: every write, those this tier and site may not send disabled with the reason. */
export function OperationSelect({ id, value, tier, site, onChange }: { id: string; value: FundingOperation; tier: Tier; site: Site | 'custom'; onChange: (op: FundingOperation) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <select id={id} data-testid="funding-operation" value={value} onChange={(e) => onChange(e.target.value as FundingOperation)}>
      {operationChoices(tier, site).map(({ operation: op, notOffered }) => (
        <option key={op} value={op} disabled={notOffered !== null}>
          {operationLabel(op, i18n.language)}
          {/* Tiers are SP and T1 and nothing is SP-only, so a tier refusal means tier-1 only. */}
          {notOffered === 'tier' ? ` (${t('funding.t1Only')})` : notOffered === 'site' ? ` (${t('funding.notOnSite')})` : ''}
        </option>
      ))}
    </select>
  );
}

export function FundingScreen() {
  const { t } = useTranslation();
  const ids = { op: useId(), customer: useId(), t2: useId(), memo: useId(), list: useId() };
  const store = useFundingStore();
  const online = useConnectivity((s) => s.online);
  const go = useNavStore((s) => s.go);
  const profileSite = useProfilesStore((s) => s.list?.profiles.find((p) => p.id === s.list?.activeId)?.site);
  const [operation, setOperation] = useState<FundingOperation>('fundCustomer');
  const [customer, setCustomer] = useState('');
  const [t2, setT2] = useState('');
  const [amount, setAmount] = useState('');
  const [memo, setMemo] = useState('');

  useEffect(() => {
    watchConnectivity();
    void store.loadTargets();
    // The active profile's site decides which operations exist at all (China site only).
    if (!useProfilesStore.getState().list) void useProfilesStore.getState().load();
  }, []);

  const targets = store.targets;
  const tier: Tier = targets?.role ?? 'SP';
  const site = domainSite(profileSite);
  const needsCustomer = asksCustomer(operation);
  const needsT2 = asksT2(operation);
  const currency = targets?.currency ?? 'CNY';
  const ready = online && parseAmount(amount, { lenient: true }).ok && (!needsCustomer || customer.trim()) && (!needsT2 || t2);

  const submit = () => {
    const counterpartyId = onT2(operation) ? t2 : customer.trim();
    void store.review({
      operation,
      counterpartyId,
      ...(needsCustomer && needsT2 ? { indirectPartnerId: t2 } : {}),
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
          <OperationSelect id={ids.op} value={operation} tier={tier} site={site} onChange={setOperation} />
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
              list={needsT2 ? undefined : ids.list}
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
