// The overview's cards. Every item leads to what deals with it: a draft plan for customers or
// T2s that need money, Reconcile for an unknown outcome, the screen behind each list.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FiredAlertView } from '../../../shared/contract/channels/alerts';
import type { OverviewView } from '../../../shared/contract/channels/overview';
import { formatMoney } from '../../../shared/domain/money';
import { AsOf } from '../../components/AsOf';
import { DateTime } from '../../components/DateTime';
import { MoneyCell, currencyOf } from '../../components/MoneyCell';
import { useActivityStore } from '../../stores/activity-store';
import { useAlertsStore } from '../../stores/alerts-store';
import { useCustomerDetail } from '../../stores/customers-store';
import { useNavStore } from '../../stores/nav-store';

type View = OverviewView;

/** The cards' tables: a header row of column names, then the rows. */
function CompactTable({ head, children }: { head: readonly ReactNode[]; children: ReactNode }) {
  return (
    <table className="compact-table">
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={i} scope="col">{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** The firing alert of one of `kinds` whose subjects a draft plan can fund, if any. */
export function fundableAlert(log: readonly FiredAlertView[], kinds: readonly FiredAlertView['kind'][]): FiredAlertView | undefined {
  return kinds.map((k) => log.find((a) => a.current && a.kind === k)).find((a) => a !== undefined);
}

export function BalancesCard({ view }: { view: View }) {
  const { t } = useTranslation();
  const currency = currencyOf(view.currency);
  return (
    <section className="card" aria-labelledby="ov-balances" data-testid="overview-balances">
      <h2 id="ov-balances">{t('overview.balances.title')}</h2>
      <AsOf value={view.balances.asOf} />
      {view.balances.rows.length === 0 ? (
        <p className="help">{t('overview.balances.none')}</p>
      ) : (
        <CompactTable head={[t('overview.balances.type'), t('overview.balances.amount'), t('overview.balances.designated'), t('overview.balances.credit')]}>
            {view.balances.rows.map((b) => (
              <tr key={`${b.accountType}-${b.accountId}`}>
                <th scope="row">{t(`profiles.accountType.${b.accountType}`, { defaultValue: String(b.accountType) })}</th>
                <td><MoneyCell amount={b.amount} currency={currency} /></td>
                <td><MoneyCell amount={b.designatedAmount} currency={currency} /></td>
                <td><MoneyCell amount={b.creditAmount} currency={currency} /></td>
              </tr>
            ))}
          </CompactTable>
      )}
    </section>
  );
}

export function ResellersCard({ view }: { view: View }) {
  const { t } = useTranslation();
  const go = useNavStore((s) => s.go);
  const { log, fundThese, busy } = useAlertsStore();
  if (!view.resellers) return null;
  const alert = fundableAlert(log, ['t2-below']);
  return (
    <section className="card" aria-labelledby="ov-resellers" data-testid="overview-resellers">
      <h2 id="ov-resellers">{t('overview.resellers.title')}</h2>
      <AsOf value={view.resellers.asOf} />
      {view.resellers.rows.length === 0 ? (
        <p className="help">{t('overview.resellers.none')}</p>
      ) : (
        <CompactTable head={[t('overview.resellers.name'), t('overview.resellers.amount')]}>
            {view.resellers.rows.map((r) => (
              <tr key={r.indirectPartnerId}>
                <th scope="row">{r.name ?? r.accountName ?? r.indirectPartnerId}</th>
                <td><MoneyCell amount={r.amount} currency={currencyOf(r.currency)} /></td>
              </tr>
            ))}
          </CompactTable>
      )}
      <div className="button-row">
        {alert ? (
          <button type="button" className="button" disabled={busy} onClick={() => void fundThese(alert.seq)} data-testid="overview-fund-t2s">
            {t('overview.resellers.fund')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => go('resellers')}>{t('overview.resellers.open')}</button>
      </div>
    </section>
  );
}

export function AttentionCard({ view }: { view: View }) {
  const { t } = useTranslation();
  const go = useNavStore((s) => s.go);
  const select = useCustomerDetail((s) => s.select);
  const { log, fundThese, busy } = useAlertsStore();
  const a = view.attention;
  const currency = currencyOf(view.currency);
  const alert = fundableAlert(log, ['customer-below', 'customer-in-debt']);
  const threshold = a.threshold ? formatMoneyText(a.threshold, view.currency) : null;
  return (
    <section className="card" aria-labelledby="ov-attention" data-testid="overview-attention">
      <h2 id="ov-attention">{threshold ? t('overview.attention.title', { threshold }) : t('overview.attention.titleDebt')}</h2>
      <AsOf value={a.asOf} />
      {!threshold ? <p className="help">{t('overview.attention.noThreshold')}</p> : null}
      <p data-testid="overview-attention-total">{a.total === 0 ? t('overview.attention.none') : t('overview.attention.total', { count: a.total })}</p>
      {a.customers.length ? (
        <CompactTable head={[t('overview.attention.customer'), t('overview.attention.t2'), t('overview.attention.balance'), t('overview.attention.debt'), t('overview.attention.reason'), <span className="visually-hidden">{t('overview.attention.details')}</span>]}>
            {a.customers.map((c) => (
              <tr key={c.customerId} data-testid="overview-attention-row">
                <th scope="row">{c.name ?? c.accountName}</th>
                <td>{c.indirectPartnerId ?? '—'}</td>
                <td><MoneyCell amount={c.balance} currency={currency} /></td>
                <td><MoneyCell amount={c.debt} currency={currency} /></td>
                <td>{c.reason === 'debt' ? t('overview.attention.reasonDebt') : t('overview.attention.reasonBelow')}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => { void select(c.customerId); go('customers'); }}>
                    {t('overview.attention.details')}
                  </button>
                </td>
              </tr>
            ))}
          </CompactTable>
      ) : null}
      <div className="button-row">
        {alert ? (
          <button type="button" className="button" disabled={busy} onClick={() => void fundThese(alert.seq)} data-testid="overview-fund-these">
            {t('overview.attention.fund')}
          </button>
        ) : a.total > 0 ? (
          <p className="help">
            {t('overview.attention.fundNeedsRule')}{' '}
            <button type="button" className="link-button" onClick={() => go('alerts')}>{t('overview.openAlerts')}</button>
          </p>
        ) : null}
      </div>
    </section>
  );
}

function formatMoneyText(amount: string, currency: string): string {
  return formatMoney(amount, { currency: currencyOf(currency) });
}

export function ExpiringCard({ view }: { view: View }) {
  const { t } = useTranslation();
  const go = useNavStore((s) => s.go);
  const e = view.expiring;
  const currency = currencyOf(view.currency);
  const rows = [...e.quotas.map((q) => ({ ...q, what: t('overview.expiring.quotas') })), ...e.coupons.map((c) => ({ ...c, what: t('overview.expiring.vouchers') }))];
  return (
    <section className="card" aria-labelledby="ov-expiring" data-testid="overview-expiring">
      <h2 id="ov-expiring">{t('overview.expiring.title', { days: e.days })}</h2>
      <AsOf value={e.asOf} />
      {rows.length === 0 ? (
        <p className="help">{t('overview.expiring.none')}</p>
      ) : (
        <>
          <p>{t('overview.expiring.coupons', { count: e.couponTotal })}</p>
          <CompactTable head={[t('overview.expiring.id'), t('overview.expiring.owner'), t('overview.expiring.balance'), t('overview.expiring.expires')]}>
              {rows.map((r) => (
                <tr key={`${r.what}-${r.id}`}>
                  <th scope="row">{r.what} {r.id}</th>
                  <td>{r.ownerId ?? '—'}</td>
                  <td><MoneyCell amount={r.balance} currency={currency} /></td>
                  <td><DateTime value={r.expireTime} /></td>
                </tr>
              ))}
            </CompactTable>
        </>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={() => go('vouchers')}>{t('overview.expiring.open')}</button>
      </div>
    </section>
  );
}

export function UnresolvedCard({ view }: { view: View }) {
  const { t } = useTranslation();
  const go = useNavStore((s) => s.go);
  const { reconcile, reconciling } = useActivityStore();
  const u = view.unresolved;
  const currency = currencyOf(view.currency);
  return (
    <section className={u.total ? 'card card-urgent' : 'card'} aria-labelledby="ov-unresolved" data-testid="overview-unresolved">
      <h2 id="ov-unresolved">{t('overview.unresolved.title')}</h2>
      <p>{u.total ? t('overview.unresolved.total', { count: u.total }) : t('overview.unresolved.none')}</p>
      {u.entries.length ? (
        <ul className="plain-list">
          {u.entries.map((e) => (
            <li key={e.id} data-testid="overview-unresolved-row" data-entry={e.id}>
              <DateTime value={e.createdAt} /> · {e.operation} · {e.counterpartyName ?? e.counterpartyId} · <MoneyCell amount={e.amount} currency={currency} /> ·{' '}
              {t(`activity.states.${e.state}`)}{' '}
              <button type="button" className="button" disabled={reconciling.size > 0} onClick={() => void reconcile(e.id)}>
                {t('overview.unresolved.reconcile')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" onClick={() => go('activity')}>{t('overview.unresolved.open')}</button>
      </div>
    </section>
  );
}

export function LastSyncCard({ view }: { view: View }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="ov-sync" data-testid="overview-sync">
      <h2 id="ov-sync">{t('overview.sync.title')}</h2>
      <CompactTable head={[t('overview.sync.list'), t('overview.sync.asOf'), t('overview.sync.state')]}>
          {view.lastSync.map((l) => (
            <tr key={l.list}>
              <th scope="row">{t(`kit.sync.list.${l.list}`)}</th>
              <td>{l.asOf ? <DateTime value={l.asOf} /> : t('overview.sync.never')}</td>
              <td>{t(`overview.sync.states.${l.state}`)}</td>
            </tr>
          ))}
        </CompactTable>
    </section>
  );
}
