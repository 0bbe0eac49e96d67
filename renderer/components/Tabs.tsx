import { useId, type KeyboardEvent, type ReactNode } from 'react';

export interface TabDef {
  readonly id: string;
  readonly label: string;
}

/**
 * WAI-ARIA tabs: arrow keys move between tabs, only the selected tab is in the tab order,
 * the panel is labelled by its tab. Only the selected panel is rendered.
 */
export function Tabs(props: { label: string; tabs: readonly TabDef[]; selected: string; onSelect(id: string): void; children: ReactNode }) {
  const base = useId();
  const index = Math.max(0, props.tabs.findIndex((t) => t.id === props.selected));
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = props.tabs[(index + step + props.tabs.length) % props.tabs.length]!;
    props.onSelect(next.id);
    document.getElementById(`${base}-tab-${next.id}`)?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={props.label} className="tabs" onKeyDown={onKeyDown}>
        {props.tabs.map((tab) => (
          <button
            key={tab.id}
            id={`${base}-tab-${tab.id}`}
            type="button"
            role="tab"
            data-testid={`tab-${tab.id}`}
            aria-selected={tab.id === props.selected}
            aria-controls={`${base}-panel`}
            tabIndex={tab.id === props.selected ? 0 : -1}
            onClick={() => props.onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${props.selected}`}>
        {props.children}
      </div>
    </>
  );
}
