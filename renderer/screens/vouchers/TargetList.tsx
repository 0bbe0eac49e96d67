// The items a voucher action is about to act on (customers, coupons, T2s, quotas), each removable.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface TargetRow {
  readonly id: string;
  readonly cells: readonly ReactNode[];
  /** The id shown in a monospace cell at the end. */
  readonly mono: string;
}

export function TargetList(props: {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly TargetRow[];
  readonly testId: string;
  onRemove?(id: string): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="target-list" role="region" tabIndex={0} aria-label={props.caption}>
      <table className="mini-table" data-testid={props.testId}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
            <th scope="col">{t('vouchers.target.id')}</th>
            {props.onRemove ? <th scope="col"><span className="visually-hidden">{t('vouchers.target.remove')}</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {props.rows.length === 0 ? (
            <tr>
              <td colSpan={props.headers.length + 2}>{t('vouchers.target.none')}</td>
            </tr>
          ) : (
            props.rows.map((r) => (
              <tr key={r.id}>
                {r.cells.map((c, i) => (
                  <td key={i}>{c}</td>
                ))}
                <td className="mono">{r.mono}</td>
                {props.onRemove ? (
                  <td>
                    <button type="button" className="button" onClick={() => props.onRemove?.(r.id)} aria-label={t('vouchers.target.removeOne', { id: r.mono })}>
                      {t('vouchers.target.remove')}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
