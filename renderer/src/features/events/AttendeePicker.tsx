import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpotSmeInput } from '../../../../shared/schemas/events';
import type { SmeRow } from '../../../../shared/schemas/rows';
import type { FieldErrors } from '../../components/form';
import { normalizeText } from '../../components/table/features';
import { SpotSmeForm } from './SpotSmeForm';

const SHOWN = 8;

interface Props {
  register: readonly SmeRow[];
  attendeeIds: readonly number[];
  newSmes: readonly SpotSmeInput[];
  /** Errors the core gave for companies added on the spot ("newSmes.0.kvk"). */
  errors: FieldErrors;
  onChange: (attendeeIds: number[], newSmes: SpotSmeInput[]) => void;
}

/** Who attends: pick companies from the register by name or KvK number, or add a new one on the spot. */
export function AttendeePicker({ register, attendeeIds, newSmes, errors, onChange }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const search = useRef<HTMLInputElement>(null);
  const byId = useMemo(() => new Map(register.map((s) => [s.id, s])), [register]);
  const chosen = useMemo(() => new Set(attendeeIds), [attendeeIds]);

  const matches = useMemo(() => {
    const q = normalizeText(query.trim());
    if (q.length < 2) return [];
    return register.filter((s) => !s.archived && !chosen.has(s.id) && (normalizeText(s.name).includes(q) || s.kvk.includes(q)));
  }, [register, query, chosen]);

  const add = (id: number) => {
    if (!chosen.has(id)) onChange([...attendeeIds, id], [...newSmes]);
    // The next company is usually another one: start its search afresh.
    setQuery('');
    search.current?.focus();
  };
  const attendees = attendeeIds.map((id) => byId.get(id)).filter((s): s is SmeRow => s !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  return (
    <div className="attendees">
      <div className="field">
        <label htmlFor={searchId} className="field-label">{t('eventsEdit.form.search')}</label>
        <input ref={search} id={searchId} type="search" className="input" value={query} autoComplete="off"
          aria-describedby={`${searchId}-hint`} onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); if (matches.length === 1) add(matches[0]!.id); } }} />
        <p id={`${searchId}-hint`} className="field-hint">{t('eventsEdit.form.searchHint')}</p>
      </div>
      {query.trim().length >= 2 && (
        <div className="attendee-results" role="region" aria-live="polite" aria-label={t('eventsEdit.form.search')}>
          {matches.length === 0 ? <p className="muted">{t('eventsEdit.form.searchNone')}</p> : (
            <ul className="attendee-list">
              {matches.slice(0, SHOWN).map((s) => (
                <li key={s.id}>
                  <span className="attendee-name">{s.name}</span>
                  <span className="mono muted">{s.kvk}</span>
                  <button type="button" className="btn btn-secondary btn-sm" aria-label={t('eventsEdit.form.addAttendee', { name: s.name })}
                    onClick={() => add(s.id)}>+</button>
                </li>
              ))}
            </ul>
          )}
          {matches.length > SHOWN && <p className="field-hint">{t('eventsEdit.form.searchMore', { count: matches.length - SHOWN })}</p>}
        </div>
      )}

      <h4 className="attendee-heading">{t('eventsEdit.form.attendeeList')}</h4>
      {attendees.length + newSmes.length === 0 ? <p className="muted">{t('eventsEdit.form.noAttendees')}</p> : (
        <ul className="attendee-list attendee-chosen" data-testid="attendees">
          {newSmes.map((s, i) => (
            <li key={`new-${s.kvk}`} className={errors[`newSmes.${i}.kvk`] ? 'attendee-invalid' : undefined}>
              <span className="attendee-name">{s.name} <span className="chip chip-accent">{t('eventsEdit.form.newBadge')}</span></span>
              <span className="mono muted">{s.kvk}</span>
              <button type="button" className="btn btn-ghost btn-sm" aria-label={t('eventsEdit.form.remove', { name: s.name })}
                onClick={() => onChange([...attendeeIds], newSmes.filter((_, j) => j !== i))}>×</button>
              {errors[`newSmes.${i}.kvk`] && <p className="field-error attendee-error" role="alert">{errors[`newSmes.${i}.kvk`]}</p>}
            </li>
          ))}
          {attendees.map((s) => (
            <li key={s.id}>
              <span className="attendee-name">{s.name}</span>
              <span className="mono muted">{s.kvk}</span>
              <button type="button" className="btn btn-ghost btn-sm" aria-label={t('eventsEdit.form.remove', { name: s.name })}
                onClick={() => onChange(attendeeIds.filter((id) => id !== s.id), [...newSmes])}>×</button>
            </li>
          ))}
        </ul>
      )}

      <SpotSmeForm register={register} pendingKvks={newSmes.map((s) => s.kvk as string)}
        onAdd={(s) => onChange([...attendeeIds], [...newSmes, s])} onPickExisting={add} />
    </div>
  );
}
