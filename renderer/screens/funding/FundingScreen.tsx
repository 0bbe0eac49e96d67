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
import { CounterpartyPicker, type PickedCounterparty } from '../../components/CounterpartyPicker';
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

/** An id typed in full (no spaces, 8–64 characters) is used as is when nothing was chosen. */
function typedId(text: string): string {
  const v = text.trim();
  return /^[A-Za-z0-9_-]{8,64}$/.test(v) ? v : '';
}

const t2Of = (c: PickedCounterparty): PickedCounterparty => ({
  kind: 't2', id: c.indirectPartnerId!, name: c.indirectPartnerName, accountName: null, indirectPartnerId: null, indirectPartnerName: null,
});

export function FundingScreen() {
  const { t } = useTranslation();
  const ids = { op: useId(), memo: useId() };
  const store = useFundingStore();
  const online = useConnectivity((s) => s.online);
  const go = useNavStore((s) => s.go);
  const profileSite = useProfilesStore((s) => s.list?.profiles.find((p) => p.id === s.list?.activeId)?.site);
  const [operation, setOperation] = useState<FundingOperation>('fundCustomer');
  const [customer, setCustomer] = useState<PickedCounterparty | null>(null);
  const [t2, setT2] = useState<PickedCounterparty | null>(null);
  // Typed in full without choosing from the list (works before the first sync).
  const [customerTyped, setCustomerTyped] = useState('');
  const [t2Typed, setT2Typed] = useState('');
  const [amount, setAmount] = useState('');
  const [memo, setMemo] = useState('');
  const prefill = useFundingStore((s) => s.prefill);

  useEffect(() => {
    watchConnectivity();
    void store.loadTargets();
    // The active profile's site decides which operations exist at all (China site only).
    if (!useProfilesStore.getState().list) void useProfilesStore.getState().load();
  }, []);

  // "Fund" / "Reclaim" on a customer row or detail: the form opens with that customer chosen.
  useEffect(() => {
    const p = useFundingStore.getState().takePrefill();
    if (!p) return;
    setOperation(p.operation);
    setCustomer(p.counterparty);
    setT2(p.counterparty.indirectPartnerId ? t2Of(p.counterparty) : null);
  }, [prefill]);

  const targets = store.targets;
  const tier: Tier = targets?.role ?? 'SP';
  const site = domainSite(profileSite);
  const needsCustomer = asksCustomer(operation);
  const needsT2 = asksT2(operation);
  const currency = targets?.currency ?? 'CNY';
  const customerId = customer?.id ?? typedId(customerTyped);
  const t2Id = t2?.id ?? typedId(t2Typed);
  const ready = online && parseAmount(amount, { lenient: true }).ok && (!needsCustomer || customerId) && (!needsT2 || t2Id);

  const pickCustomer = (picked: PickedCounterparty | null) => {
    setCustomer(picked);
    // A T2's customer is funded from that T2's balance (fundT2Customer), not the partner's.
    if (picked?.indirectPartnerId && operation === 'fundCustomer' && tier === 'T1') {
      setOperation('fundT2Customer');
      setT2(t2Of(picked));
    }
  };

  const submit = () => {
    const counterpartyId = onT2(operation) ? t2Id : customerId;
    // fundT2Customer names the paying T2; a reclaim from a T2's customer names the customer's T2.
    const indirectPartnerId = needsCustomer && needsT2 ? t2Id : operation === 'reclaimCustomer' ? (customer?.indirectPartnerId ?? '') : '';
    void store.review({
      operation,
      counterpartyId,
      ...(indirectPartnerId ? { indirectPartnerId } : {}),
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
          <CounterpartyPicker
            kind="t2"
            label={t('funding.reseller')}
            value={t2}
            onPick={setT2}
            onTyped={setT2Typed}
            testId="funding-t2"
          />
        ) : null}
        {needsCustomer ? (
          <>
            <CounterpartyPicker
              kind="customer"
              label={t('funding.customer')}
              value={customer}
              onPick={pickCustomer}
              onTyped={setCustomerTyped}
              // fundT2Customer: only that T2's customers (it pays).
              {...(needsT2 && t2Id ? { withinT2: t2Id } : {})}
              testId="funding-customer"
            />
            <span className="help">{t('funding.customerHelp')}</span>
          </>
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
