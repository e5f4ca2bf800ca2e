import { useTranslation } from 'react-i18next';
import type { TermWeekRow } from '../../../../shared/schemas/rows';
import { parseWeekKey } from '../../../../shared/domain/weeks';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import { WeekLegend } from '../planner/Timeline';

/** The weeks of a term as a strip of cells shaded by kind, with ISO week numbers and Monday dates. */
export function WeekStrip({ weeks }: { weeks: readonly TermWeekRow[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <ol className="week-strip" data-testid="week-strip">
        {weeks.map((w) => {
          const { week, year } = parseWeekKey(w.week);
          const kind = t(`enums.weekKind.${w.kind}`);
          return (
            <li
              key={w.week}
              className={`week-cell week-${w.kind}`}
              data-week={w.week}
              data-kind={w.kind}
              title={`${w.week} · ${formatDate(w.monday, lang)} · ${kind}${w.note ? ` · ${w.note}` : ''}`}
            >
              <span className="week-number">wk {week}</span>
              <span className="week-date">{formatDate(w.monday, lang).replace(` ${year}`, '').replace(/ \d{4}$/, '')}</span>
              <span className="sr-only">{kind}{w.note ? `, ${w.note}` : ''}</span>
            </li>
          );
        })}
      </ol>
      <WeekLegend />
    </>
  );
}
