import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermWeekRow } from '../../../../shared/schemas/rows';
import { parseWeekKey } from '../../../../shared/domain/weeks';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import { WeekLegend } from '../../components/WeekLegend';

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => Math.min(n - 1, i + 1),
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * The weeks of a term as a strip of cells shaded by kind, with ISO week numbers and Monday dates. With `onPick`
 * every week is a button that opens the week's settings; one Tab stop for the strip, arrow keys move between
 * weeks (a term can have 53 of them).
 */
export function WeekStrip({ weeks, onPick }: { weeks: readonly TermWeekRow[]; onPick?: (week: TermWeekRow) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [current, setCurrent] = useState(0);
  const active = Math.min(current, Math.max(0, weeks.length - 1));
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    const move = MOVES[e.key];
    if (!move || !onPick) return;
    e.preventDefault();
    const next = move(active, weeks.length);
    setCurrent(next);
    buttons.current[next]?.focus();
  };

  return (
    <>
      <ol className="week-strip" data-testid="week-strip" onKeyDown={onKeyDown}>
        {weeks.map((w, i) => {
          const { week, year } = parseWeekKey(w.week);
          const kind = t(`enums.weekKind.${w.kind}`);
          const monday = formatDate(w.monday, lang);
          const body = (
            <>
              <span className="week-number">wk {week}</span>
              <span className="week-date">{monday.replace(` ${year}`, '').replace(/ \d{4}$/, '')}</span>
              {w.note && <span className="week-note" aria-hidden="true">{w.note}</span>}
            </>
          );
          const label = `${t('educationEdit.week.cellLabel', { week, monday, kind })}${w.note ? ` · ${w.note}` : ''}`;
          return (
            <li
              key={w.week}
              className={`week-cell week-${w.kind}${onPick ? ' week-cell-button' : ''}`}
              data-week={w.week}
              data-kind={w.kind}
              title={`${w.week} · ${monday} · ${kind}${w.note ? ` · ${w.note}` : ''}`}
            >
              {onPick ? (
                <button
                  type="button"
                  className="week-button"
                  ref={(el) => { buttons.current[i] = el; }}
                  tabIndex={i === active ? 0 : -1}
                  onFocus={() => setCurrent(i)}
                  onClick={() => onPick(w)}
                  aria-label={label}
                >
                  {body}
                </button>
              ) : (
                <>
                  {body}
                  <span className="sr-only">{kind}{w.note ? `, ${w.note}` : ''}</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
      <WeekLegend />
    </>
  );
}
