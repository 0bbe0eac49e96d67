import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INVOICE_TRANSITIONS, type InvoiceKind, type InvoiceStatus, type InvoiceView } from '../../../shared/contract/channels/invoices';
import { download } from '../../components/ExportButton';
import { DateTime } from '../../components/DateTime';
import { MoneyCell, currencyOf } from '../../components/MoneyCell';
import { useSettingsStore } from '../../stores/settings-store';
import { useInvoices } from '../../stores/invoices-store';

/** The documents of one kind with their status, number, export and the next allowed statuses. */
export function InvoiceList({ kind }: { kind: InvoiceKind }) {
  const { t, i18n } = useTranslation();
  const host = useSettingsStore((s) => s.info?.host);
  const { docs, setStatus, exportPackage, exported } = useInvoices();
  const [asking, setAsking] = useState<string | null>(null);
  const [number, setNumber] = useState('');
  const list = docs[kind];
  const language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';

  const move = async (d: InvoiceView, to: InvoiceStatus) => {
    // Huawei's number is typed when a request is issued; our own invoices are numbered by the app.
    if (to === 'issued' && kind === 'request') {
      setAsking(d.id);
      setNumber('');
      return;
    }
    await setStatus(d.id, kind, to);
  };
  const exportOne = async (id: string) => {
    const done = await exportPackage(id, language);
    if (done && host === 'web') for (const f of done.files) await download(f.fileName);
  };

  if (!list.length) return <p className="help">{t('invoices.empty')}</p>;
  return (
    <>
      <div className="plan-table-scroll">
        <table className="plan-table" aria-label={t(`invoices.listLabel.${kind}`)} data-testid={`invoices-${kind}`}>
          <thead>
            <tr>
              {(['createdAt', 'basis', 'type', 'period', 'customer', 'amount', 'status', 'number', 'actions'] as const).map((c) => (
                <th key={c} scope="col" className={c === 'amount' ? 'num' : undefined}>{t(`invoices.col.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.map((d) => (
              <tr key={d.id} data-testid="invoice-row">
                <td><DateTime value={d.createdAt} /></td>
                <td>{t(`invoices.basisOpt.${d.basis}`)}</td>
                <td>{t(`invoices.typeOpt.${d.invoiceType}`)}</td>
                <td>{d.period.fromMonth === d.period.toMonth ? d.period.fromMonth : `${d.period.fromMonth} – ${d.period.toMonth}`}</td>
                <td>{[d.customerName, d.customerId, d.orderId].filter(Boolean).join(' · ') || '—'}</td>
                <td className="num"><MoneyCell amount={d.amount} currency={currencyOf(d.currency)} /></td>
                <td data-testid="invoice-status">{t(`invoices.status.${d.status}`)}</td>
                <td data-testid="invoice-number">{d.invoiceNumber ?? '—'}</td>
                <td>
                  <div className="button-row">
                    <button type="button" className="button" data-testid="invoice-export" onClick={() => void exportOne(d.id)}>{t('invoices.exportPackage')}</button>
                    {(INVOICE_TRANSITIONS[kind][d.status] ?? []).map((to) => (
                      <button key={to} type="button" className="button" data-testid={`invoice-to-${to}`} onClick={() => void move(d, to)}>
                        {to === 'issued' && kind === 'customer' ? t('invoices.issue') : t(`invoices.to_.${to}`)}
                      </button>
                    ))}
                  </div>
                  {asking === d.id ? (
                    <div className="button-row">
                      <label>
                        {t('invoices.numberPrompt')}
                        <input data-testid="invoice-number-input" value={number} onChange={(e) => setNumber(e.target.value)} />
                      </label>
                      <button type="button" className="button primary" data-testid="invoice-confirm-issued" onClick={() => void setStatus(d.id, kind, 'issued', number.trim() || undefined).then((ok) => ok && setAsking(null))}>
                        {t('invoices.confirmIssued')}
                      </button>
                      <button type="button" className="button" onClick={() => setAsking(null)}>{t('invoices.cancel')}</button>
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p role="status" className="help" data-testid="invoices-exported">{exported ? t('invoices.exported', { files: exported.files.map((f) => f.path).join(', ') }) : ''}</p>
    </>
  );
}
