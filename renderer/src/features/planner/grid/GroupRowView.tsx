import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import { rowHeight, type GroupRow } from '../model/rows';
import { usePlannerActions } from '../plannerContext';

const pct = (used: number, total: number) => (total > 0 ? Math.min(100, Math.round((used / total) * 100)) : 0);

function Meter({ used, total, label }: { used: number; total: number; label: string }) {
  const p = pct(used, total);
  const tone = total > 0 && used > total ? 'over' : p >= 85 ? 'full' : 'ok';
  return (
    <span className={`pl-meter pl-meter-${tone}`} aria-hidden="true">
      <span className="pl-meter-text">{label}</span>
      <span className="pl-meter-track"><span className="pl-meter-fill" style={{ width: `${p}%` }} /></span>
    </span>
  );
}

/**
 * A school, programme or cohort header in the names column (its text runs on over the weeks): fold it away
 * with the chevron; it says how many of its teams have work and how many student-hours the planned work asks of
 * what its teams have in their teaching weeks.
 */
export const GroupHeader = memo(function GroupHeader({ row, top }: { row: GroupRow; top: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const actions = usePlannerActions();
  const s = row.stats;
  const hoursUsed = formatNumber(s.minutesUsed / 60, lang);
  const hoursTotal = formatNumber(s.minutesAvailable / 60, lang);
  const capacity = t('plannerEdit.group.capacity', { used: s.teamsUsed, total: s.teams, hoursUsed, hoursTotal });
  return (
    <div
      className={`pl-group pl-group-${row.what}${row.collapsed ? ' is-collapsed' : ''}`}
      style={{ top, height: rowHeight(row), paddingLeft: 8 + row.level * 12 }}
      data-testid="group-row"
      data-group={row.key}
    >
      <button
        type="button"
        className="pl-group-toggle"
        aria-expanded={!row.collapsed}
        aria-label={t(row.collapsed ? 'plannerEdit.group.expand' : 'plannerEdit.group.collapse', { name: row.title })}
        onClick={() => actions.toggleGroup(row.key)}
      >
        <svg className="pl-chevron" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M4 2.5 7.5 6 4 9.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="pl-group-title">{row.title}</span>
      </button>
      {row.detail && <span className="pl-group-detail">{row.detail}</span>}
      <span className="pl-group-capacity" title={capacity} data-testid="group-capacity">
        <Meter used={s.teamsUsed} total={s.teams} label={t('plannerEdit.group.teams', { used: s.teamsUsed, total: s.teams })} />
        <Meter used={s.minutesUsed} total={s.minutesAvailable} label={t('plannerEdit.group.hours', { used: hoursUsed, total: hoursTotal })} />
        <span className="sr-only">{capacity}</span>
      </span>
    </div>
  );
});

/** The header's band across the weeks, with today's line running through it. */
export const GroupBand = memo(function GroupBand({ row, top, width, todayX }: { row: GroupRow; top: number; width: number; todayX: number | null }) {
  return (
    <div className={`pl-band pl-group-${row.what}`} style={{ top, height: rowHeight(row), width }} aria-hidden="true">
      {todayX !== null && <div className="pl-today" style={{ left: todayX }} />}
    </div>
  );
});
