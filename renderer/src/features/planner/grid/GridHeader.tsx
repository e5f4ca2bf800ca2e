import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeekKind } from '../../../../../shared/domain/constants';
import { mondayOf, parseWeekKey } from '../../../../../shared/domain/weeks';
import { formatDate, formatMonth } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import { useDragState, type DragStore } from '../dnd/dragStore';
import type { Axis } from '../model/axis';
import { HEADER_HEIGHT, LABEL_WIDTH, MONTH_ROW_HEIGHT } from '../model/layout';

interface Props {
  axis: Axis;
  weekWidth: number;
  /** Week kinds when every shown term agrees on them (one term, or one school's calendar). */
  kinds: ReadonlyMap<string, WeekKind> | null;
  cornerLabel: string;
}

/** Sticky header: months above ISO week numbers, today's week marked, the weeks of a drag's target lit up. */
export const GridHeader = memo(function GridHeader({ axis, weekWidth, kinds, cornerLabel, store }: Props & { store: DragStore }) {
  const { t } = useTranslation();
  const lang = useLang();
  const width = LABEL_WIDTH + axis.weeks.length * weekWidth;
  return (
    <div className="pl-header" style={{ width, height: HEADER_HEIGHT }} data-testid="planner-header">
      <div className="pl-corner" style={{ width: LABEL_WIDTH }}>{cornerLabel}</div>
      <div className="pl-months" style={{ left: LABEL_WIDTH, height: MONTH_ROW_HEIGHT }} aria-hidden="true">
        {axis.months.map((m, i) => (
          <div key={m.key} className="pl-month" style={{ left: m.from * weekWidth, width: m.count * weekWidth }}>
            <span className="pl-month-label">{formatMonth(m.key, lang, i === 0 || m.key.endsWith('-01'))}</span>
          </div>
        ))}
      </div>
      <ol className="pl-weeks" style={{ left: LABEL_WIDTH, top: MONTH_ROW_HEIGHT }} aria-label={t('plannerEdit.grid.weeks')}>
        {axis.weeks.map((w, i) => {
          const kind = kinds?.get(w);
          const isToday = axis.todayWeek === w;
          const title = `${t('plannerEdit.grid.weekTitle', { week: parseWeekKey(w).week, date: formatDate(mondayOf(w), lang) })}${
            kind && kind !== 'teaching' ? ` · ${t(`enums.weekKind.${kind}`)}` : ''}${isToday ? ` · ${t('plannerEdit.grid.today')}` : ''}`;
          return (
            <li
              key={w}
              className={`pl-week${kind && kind !== 'teaching' ? ` pl-week-${kind}` : ''}${isToday ? ' is-today' : ''}`}
              style={{ left: i * weekWidth, width: weekWidth }}
              title={title}
              aria-label={title}
              data-week={w}
              data-testid="week-header"
            >
              {parseWeekKey(w).week}
            </li>
          );
        })}
      </ol>
      <TargetBand store={store} weekWidth={weekWidth} axis={axis} />
    </div>
  );
});

/** The weeks a drop would cover, lit up in the header, green, amber or red like the preview. */
function TargetBand({ store, weekWidth, axis }: { store: DragStore; weekWidth: number; axis: Axis }) {
  const { proposal } = useDragState(store);
  if (!proposal || proposal.items.length === 0) return null;
  let from = Infinity;
  let to = -Infinity;
  for (const item of proposal.items) {
    const a = axis.index.get(item.startWeek);
    const b = axis.index.get(item.endWeek);
    if (a !== undefined) from = Math.min(from, a);
    if (b !== undefined) to = Math.max(to, b);
    else if (a !== undefined) to = Math.max(to, axis.weeks.length - 1);
  }
  if (!Number.isFinite(from) || !Number.isFinite(to)) return null;
  const tone = proposal.refused ? 'refused' : proposal.warned ? 'warned' : 'ok';
  return (
    <div
      className={`pl-header-band is-${tone}`}
      style={{ left: LABEL_WIDTH + from * weekWidth, width: (to - from + 1) * weekWidth, top: MONTH_ROW_HEIGHT }}
      aria-hidden="true"
    />
  );
}
