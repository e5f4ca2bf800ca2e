import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITIES, type Activity } from '../../../../../shared/domain/constants';
import type { LinkOption } from '../../../../../shared/schemas/hoursRows';
import { LinkPicker } from './LinkPicker';
import type { EditLine } from './weekLines';

/** The activity hours of that kind of link usually are; the user can still choose another. */
const ACTIVITY_OF: Record<LinkOption['kind'], Activity> = { request: 'intake', assignment: 'coaching', event: 'event' };

/**
 * Adds a line whose hours are linked to a request, an assignment or an event (cost per SME, per request and per
 * delivered assignment use the link).
 */
export function AddLinkedLine({ lines, onAdd }: { lines: EditLine[]; onAdd: (line: EditLine) => void }) {
  const { t } = useTranslation();
  const [activity, setActivity] = useState<Activity>('coaching');
  const [link, setLink] = useState<LinkOption | null>(null);
  const ids = link
    ? { requestId: link.kind === 'request' ? link.id : null, assignmentId: link.kind === 'assignment' ? link.id : null, eventId: link.kind === 'event' ? link.id : null }
    : null;
  const key = ids ? `${activity}|${ids.requestId ?? ''}|${ids.assignmentId ?? ''}|${ids.eventId ?? ''}` : '';
  // An assignment's stored line also carries its request, so compare by the link itself.
  const duplicate = link !== null && lines.some((l) => l.activity === activity && (
    (link.kind === 'assignment' && l.assignmentId === link.id) || (link.kind === 'request' && l.requestId === link.id && !l.assignmentId)
    || (link.kind === 'event' && l.eventId === link.id)));
  const choose = (o: LinkOption | null) => {
    setLink(o);
    if (o) setActivity(ACTIVITY_OF[o.kind]);
  };
  const add = () => {
    if (!link || !ids || duplicate) return;
    onAdd({ key, activity, ...ids, note: '', texts: Array<string>(7).fill(''), linkLabel: link.team ? `${link.label} · ${link.team}` : link.label });
    setLink(null);
  };
  return (
    <fieldset className="ts-addline" data-testid="add-linked-line">
      <legend>{t('hoursEdit.sheet.addLine')}</legend>
      <div className="field ts-add-link">
        {link ? <span className="field-label">{t('hoursEdit.sheet.linkTo')}</span> : <label htmlFor="ts-add-link">{t('hoursEdit.sheet.linkTo')}</label>}
        <LinkPicker inputId="ts-add-link" value={link} onChange={choose} />
      </div>
      <div className="field">
        <label htmlFor="ts-add-activity">{t('hoursEdit.sheet.activity')}</label>
        <select id="ts-add-activity" className="select imp-select" value={activity} onChange={(e) => setActivity(e.target.value as Activity)}>
          {ACTIVITIES.map((a) => <option key={a} value={a}>{t(`enums.activity.${a}`)}</option>)}
        </select>
      </div>
      <button type="button" className="btn btn-secondary" disabled={!link || duplicate} onClick={add}>{t('hoursEdit.sheet.add')}</button>
      {duplicate && <p className="field-help ts-add-duplicate" role="status">{t('hoursEdit.sheet.linkDuplicate')}</p>}
    </fieldset>
  );
}
