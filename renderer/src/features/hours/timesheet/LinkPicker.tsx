import { useDeferredValue, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentStatus, RequestStatus } from '../../../../../shared/domain/constants';
import type { LinkOption } from '../../../../../shared/schemas/hoursRows';
import { useApiQuery } from '../../../api/hooks';
import { formatDate } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';

interface Props {
  /** The id of the search box, for the label the caller renders. */
  inputId: string;
  value: LinkOption | null;
  onChange: (option: LinkOption | null) => void;
}

/** The words under an option's name that tell similar options apart. */
export function useLinkDetail() {
  const { t } = useTranslation();
  const lang = useLang();
  return (o: LinkOption): string => {
    const parts: string[] = [t(`hoursEdit.sheet.linkKinds.${o.kind}`)];
    if (o.kind === 'request' && o.status) parts.push(t(`enums.requestStatus.${o.status as RequestStatus}`));
    if (o.kind === 'request' && o.date) parts.push(t('hoursEdit.sheet.linkReceived', { date: formatDate(o.date, lang) }));
    if (o.team) parts.push(o.team);
    if (o.weeks) {
      const [sy, sw, ey, ew] = [o.weeks.start.slice(0, 4), Number(o.weeks.start.slice(6)), o.weeks.end.slice(0, 4), Number(o.weeks.end.slice(6))];
      // A placement across New Year says which year each week is in.
      parts.push(sy === ey ? t('hoursEdit.sheet.linkWeeks', { start: sw, end: ew })
        : t('hoursEdit.sheet.linkWeeksYears', { start: sw, startYear: sy, end: ew, endYear: ey }));
    }
    if (o.kind === 'assignment' && o.status) parts.push(t(`enums.assignmentStatus.${o.status as AssignmentStatus}`));
    if (o.kind === 'event' && o.date) parts.push(formatDate(o.date, lang));
    return parts.join(' · ');
  };
}

/**
 * A search box for what hours are linked to: requests, assignments and events, searched in the core by any words
 * of the company, offering, programme or topic. A combobox: arrow keys move through the results, Enter picks one,
 * Escape closes the list.
 */
export function LinkPicker({ inputId: id, value, onChange }: Props) {
  const { t } = useTranslation();
  const detail = useLinkDetail();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDeferredValue(text);
  const found = useApiQuery('timesheet:links', { query, limit: 24 }, { enabled: open, placeholderData: (p) => p });
  const options = found.data ?? [];
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const pick = (o: LinkOption) => {
    onChange(o);
    setText('');
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) { setOpen(true); return; }
      if (options.length === 0) return;
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if (e.key === 'Enter' && open && options[active]) {
      e.preventDefault();
      pick(options[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  };

  if (value) {
    return (
      <div className="ts-link-chosen" data-testid="link-chosen">
        <span className="ts-link-chosen-text">
          <strong>{value.label}</strong>
          <span className="muted">{detail(value)}</span>
        </span>
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => onChange(null)}>{t('hoursEdit.sheet.linkClear')}</button>
      </div>
    );
  }
  const expanded = open && options.length > 0;
  return (
    <div className="ts-link-picker">
      <input
        id={id}
        type="search"
        className="input"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? optionId(Math.min(active, options.length - 1)) : undefined}
        placeholder={t('hoursEdit.sheet.pickLink')}
        value={text}
        autoComplete="off"
        onChange={(e) => { setText(e.target.value); setActive(0); setOpen(true); }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKey}
      />
      <ul id={listId} role="listbox" className="ts-link-options" hidden={!expanded} aria-label={t('hoursEdit.sheet.linkTo')}>
        {options.map((o, i) => (
          <li key={`${o.kind}:${o.id}`} id={optionId(i)} role="option" aria-selected={i === active}
            className={`ts-link-option${i === active ? ' is-active' : ''}${o.active ? '' : ' is-past'}`}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(e) => { e.preventDefault(); pick(o); }}
            onMouseEnter={() => setActive(i)}>
            <span className={`ts-link-kind ts-link-kind-${o.kind}`} aria-hidden="true">{t(`hoursEdit.sheet.linkKinds.${o.kind}`)}</span>
            <span className="ts-link-option-text">
              <span className="ts-link-option-label">{o.label}</span>
              <span className="ts-link-option-detail">{detail(o)}</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="sr-only" role="status">
        {open && found.data ? (options.length === 0 ? t('hoursEdit.sheet.linkNone', { query }) : t('hoursEdit.sheet.linkCount', { count: options.length })) : ''}
      </p>
      {open && found.data && options.length === 0 && query.trim() !== '' && (
        <p className="ts-link-none">{t('hoursEdit.sheet.linkNone', { query })}</p>
      )}
    </div>
  );
}
