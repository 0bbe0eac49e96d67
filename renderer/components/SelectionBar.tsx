// The bar above a multi-select table: how many rows are selected, "select all matching" (the
// whole filtered view, not just what is loaded), clear, and the actions on the selection.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { PagedListStore } from './table/paged-list';
import { selectedCount, type RowSelectionStore } from './table/row-selection';

export function SelectionBar<Row, C extends string, F>(props: {
  readonly list: PagedListStore<Row, C, F>;
  readonly selection: RowSelectionStore<C, F>;
  readonly testId: string;
  /** Action buttons; they get the selected count to decide whether they are enabled. */
  children(count: number): ReactNode;
}) {
  const { t } = useTranslation();
  const sel = useStore(props.selection);
  const total = useStore(props.list, (s) => s.total);
  const ready = useStore(props.list, (s) => s.ready);
  const count = selectedCount(sel);
  return (
    <div className="toolbar selection-bar" role="group" aria-label={t('kit.select.column')} data-testid={props.testId}>
      <span role="status" data-testid={`${props.testId}-count`}>
        {sel.mode === 'all' && sel.keys.size === 0
          ? t('kit.select.allChosen', { formatted: count.toLocaleString() })
          : t('kit.select.count', { formatted: count.toLocaleString() })}
      </span>
      {ready && total > 0 && !(sel.mode === 'all' && sel.keys.size === 0) ? (
        <button
          type="button"
          className="button"
          data-testid={`${props.testId}-all`}
          onClick={() => sel.selectAllMatching(props.list.getState().query, props.list.getState().total)}
        >
          {t('kit.select.allMatching', { formatted: total.toLocaleString() })}
        </button>
      ) : null}
      {count > 0 ? (
        <button type="button" className="button" onClick={sel.clear} data-testid={`${props.testId}-clear`}>
          {t('kit.select.clear')}
        </button>
      ) : null}
      {props.children(count)}
    </div>
  );
}
