import { addDays, format, getISOWeek, parseISO, startOfISOWeek } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../../api/client';
import { useApiMutation, useApiQuery, useStaff } from '../../../api/hooks';
import { Card } from '../../../components/Card';
import { formatMonth } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import { AddLinkedLine } from './AddLinkedLine';
import { LockIcon } from './LockIcon';
import { MonthLocks } from './MonthLocks';
import { WeekGrid } from './WeekGrid';
import { hasInvalid, linesOf, sameAs, toSave, type EditLine } from './weekLines';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/** The week timesheet of one person: pick person and week, type hours, save (or copy last week first). */
export function TimesheetTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const locale = lang === 'nl' ? nl : enGB;
  const staff = useStaff();
  const people = useMemo(() => (staff.data ?? []).filter((s) => !s.archived), [staff.data]);
  const [staffId, setStaffId] = useState<number | null>(null);
  const [weekStart, setWeekStart] = useState(() => iso(startOfISOWeek(new Date())));
  const person = staffId ?? people[0]?.id ?? null;
  const week = useApiQuery('timesheet:week', { staffId: person ?? 1, weekStart }, { enabled: person !== null });
  const save = useApiMutation('timesheet:save');
  const stored = useMemo(() => (week.data ? linesOf(week.data) : []), [week.data]);
  const [lines, setLines] = useState<EditLine[]>([]);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error' | 'info'; text: string } | null>(null);

  // New data from the core (another week, a save, an undo) replaces the grid: state adjusted during render.
  const [shown, setShown] = useState(stored);
  if (shown !== stored) {
    setShown(stored);
    setLines(stored);
  }

  const dirty = !sameAs(lines, stored);
  const invalid = hasInvalid(lines);
  const days = week.data?.days ?? Array.from({ length: 7 }, (_, i) => iso(addDays(parseISO(weekStart), i)));
  const locked = week.data?.lockedMonths ?? [];

  const move = (delta: number) => { setNotice(null); setWeekStart(iso(addDays(parseISO(weekStart), delta * 7))); };
  const doSave = () => {
    if (!person || !dirty || invalid || save.isPending) return;
    save.mutate({ staffId: person, weekStart, lines: toSave(lines) }, {
      onSuccess: () => setNotice({ kind: 'ok', text: t('hoursEdit.sheet.saved') }),
      onError: (e) => setNotice({ kind: 'error', text: errorMessage(e) }),
    });
  };
  const copyLast = async () => {
    if (!person) return;
    try {
      const last = await call('timesheet:week', { staffId: person, weekStart: iso(addDays(parseISO(weekStart), -7)) });
      if (last.lines.length === 0) { setNotice({ kind: 'info', text: t('hoursEdit.sheet.copyEmpty') }); return; }
      // Days of a closed month keep what they have: copying must not try to change them.
      const copied = linesOf(last).map((l) => {
        const now = lines.find((x) => x.key === l.key);
        return { ...l, texts: l.texts.map((text, i) => (locked.includes(days[i]!.slice(0, 7)) ? (now?.texts[i] ?? '') : text)) };
      });
      const extra = lines.filter((l) => !copied.some((c) => c.key === l.key) && l.texts.some((x) => x));
      setLines([...copied, ...extra]);
      setNotice({ kind: 'info', text: t('hoursEdit.sheet.copied') });
    } catch (e) {
      setNotice({ kind: 'error', text: errorMessage(e) });
    }
  };

  if (staff.data && people.length === 0) return <p className="empty-state">{t('hoursEdit.sheet.noStaff')}</p>;
  const range = `${format(parseISO(days[0]!), 'd MMM', { locale })} – ${format(parseISO(days[6]!), 'd MMM yyyy', { locale })}`;
  const lockedNames = locked.map((m) => formatMonth(m, lang)).join(', ');

  return (
    <Card
      title={t('hoursEdit.sheet.title')}
      actions={<MonthLocks months={[...new Set(days.map((d) => d.slice(0, 7)))]} locked={locked} />}
    >
      <div className="toolbar-row ts-toolbar">
        <div className="field">
          <label htmlFor="ts-person">{t('hoursEdit.sheet.person')}</label>
          <select id="ts-person" className="select" value={person ?? ''} onChange={(e) => { setNotice(null); setStaffId(Number(e.target.value)); }}>
            {people.map((p) => <option key={p.id} value={p.id}>{p.name} · {p.role}</option>)}
          </select>
        </div>
        <div className="ts-weeknav" role="group" aria-label={t('hoursEdit.sheet.weekLabel', { week: getISOWeek(parseISO(weekStart)), range })}>
          <button type="button" className="btn btn-secondary btn-icon" aria-label={t('hoursEdit.sheet.prevWeek')} title={t('hoursEdit.sheet.prevWeek')} onClick={() => move(-1)}>‹</button>
          <span className="ts-weeklabel" data-testid="week-label">{t('hoursEdit.sheet.weekLabel', { week: getISOWeek(parseISO(weekStart)), range })}</span>
          <button type="button" className="btn btn-secondary btn-icon" aria-label={t('hoursEdit.sheet.nextWeek')} title={t('hoursEdit.sheet.nextWeek')} onClick={() => move(1)}>›</button>
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => { setNotice(null); setWeekStart(iso(startOfISOWeek(new Date()))); }}>{t('hoursEdit.sheet.thisWeek')}</button>
        </div>
        <div className="ts-actions">
          <button type="button" className="btn btn-secondary" onClick={() => void copyLast()}>{t('hoursEdit.sheet.copyLast')}</button>
          {dirty && <button type="button" className="btn btn-ghost" onClick={() => { setLines(stored); setNotice(null); }}>{t('hoursEdit.sheet.discard')}</button>}
          <button type="button" className="btn btn-primary" disabled={!dirty || invalid || save.isPending} onClick={doSave}>
            {save.isPending ? t('hoursEdit.sheet.saving') : t('hoursEdit.sheet.save')}
          </button>
        </div>
      </div>
      {locked.length > 0 && <div className="ts-banner ts-banner-locked" role="note" data-testid="locked-banner"><LockIcon /> {t('hoursEdit.sheet.lockedBanner', { months: lockedNames })}</div>}
      {notice && <div className={`ts-banner ts-banner-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="sheet-notice">{notice.text}</div>}
      {dirty && !notice && <div className="ts-banner ts-banner-info" role="status">{t('hoursEdit.sheet.unsaved')}</div>}
      {week.data && (
        <WeekGrid lines={lines} days={days} lockedMonths={locked} contractMinutes={week.data.contractMinutesPerWeek} onChange={(l) => { setLines(l); if (notice?.kind === 'ok') setNotice(null); }} onSave={doSave} />
      )}
      <p className="field-help">{t('hoursEdit.sheet.help')}</p>
      {week.data && <AddLinkedLine lines={lines} onAdd={(l) => {
        // After the plain line of its activity and that activity's other linked lines.
        const at = lines.map((x) => x.activity).lastIndexOf(l.activity) + 1;
        setLines([...lines.slice(0, at), l, ...lines.slice(at)]);
      }} />}
    </Card>
  );
}
