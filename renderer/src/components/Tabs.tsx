import type { KeyboardEvent } from 'react';
import { useId, useRef } from 'react';

interface Props<K extends string> {
  label: string;
  tabs: readonly { key: K; label: string }[];
  active: K;
  onChange: (key: K) => void;
  /** Id prefix for tab/panel pairing; the panel uses panelId(key). */
  idPrefix?: string;
}

export const tabPanelId = (prefix: string, key: string) => `${prefix}-panel-${key}`;
export const tabId = (prefix: string, key: string) => `${prefix}-tab-${key}`;

/** WAI-ARIA tabs: arrow keys move between tabs, only the active tab is in the tab order. */
export function Tabs<K extends string>({ label, tabs, active, onChange, idPrefix }: Props<K>) {
  const generated = useId();
  const prefix = idPrefix ?? generated;
  const refs = useRef(new Map<K, HTMLButtonElement>());

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = tabs.findIndex((tab) => tab.key === active);
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % tabs.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    e.preventDefault();
    const key = tabs[next]!.key;
    onChange(key);
    refs.current.get(key)?.focus();
  };

  return (
    <div className="tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          ref={(el) => {
            if (el) refs.current.set(tab.key, el);
            else refs.current.delete(tab.key);
          }}
          type="button"
          role="tab"
          id={tabId(prefix, tab.key)}
          aria-selected={tab.key === active}
          aria-controls={tabPanelId(prefix, tab.key)}
          tabIndex={tab.key === active ? 0 : -1}
          className="tab"
          onClick={() => onChange(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
