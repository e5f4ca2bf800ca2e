import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { AppError } from '../../errors';
import { planLines } from './planColumns';
import type { SchoolPlan } from './schoolPlanData';
import { exportTexts } from './texts';
import { addDaysIso } from './weekDates';

const dateArray = (iso: string): DateArray => iso.split('-').map(Number) as [number, number, number];

/**
 * The plan as an iCalendar file: one all-day event per assignment from the Monday of its first week up to and
 * including the Friday of its last (DTEND is exclusive, hence the Saturday). The summary names the SME and the
 * offering; the description adds programme, team, ISO weeks and status (and the SME contact only when asked for).
 * UIDs are stable per assignment, so importing a newer export updates the events instead of doubling them.
 */
export function schoolPlanIcs(plan: SchoolPlan): Buffer {
  const t = exportTexts(plan.lang);
  const events: EventAttributes[] = planLines(plan).map(({ programme, team, assignment: a }) => {
    const contact = a.contact ? [a.contact.name, a.contact.email, a.contact.phone].filter(Boolean).join(', ') : '';
    const description = [
      `${t.sme}: ${a.smeName}`,
      `${t.offering}: ${a.offeringName ?? '—'}`,
      `${t.programme}: ${programme.name} (${t.levelLabel(programme.level)})`,
      `${t.team}: ${team.label}`,
      `${t.week}: ${a.startWeek === a.endWeek ? a.startWeek : `${a.startWeek} – ${a.endWeek}`}`,
      `${t.status}: ${t.statusLabel(a.status)}`,
      ...(contact ? [`${t.contactName}: ${contact}`] : []),
      ...(a.question.trim() ? ['', a.question.trim()] : []),
    ].join('\n');
    return {
      uid: `assignment-${a.id}@werkplaats-planner`,
      start: dateArray(a.startDate),
      end: dateArray(addDaysIso(a.endDate, 1)),
      title: `${a.smeName} – ${a.offeringName ?? t.assignments} (${team.label}, ${programme.name})`,
      description,
      ...(a.smeMunicipality ? { location: a.smeMunicipality } : {}),
      ...(a.theme ? { categories: [t.themeLabel(a.theme)] } : {}),
      status: 'CONFIRMED',
      busyStatus: 'FREE',
      transp: 'TRANSPARENT',
      productId: 'werkplaats-planner/school-plan',
    };
  });
  const calName = t.calendarName(plan.school.name, plan.term.name);
  if (events.length === 0) return Buffer.from(emptyCalendar(calName), 'utf8');
  const { error, value } = createEvents(events, { productId: 'werkplaats-planner/school-plan', calName });
  if (error || !value) throw new AppError('internal', { detail: `iCalendar: ${error?.message ?? 'no output'}` });
  return Buffer.from(value, 'utf8');
}

/** ics refuses an empty list; a calendar without events is still a valid file the school can subscribe to. */
function emptyCalendar(name: string): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:werkplaats-planner/school-plan', 'METHOD:PUBLISH',
    `X-WR-CALNAME:${name.replace(/[\\;,]/g, (c) => `\\${c}`)}`, 'END:VCALENDAR', ''].join('\r\n');
}
