import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Search as you type: the box updates at once, `onSearch` fires after the operator pauses
 * (`delayMs`), so a fast typist does not send a query per key. Escape clears.
 */
export function SearchBox(props: { id: string; value: string; onSearch(text: string): void; delayMs?: number; placeholder?: string }) {
  const { t } = useTranslation();
  const { id, value, onSearch, delayMs = 200 } = props;
  const [text, setText] = useState(value);
  const latest = useRef(onSearch);
  latest.current = onSearch;

  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => latest.current(text), delayMs);
    return () => clearTimeout(timer);
  }, [text, value, delayMs]);

  return (
    <div className="search-box" role="search">
      <label htmlFor={id}>{t('kit.search.label')}</label>
      <input
        id={id}
        type="search"
        data-testid={id}
        value={text}
        placeholder={props.placeholder ?? t('kit.search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text !== '') {
            e.preventDefault();
            setText('');
            onSearch('');
          }
        }}
      />
    </div>
  );
}
