import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceKind } from '../../../shared/contract/channels/invoices';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Tabs } from '../../components/Tabs';
import { useInvoices } from '../../stores/invoices-store';
import { IntlInvoices } from './IntlInvoices';
import { InvoiceForm } from './InvoiceForm';
import { InvoiceList } from './InvoiceList';

export function InvoicesScreen() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<InvoiceKind | 'intl'>('request');
  const { load, added, error } = useInvoices();
  useEffect(() => {
    if (tab !== 'intl') void load(tab);
  }, [tab, load]);
  return (
    <section className="screen" aria-labelledby="invoices-title">
      <div className="screen-head">
        <h1 id="invoices-title">{t('invoices.title')}</h1>
      </div>
      <Tabs
        label={t('invoices.tabsLabel')}
        tabs={(['request', 'customer', 'intl'] as const).map((id) => ({ id, label: t(`invoices.tab.${id}`) }))}
        selected={tab}
        onSelect={(id) => setTab(id as InvoiceKind | 'intl')}
      >
        {tab === 'intl' ? (
          <IntlInvoices />
        ) : (
          <>
            <p className="help">{t(tab === 'request' ? 'invoices.requestHelp' : 'invoices.customerHelp')}</p>
            <InvoiceForm key={tab} kind={tab} onSaved={added} />
            <ErrorNotice error={error} />
            <InvoiceList kind={tab} />
          </>
        )}
      </Tabs>
    </section>
  );
}
