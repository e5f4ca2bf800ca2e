import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITIES, type Activity } from '../../../../../shared/domain/constants';
import { useEvents, useRequests } from '../../../api/hooks';
import { formatDate } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import type { EditLine } from './weekLines';

/** Adds a line whose hours are linked to a request or an event (cost per SME and per request use the link). */
export function AddLinkedLine({ lines, onAdd }: { lines: EditLine[]; onAdd: (line: EditLine) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const requests = useRequests();
  const events = useEvents();
  const [activity, setActivity] = useState<Activity>('coaching');
  const [link, setLink] = useState('');
  const add = () => {
    const [kind, raw] = link.split(':');
    const id = Number(raw);
    if (!id) return;
    const request = kind === 'r' ? requests.data?.find((r) => r.id === id) : undefined;
    const event = kind === 'e' ? events.data?.find((e) => e.id === id) : undefined;
    const requestId = request ? id : null;
    const eventId = event ? id : null;
    const key = `${activity}|${requestId ?? ''}||${eventId ?? ''}`;
    if (lines.some((l) => l.key === key)) return;
    onAdd({ key, activity, requestId, assignmentId: null, eventId, note: '', texts: Array<string>(7).fill(''),
      linkLabel: request ? `${request.smeName}${request.offeringName ? ` – ${request.offeringName}` : ''}` : event ? event.topic : null });
    setLink('');
  };
  return (
    <fieldset className="ts-addline">
      <legend>{t('hoursEdit.sheet.addLine')}</legend>
      <div className="field">
        <label htmlFor="ts-add-activity">{t('hoursEdit.sheet.activity')}</label>
        <select id="ts-add-activity" className="select imp-select" value={activity} onChange={(e) => setActivity(e.target.value as Activity)}>
          {ACTIVITIES.map((a) => <option key={a} value={a}>{t(`enums.activity.${a}`)}</option>)}
        </select>
      </div>
      <div className="field ts-add-link">
        <label htmlFor="ts-add-link">{t('hoursEdit.sheet.linkTo')}</label>
        <select id="ts-add-link" className="select" value={link} onChange={(e) => setLink(e.target.value)}>
          <option value="">{t('hoursEdit.sheet.pickLink')}</option>
          <optgroup label={t('hoursEdit.sheet.requests')}>
            {(requests.data ?? []).filter((r) => !['closed', 'rejected', 'withdrawn'].includes(r.status))
              .sort((a, b) => a.smeName.localeCompare(b.smeName))
              .map((r) => <option key={r.id} value={`r:${r.id}`}>{r.smeName}{r.offeringName ? ` – ${r.offeringName}` : ''}</option>)}
          </optgroup>
          <optgroup label={t('hoursEdit.sheet.events')}>
            {(events.data ?? []).map((e) => <option key={e.id} value={`e:${e.id}`}>{formatDate(e.eventDate, lang)} · {e.topic}</option>)}
          </optgroup>
        </select>
      </div>
      <button type="button" className="btn btn-secondary" disabled={!link} onClick={add}>{t('hoursEdit.sheet.add')}</button>
    </fieldset>
  );
}
