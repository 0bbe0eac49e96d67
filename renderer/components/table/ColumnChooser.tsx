import { useTranslation } from 'react-i18next';
import type { ColumnDef } from './types';

/** A disclosure with one checkbox per column; the choice is kept by useColumnChoice. */
export function ColumnChooser<Row>(props: {
  tableId: string;
  columns: readonly ColumnDef<Row>[];
  visible: readonly string[];
  onChange(visible: string[]): void;
}) {
  const { t } = useTranslation();
  const { tableId, columns, visible, onChange } = props;
  return (
    <details className="column-chooser">
      <summary data-testid={`${tableId}-columns`}>{t('kit.table.columns')}</summary>
      <fieldset>
        <legend>{t('kit.table.columnsLegend')}</legend>
        {columns.map((c) => (
          <label key={c.id}>
            <input
              type="checkbox"
              checked={visible.includes(c.id)}
              disabled={visible.length === 1 && visible.includes(c.id)}
              onChange={(e) => onChange(e.target.checked ? [...visible, c.id] : visible.filter((v) => v !== c.id))}
            />
            {t(c.headerKey)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
