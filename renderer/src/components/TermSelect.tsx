import { useTranslation } from 'react-i18next';
import type { TermRow } from '../../../shared/schemas/rows';
import { formatDate } from '../i18n/format';
import { useLang } from '../i18n/useLang';
import { Field } from './Card';

interface Props {
  terms: readonly TermRow[];
  value: number | null;
  onChange: (termId: number | null) => void;
  label: string;
  /** Offer "all terms" as the empty choice. */
  allLabel?: string;
}

/** Terms grouped per school, newest school year first within each school. */
export function TermSelect({ terms, value, onChange, label, allLabel }: Props) {
  const lang = useLang();
  const { t } = useTranslation();
  const bySchool = new Map<string, TermRow[]>();
  for (const term of terms) {
    const list = bySchool.get(term.schoolName) ?? [];
    list.push(term);
    bySchool.set(term.schoolName, list);
  }
  return (
    <Field label={label}>
      {(id) => (
        <select
          id={id}
          className="select"
          value={value ?? ''}
          onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
          data-testid="term-select"
        >
          {allLabel && <option value="">{allLabel}</option>}
          {[...bySchool.entries()].map(([school, list]) => (
            <optgroup key={school} label={school}>
              {list.map((term) => (
                <option key={term.id} value={term.id}>
                  {`${term.name} · ${term.schoolYear} (${formatDate(term.startDate, lang)} – ${formatDate(term.endDate, lang)}, ${t('common.weeks', { count: term.weekCount })})`}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
