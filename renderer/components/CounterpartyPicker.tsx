// The counterparty picker of the Funding and voucher forms: type any part of a name, account
// name, id, phone or e-mail; the matches come from the local store (every customer and T2 it
// holds, not one page of the API) and the chosen one fills the form, with its T2 when it has one.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounterpartyMatches } from '../../shared/contract/channels/review';
import type { IpcError } from '../../shared/contract/errors';
import { api } from '../bridge';
import { ErrorNotice } from './ErrorNotice';
import { currencyOf, MoneyCell } from './MoneyCell';
import { errorOf } from './table/paged-list';

export interface PickedCounterparty {
  readonly kind: 'customer' | 't2';
  readonly id: string;
  readonly name: string | null;
  readonly accountName: string | null;
  /** A T2's customer: its T2. */
  readonly indirectPartnerId: string | null;
  readonly indirectPartnerName: string | null;
}

interface Option extends PickedCounterparty {
  readonly balance: string | null;
  readonly currency: string | null;
  readonly contact: string | null;
}

function optionsOf(m: CounterpartyMatches, kind: 'customer' | 't2'): Option[] {
  if (kind === 't2') {
    return m.resellers.map((r) => ({
      kind, id: r.indirectPartnerId, name: r.name, accountName: r.accountName, indirectPartnerId: null, indirectPartnerName: null,
      balance: r.balance, currency: null, contact: r.mobilePhone ?? r.email,
    }));
  }
  return m.customers.map((c) => ({
    kind, id: c.customerId, name: c.customerName, accountName: c.accountName, indirectPartnerId: c.indirectPartnerId, indirectPartnerName: c.indirectPartnerName,
    balance: c.balance, currency: c.currency, contact: c.telephone ?? c.email,
  }));
}

export const pickedLabel = (p: Pick<PickedCounterparty, 'id' | 'name' | 'accountName'>): string =>
  `${p.name ?? p.accountName ?? p.id}${p.name && p.accountName ? ` · ${p.accountName}` : ''} (${p.id})`;

export function CounterpartyPicker(props: {
  readonly kind: 'customer' | 't2';
  readonly label: string;
  readonly value: PickedCounterparty | null;
  onPick(picked: PickedCounterparty | null): void;
  /** What the operator typed without choosing (an id typed in full still works before a sync). */
  onTyped?(text: string): void;
  /** Only the customers of this T2 (fundT2Customer: the T2 is chosen first). */
  readonly withinT2?: string;
  readonly testId: string;
}) {
  const { t } = useTranslation();
  const { kind, value, onPick, onTyped, withinT2, testId } = props;
  const inputId = useId();
  const listId = useId();
  const [text, setText] = useState(value ? pickedLabel(value) : '');
  const [matches, setMatches] = useState<CounterpartyMatches | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const asked = useRef(0);

  // The chosen value changed from outside (a prefilled form, a reset): show it.
  useEffect(() => setText(value ? pickedLabel(value) : ''), [value?.id]);

  useEffect(() => {
    if (!open) return;
    const n = ++asked.current;
    const search = value && text === pickedLabel(value) ? '' : text;
    const timer = setTimeout(() => {
      api.review
        .counterparties({ search, kinds: [kind], limit: 20, ...(withinT2 !== undefined ? { indirectPartnerId: withinT2 } : {}) })
        .then((m) => {
          if (n !== asked.current) return;
          setMatches(m);
          setError(null);
          setActive(0);
        })
        .catch((e: unknown) => n === asked.current && setError(errorOf(e)));
    }, 120);
    return () => clearTimeout(timer);
  }, [text, open, kind, withinT2]);

  const options = matches ? optionsOf(matches, kind) : [];
  const total = matches ? (kind === 't2' ? matches.resellersTotal : matches.customersTotal) : 0;
  const choose = (o: Option) => {
    onPick(o);
    setText(pickedLabel(o));
    setOpen(false);
  };

  return (
    <div className="field counterparty-picker">
      <label htmlFor={inputId}>{props.label}</label>
      <input
        id={inputId}
        data-testid={testId}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
        value={text}
        autoComplete="off"
        spellCheck={false}
        placeholder={t(kind === 't2' ? 'kit.picker.placeholderT2' : 'kit.picker.placeholder')}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setText(e.target.value);
          onTyped?.(e.target.value);
          setOpen(true);
          if (value) onPick(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, Math.max(options.length - 1, 0)));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && open && options[active]) choose(options[active]!);
          else if (e.key === 'Escape') setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      {value ? (
        <span className="help" data-testid={`${testId}-picked`} data-id={value.id}>
          {value.indirectPartnerId
            ? t('kit.picker.pickedUnderT2', { label: pickedLabel(value), t2: value.indirectPartnerName ?? value.indirectPartnerId })
            : t('kit.picker.picked', { label: pickedLabel(value) })}
        </span>
      ) : null}
      <ErrorNotice error={error} />
      {open && matches ? (
        <div className="picker-popup">
          <ul id={listId} role="listbox" aria-label={props.label} data-testid={`${testId}-options`}>
            {options.map((o, i) => (
              <li
                key={o.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'picker-option active' : 'picker-option'}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(o);
                }}
              >
                <span className="picker-name">{o.name ?? o.accountName ?? o.id}</span>
                <span className="picker-meta">
                  {o.accountName ?? ''} · <span className="mono">{o.id}</span>
                  {o.contact ? ` · ${o.contact}` : ''}
                  {o.indirectPartnerId ? ` · ${t('kit.picker.ofT2', { t2: o.indirectPartnerName ?? o.indirectPartnerId })}` : ''}
                </span>
                <MoneyCell amount={o.balance} currency={currencyOf(o.currency)} />
              </li>
            ))}
          </ul>
          <p className="help" role="status" data-testid={`${testId}-count`}>
            {total === 0
              ? t(kind === 't2' ? 'kit.picker.noneT2' : 'kit.picker.none')
              : total > options.length
                ? t('kit.picker.more', { shown: options.length, total })
                : t('kit.picker.all', { n: total })}
          </p>
        </div>
      ) : null}
    </div>
  );
}
