import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentRow, TermWeekRow } from '../../../../shared/schemas/rows';
import { Card } from '../../components/Card';
import { formatDate, formatWeek } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import { teamName } from './teamName';

interface TeamLine {
  key: string;
  programme: string;
  team: string;
  items: AssignmentRow[];
}

/**
 * Read-only overview of a term: one line per team, grouped by programme, with each assignment as a bar over its
 * weeks; holiday and exam weeks shaded. The interactive drag-and-drop planner replaces this later.
 */
export function Timeline({ weeks, assignments }: { weeks: readonly TermWeekRow[]; assignments: readonly AssignmentRow[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const index = useMemo(() => new Map(weeks.map((w, i) => [w.week, i])), [weeks]);
  const lines = useMemo(() => {
    const byTeam = new Map<number, TeamLine>();
    for (const a of assignments) {
      const line = byTeam.get(a.teamId) ?? { key: String(a.teamId), programme: a.programmeName, team: teamName(a), items: [] };
      line.items.push(a);
      byTeam.set(a.teamId, line);
    }
    return [...byTeam.values()].sort(
      (x, y) => x.programme.localeCompare(y.programme, 'nl') || x.team.localeCompare(y.team, 'nl', { numeric: true }),
    );
  }, [assignments]);

  // Every row is its own grid: a definite minimum width keeps their columns identical whatever the bar texts.
  const columns = `220px repeat(${weeks.length}, minmax(34px, 1fr))`;
  const rowStyle = { gridTemplateColumns: columns, minWidth: 220 + weeks.length * 34 };
  const position = (a: AssignmentRow) => {
    const first = weeks[0]?.week ?? '';
    const last = weeks[weeks.length - 1]?.week ?? '';
    const start = index.get(a.startWeek) ?? (a.startWeek < first ? 0 : weeks.length - 1);
    const end = index.get(a.endWeek) ?? (a.endWeek > last ? weeks.length - 1 : 0);
    return { gridColumn: `${start + 2} / ${Math.max(start, end) + 3}` };
  };

  return (
    <Card title={t('planner.perSchool')} className="timeline-card">
      <div className="timeline" role="table" aria-label={t('planner.perSchool')} data-testid="planner-timeline" tabIndex={0}>
        <div className="timeline-row timeline-head" role="row" style={rowStyle}>
          <div role="columnheader" className="timeline-label">{t('planner.col.team')}</div>
          {weeks.map((w) => (
            <div key={w.week} role="columnheader" className={`timeline-week week-${w.kind}`} title={`${formatDate(w.monday, lang)} · ${t(`enums.weekKind.${w.kind}`)}${w.note ? ` · ${w.note}` : ''}`}>
              {formatWeek(w.week).replace('wk ', '')}
            </div>
          ))}
        </div>
        {lines.map((line, i) => {
          const showProgramme = i === 0 || lines[i - 1]!.programme !== line.programme;
          return (
            <div key={line.key} className={`timeline-row${showProgramme ? ' group-start' : ''}`} role="row" style={rowStyle}>
              <div role="rowheader" className="timeline-label">
                {showProgramme && <span className="timeline-programme" title={line.programme}>{line.programme}</span>}
                <span className="timeline-team">{line.team}</span>
              </div>
              {weeks.map((w, i) => (
                <div key={w.week} className={`timeline-cell week-${w.kind}`} style={{ gridColumn: i + 2, gridRow: 1 }} aria-hidden="true" />
              ))}
              {line.items.map((a) => (
                <div
                  key={a.id}
                  role="cell"
                  className={`timeline-bar bar-${a.status}`}
                  style={{ ...position(a), gridRow: 1 }}
                  title={`${a.smeName} · ${a.offeringName ?? ''} · ${formatWeek(a.startWeek)} – ${formatWeek(a.endWeek)} · ${t(`enums.assignmentStatus.${a.status}`)}`}
                >
                  {a.smeName}
                </div>
              ))}
            </div>
          );
        })}
      </div>
      <WeekLegend />
    </Card>
  );
}

export function WeekLegend() {
  const { t } = useTranslation();
  return (
    <ul className="legend" aria-label={t('education.terms.legend')}>
      {(['teaching', 'exam', 'holiday', 'free'] as const).map((k) => (
        <li key={k}><span className={`swatch week-${k}`} aria-hidden="true" />{t(`enums.weekKind.${k}`)}</li>
      ))}
    </ul>
  );
}
