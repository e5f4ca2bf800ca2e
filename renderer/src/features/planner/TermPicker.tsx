import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermRow } from '../../../../shared/schemas/rows';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import type { TermChoice } from './model/termChoice';

interface Props {
  choice: TermChoice;
  today: string;
  onYear: (year: string) => void;
  onTerms: (terms: number[] | 'all' | null) => void;
}

/**
 * Which terms the grid shows: one school year, and in it any set of terms (of any school) or the whole year.
 * A button with a summary opens the choices; they apply at once.
 */
export function TermPicker({ choice, today, onYear, onTerms }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const popId = useId();
  const yearId = useId();

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onDown, true);
    return () => window.removeEventListener('pointerdown', onDown, true);
  }, [open]);

  const bySchool = new Map<string, TermRow[]>();
  for (const term of choice.yearTerms) bySchool.set(term.schoolName, [...(bySchool.get(term.schoolName) ?? []), term]);
  const chosen = new Set(choice.chosen);
  const summary = choice.whole
    ? t('plannerEdit.terms.summaryAll', { year: choice.year ?? '' })
    : t('plannerEdit.terms.summary', { count: choice.chosen.length, year: choice.year ?? '' });
  const toggle = (id: number) => {
    const next = chosen.has(id) ? choice.chosen.filter((x) => x !== id) : [...choice.chosen, id];
    if (next.length > 0) onTerms(next.length === choice.yearTerms.length ? 'all' : next);
  };
  const running = choice.yearTerms.filter((x) => x.startDate <= today && today <= x.endDate).map((x) => x.id);

  return (
    <div className="pl-terms" ref={ref} onKeyDown={(e) => {
      if (e.key === 'Escape' && open) {
        e.stopPropagation();
        setOpen(false);
        ref.current?.querySelector<HTMLButtonElement>('.pl-terms-button')?.focus();
      }
    }}>
      <span className="pl-terms-label" aria-hidden="true">{t('plannerEdit.terms.label')}</span>
      <button type="button" className="btn btn-secondary pl-terms-button" aria-expanded={open} aria-controls={popId}
        aria-label={`${t('plannerEdit.terms.label')}: ${summary}`} onClick={() => setOpen((o) => !o)} data-testid="term-picker">
        <span>{summary}</span>
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" /></svg>
      </button>
      {open && (
        <div className="pl-terms-pop" id={popId} role="group" aria-label={t('plannerEdit.terms.label')} data-testid="term-picker-panel">
          <div className="pl-terms-row">
            <label htmlFor={yearId}>{t('plannerEdit.terms.schoolYear')}</label>
            <select id={yearId} className="select select-sm" value={choice.year ?? ''} onChange={(e) => onYear(e.target.value)}>
              {choice.years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </div>
          <div className="pl-terms-quick">
            <label className="checkbox">
              <input type="checkbox" checked={choice.whole} onChange={(e) => onTerms(e.target.checked ? 'all' : null)} />
              <span>{t('plannerEdit.terms.whole')}</span>
            </label>
            {running.length > 0 && (
              <button type="button" className="btn btn-link btn-sm" onClick={() => onTerms(running)}>{t('plannerEdit.terms.running')}</button>
            )}
          </div>
          {[...bySchool.entries()].map(([school, list]) => (
            <fieldset key={school} className="pl-terms-school">
              <legend>{school}</legend>
              {list.map((term) => (
                <label key={term.id} className="checkbox">
                  <input type="checkbox" checked={chosen.has(term.id)} onChange={() => toggle(term.id)}
                    disabled={chosen.has(term.id) && chosen.size === 1} />
                  <span>
                    {term.name}
                    <span className="pl-terms-dates">{formatDate(term.startDate, lang)} – {formatDate(term.endDate, lang)}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          ))}
          <div className="pl-terms-foot">
            <button type="button" className="btn btn-primary btn-sm" onClick={() => setOpen(false)}>{t('plannerEdit.terms.done')}</button>
          </div>
        </div>
      )}
    </div>
  );
}
