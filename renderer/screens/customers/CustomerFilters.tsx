import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { AmountFilter } from '../../components/AmountFilter';
import { customersList, type CustomerFilters as Filters } from '../../stores/customers-store';
import { useResellerBalances } from '../../stores/resellers-store';

const DIRECT = '__direct__';

/** Association type, verification, T2, balance range, frozen, and rows no longer listed. */
export function CustomerFilters() {
  const { t } = useTranslation();
  const filters = useStore(customersList, (s) => s.query.filters);
  const patch = useStore(customersList, (s) => s.patchFilters);
  const options = useResellerBalances((s) => s.options);
  const loadOptions = useResellerBalances((s) => s.loadOptions);
  useEffect(() => void loadOptions(), [loadOptions]);

  const t2Value = filters.indirectPartnerId === null ? DIRECT : (filters.indirectPartnerId ?? '');
  const frozenValue = filters.frozen === undefined ? '' : filters.frozen ? 'yes' : 'no';

  return (
    <fieldset className="filters">
      <legend>{t('kit.filters.legend')}</legend>
      <label>
        {t('customers.filter.association')}
        <select
          data-testid="customers-filter-association"
          value={filters.associationType ?? ''}
          onChange={(e) => patch({ associationType: (e.target.value || undefined) as Filters['associationType'] })}
        >
          <option value="">{t('kit.filters.any')}</option>
          <option value="1">{t('customers.association.1')}</option>
          <option value="2">{t('customers.association.2')}</option>
        </select>
      </label>
      <label>
        {t('customers.filter.verification')}
        <select
          value={filters.verifiedStatus?.[0] ?? ''}
          onChange={(e) => patch({ verifiedStatus: e.target.value ? [e.target.value as '-1' | '0' | '1' | '2'] : undefined })}
        >
          <option value="">{t('kit.filters.any')}</option>
          {(['2', '0', '1', '-1'] as const).map((v) => (
            <option key={v} value={v}>
              {t(`customers.verified.${v}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('customers.filter.reseller')}
        <select
          value={t2Value}
          onChange={(e) => {
            const v = e.target.value;
            patch({ indirectPartnerId: v === '' ? undefined : v === DIRECT ? null : v });
          }}
        >
          <option value="">{t('kit.filters.any')}</option>
          <option value={DIRECT}>{t('customers.filter.direct')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <AmountFilter
        id="customers-filter-balance-min"
        label={t('customers.filter.balanceMin')}
        value={filters.balanceMin}
        invalidText={t('customers.filter.badAmount')}
        onChange={(v) => patch({ balanceMin: v })}
      />
      <AmountFilter
        id="customers-filter-balance-max"
        label={t('customers.filter.balanceMax')}
        value={filters.balanceMax}
        invalidText={t('customers.filter.badAmount')}
        onChange={(v) => patch({ balanceMax: v })}
      />
      <label>
        {t('customers.filter.frozen')}
        <select value={frozenValue} onChange={(e) => patch({ frozen: e.target.value === '' ? undefined : e.target.value === 'yes' })}>
          <option value="">{t('kit.filters.any')}</option>
          <option value="yes">{t('kit.filters.yes')}</option>
          <option value="no">{t('kit.filters.no')}</option>
        </select>
      </label>
      <label>
        {t('customers.filter.deleted')}
        <select value={filters.deleted ?? 'exclude'} onChange={(e) => patch({ deleted: e.target.value as Filters['deleted'] })}>
          <option value="exclude">{t('customers.filter.deletedExclude')}</option>
          <option value="include">{t('customers.filter.deletedInclude')}</option>
          <option value="only">{t('customers.filter.deletedOnly')}</option>
        </select>
      </label>
    </fieldset>
  );
}
