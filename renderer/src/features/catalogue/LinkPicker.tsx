import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface PickItem { id: number; label: string; note?: ReactNode }
export interface PickGroup { key: string; label: string; items: PickItem[] }

interface Props {
  legend: string;
  hint: string;
  empty: string;
  groups: readonly PickGroup[];
  value: readonly number[];
  onChange: (ids: number[]) => void;
  testId?: string;
}

/**
 * Many checkboxes in named groups (programmes per school, terms per school year). Each group is its own
 * fieldset so a screen reader says "Hogeschool X, group" before the options, and shows how many are ticked.
 */
export function LinkPicker({ legend, hint, empty, groups, value, onChange, testId }: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  const toggle = (id: number, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id));
  return (
    <fieldset className="link-picker" aria-describedby={hintId} data-testid={testId}>
      <legend className="field-label">{legend}</legend>
      <p id={hintId} className="field-hint">{hint}</p>
      {groups.length === 0 && <p className="link-picker-empty">{empty}</p>}
      {groups.map((g) => {
        const chosen = g.items.filter((i) => value.includes(i.id)).length;
        return (
          <fieldset key={g.key} className="link-group">
            <legend>
              <span className="link-group-name">{g.label}</span>
              {chosen > 0 && <span className="link-group-count">{t('smesEdit.offering.selectedCount', { count: chosen })}</span>}
            </legend>
            <div className="link-options">
              {g.items.map((i) => (
                <label key={i.id} className="checkbox link-option">
                  <input type="checkbox" checked={value.includes(i.id)} onChange={(e) => toggle(i.id, e.target.checked)} />
                  <span className="link-option-label">{i.label}</span>
                  {i.note && <span className="link-option-note">{i.note}</span>}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
