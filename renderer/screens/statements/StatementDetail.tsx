import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerStatement } from '../../../shared/contract/channels/statements';
import { toChineseCapital } from '../../../shared/domain/money';
import { DateTime } from '../../components/DateTime';
import { MoneyCell, currencyOf } from '../../components/MoneyCell';

/** One customer's statement: its movements with the running balance, totals and the check. */
export function StatementDetail({ statement, onClose, onExport, busy }: {
  statement: CustomerStatement;
  onClose: () => void;
  onExport: (format: 'xlsx' | 'pdf') => void;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const r = statement.row;
  const currency = currencyOf(statement.currency);
  const totals: [string, string | null][] = [
    [t('statements.col.opening'), r.opening],
    [t('statements.col.granted'), r.granted],
    [t('statements.col.reclaimed'), r.reclaimed],
    [t('statements.col.cashConsumed'), r.cashConsumed],
    [t('statements.col.voucherConsumed'), r.voucherConsumed],
    [t('statements.vouchersIssued'), r.vouchersIssued],
    [t('statements.vouchersReclaimed'), r.vouchersReclaimed],
    [t('statements.col.closing'), r.closing],
    [t('statements.col.syncedBalance'), r.syncedBalance],
    [t('statements.expectedClosing'), r.expectedClosing],
    [t('statements.col.difference'), r.difference],
  ];
  return (
    <section className="card" aria-labelledby="statement-detail-title" data-testid="statement-detail">
      <div className="screen-head">
        <h2 id="statement-detail-title">{t('statements.detailTitle', { name: r.customerName ?? r.accountName ?? r.customerId })}</h2>
        <button type="button" className="button" onClick={onClose}>{t('statements.closeDetail')}</button>
      </div>
      <p className="help">{r.customerId} · {statement.period.fromMonth === statement.period.toMonth ? statement.period.fromMonth : `${statement.period.fromMonth} – ${statement.period.toMonth}`}</p>
      <h3>{t('statements.lines')}</h3>
      {statement.lines.length === 0 ? (
        <p className="help">{t('statements.noLines')}</p>
      ) : (
        <table className="plan-table" aria-label={t('statements.linesLabel')} data-testid="statement-lines">
          <thead>
            <tr>
              {(['at', 'kind', 'reference', 'cash', 'voucher', 'balance'] as const).map((c) => (
                <th key={c} scope="col" className={c === 'cash' || c === 'voucher' || c === 'balance' ? 'num' : undefined}>{t(`statements.lineCol.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {statement.lines.map((l, i) => (
              <tr key={`${l.at}-${i}`}>
                <td><DateTime value={l.at} /></td>
                <td>{t(`statements.kind.${l.kind}`)}</td>
                <td>{l.reference}</td>
                <td className="num"><MoneyCell amount={l.cash} currency={currency} /></td>
                <td className="num"><MoneyCell amount={l.voucher} currency={currency} /></td>
                <td className="num"><MoneyCell amount={l.balance} currency={currency} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <dl className="facts" data-testid="statement-totals">
        {totals.map(([k, v]) => (
          <Fragment key={k}>
            <dt>{k}</dt>
            <dd><MoneyCell amount={v} currency={currency} /></dd>
          </Fragment>
        ))}
        {i18n.language === 'zh-CN' ? (
          <>
            <dt>{t('statements.inWords')}</dt>
            <dd data-testid="statement-in-words">{toChineseCapital(r.closing)}</dd>
          </>
        ) : null}
        <dt>{t('statements.col.reason')}</dt>
        <dd data-testid="statement-reason">{t(`statements.reason.${r.reason}`)}</dd>
      </dl>
      <div className="button-row" role="group" aria-label={t('statements.exportLabel')}>
        <button type="button" className="button" disabled={busy} onClick={() => onExport('pdf')} data-testid="statement-export-pdf">{t('statements.exportOnePdf')}</button>
        <button type="button" className="button" disabled={busy} onClick={() => onExport('xlsx')}>{t('statements.exportOneXlsx')}</button>
      </div>
    </section>
  );
}
