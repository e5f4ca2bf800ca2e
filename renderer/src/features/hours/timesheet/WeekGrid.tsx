import { format, parseISO } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTimeText, parseTimeText } from '../../../../../shared/domain/hours/timeText';
import { useLang } from '../../../i18n/useLang';
import { dayTotals, lineTotal, type EditLine } from './weekLines';

/** Totals as h:mm, exact to the minute (the grid's own notation). */
const hm = (minutes: number) => (minutes === 0 ? '0:00' : formatTimeText(minutes));

interface Props {
  lines: EditLine[];
  days: string[];
  lockedMonths: string[];
  contractMinutes: number;
  onChange: (lines: EditLine[]) => void;
  onSave: () => void;
}

/**
 * The week as a grid of inputs, days × activity lines. Keyboard first: Tab and the arrow keys move between
 * cells (left/right only at the edge of the text), Enter moves down, Ctrl+S saves. Cells of a closed month are
 * read-only and say why.
 */
export function WeekGrid({ lines, days, lockedMonths, contractMinutes, onChange, onSave }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const locale = lang === 'nl' ? nl : enGB;
  const cells = useRef(new Map<string, HTMLInputElement>());
  const locked = days.map((d) => lockedMonths.includes(d.slice(0, 7)));
  const totals = dayTotals(lines);
  const week = totals.reduce((a, b) => a + b, 0);

  const setText = (row: number, col: number, text: string) =>
    onChange(lines.map((l, i) => (i === row ? { ...l, texts: l.texts.map((x, j) => (j === col ? text : x)) } : l)));
  const setNote = (row: number, note: string) => onChange(lines.map((l, i) => (i === row ? { ...l, note } : l)));
  const normalise = (row: number, col: number) => {
    const m = parseTimeText(lines[row]!.texts[col]!);
    if (m !== null && formatTimeText(m) !== lines[row]!.texts[col]) setText(row, col, formatTimeText(m));
  };
  const focus = (row: number, col: number) => {
    const el = cells.current.get(`${row}:${col}`);
    if (el) { el.focus(); el.select(); }
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    const el = e.currentTarget;
    const atStart = el.selectionStart === 0 && el.selectionEnd === 0;
    const atEnd = el.selectionStart === el.value.length;
    const whole = el.selectionStart === 0 && el.selectionEnd === el.value.length;
    let to: [number, number] | null = null;
    if (e.key === 'ArrowDown' || e.key === 'Enter') to = [Math.min(lines.length - 1, row + 1), col];
    else if (e.key === 'ArrowUp') to = [Math.max(0, row - 1), col];
    else if (e.key === 'ArrowRight' && (atEnd || whole)) to = [row, Math.min(7, col + 1)];
    else if (e.key === 'ArrowLeft' && (atStart || whole)) to = [row, Math.max(0, col - 1)];
    else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') { e.preventDefault(); normalise(row, col); onSave(); return; }
    if (!to) return;
    e.preventDefault();
    normalise(row, col);
    focus(to[0], to[1]);
  };

  return (
    <div className="timesheet-scroll">
      <table className="timesheet" data-testid="timesheet">
        <thead>
          <tr>
            <th scope="col" className="ts-activity">{t('hoursEdit.sheet.activity')}</th>
            {days.map((d, i) => (
              <th key={d} scope="col" className={`ts-day${i >= 5 ? ' ts-weekend' : ''}${locked[i] ? ' ts-locked' : ''}`}>
                <span className="ts-dow">{format(parseISO(d), 'EEE', { locale })}</span>
                <span className="ts-date">{format(parseISO(d), 'd MMM', { locale })}</span>
              </th>
            ))}
            <th scope="col" className="ts-total">{t('hoursEdit.sheet.total')}</th>
            <th scope="col" className="ts-note">{t('hoursEdit.sheet.note')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, row) => {
            const label = t(`enums.activity.${l.activity}`);
            return (
              <tr key={l.key} className={l.linkLabel ? 'ts-linked' : undefined}>
                <th scope="row" className="ts-activity">
                  <span className={`ts-swatch ts-swatch-${l.activity}`} aria-hidden="true" />
                  <span>{label}</span>
                  {l.linkLabel && <span className="ts-link">{t('hoursEdit.sheet.linkedLine', { label: l.linkLabel })}</span>}
                </th>
                {days.map((d, col) => {
                  const text = l.texts[col]!;
                  const bad = parseTimeText(text) === null;
                  const dayName = format(parseISO(d), 'EEEE d MMMM', { locale });
                  return (
                    <td key={d} className={`ts-cell${col >= 5 ? ' ts-weekend' : ''}${locked[col] ? ' ts-locked' : ''}`}>
                      <input
                        ref={(el) => { if (el) cells.current.set(`${row}:${col}`, el); else cells.current.delete(`${row}:${col}`); }}
                        className={`ts-input${bad ? ' ts-bad' : ''}`}
                        inputMode="decimal"
                        autoComplete="off"
                        aria-label={t('hoursEdit.sheet.cellLabel', { activity: l.linkLabel ? `${label} (${l.linkLabel})` : label, day: dayName })}
                        aria-invalid={bad || undefined}
                        title={bad ? t('hoursEdit.sheet.invalid', { value: text }) : locked[col] ? t('hoursEdit.sheet.lockedCell') : undefined}
                        readOnly={locked[col]}
                        aria-readonly={locked[col] || undefined}
                        value={text}
                        onChange={(e) => setText(row, col, e.target.value)}
                        onBlur={() => normalise(row, col)}
                        onFocus={(e) => e.target.select()}
                        onKeyDown={(e) => onKey(e, row, col)}
                      />
                    </td>
                  );
                })}
                <td className="ts-total num">{hm(lineTotal(l))}</td>
                <td className="ts-note">
                  <input
                    ref={(el) => { if (el) cells.current.set(`${row}:7`, el); else cells.current.delete(`${row}:7`); }}
                    className="ts-note-input"
                    aria-label={t('hoursEdit.sheet.noteLabel', { activity: label })}
                    placeholder={t('hoursEdit.sheet.notePlaceholder')}
                    value={l.note}
                    readOnly={locked.every(Boolean)}
                    onChange={(e) => setNote(row, e.target.value)}
                    onKeyDown={(e) => onKey(e, row, 7)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="ts-activity">{t('hoursEdit.sheet.dayTotal')}</th>
            {totals.map((m, i) => <td key={days[i]} className="ts-cell num" data-testid={`day-total-${i}`}>{m > 0 ? hm(m) : '–'}</td>)}
            <td className="ts-total num" data-testid="week-total"><strong>{hm(week)}</strong></td>
            <td className="ts-note ts-contract">
              {t('hoursEdit.sheet.contract')}: {hm(contractMinutes)}
              {week !== contractMinutes && week > 0 && (
                <span className={week > contractMinutes ? 'ts-over' : 'ts-under'}>
                  {' · '}{t(week > contractMinutes ? 'hoursEdit.sheet.overContract' : 'hoursEdit.sheet.underContract', { hours: hm(Math.abs(week - contractMinutes)) })}
                </span>
              )}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

