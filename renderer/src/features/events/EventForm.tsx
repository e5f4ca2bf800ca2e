import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS } from '../../../../shared/domain/constants';
import { eventInput, type EventDetail, type EventInput } from '../../../../shared/schemas/events';
import { call, errorMessage } from '../../api/client';
import { useSmes } from '../../api/hooks';
import { FormPanel, NumberField, SelectField, TextAreaField, TextField, useArchive, useZodForm } from '../../components/form';
import { formatDate, formatHours, formatMoney, formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import { AttendeePicker } from './AttendeePicker';
import { kvkTakenOnField, seats, speakersFromText, type EventFormValues } from './eventForm';

interface Props {
  /** The event being edited (with its attendees and booked hours), or null for a new one. */
  detail: EventDetail | null;
  initial: EventFormValues;
  onClose: () => void;
  onSaved: (text: string, id: number) => void;
}

/** Create or edit one event in a side panel: the event, its attendees, and companies added on the spot. */
export function EventForm({ detail, initial, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const smes = useSmes();
  const form = useZodForm(eventInput, initial as EventInput);
  const v = form.values as EventFormValues;
  const { errors } = form;
  const set = <K extends keyof EventFormValues>(k: K, value: EventFormValues[K]) => form.set(k, value as EventInput[K]);
  const [speakersText, setSpeakersText] = useState(initial.speakers.join('\n'));
  const s = seats(v);

  const save = () =>
    void form.submit(async (parsed) => {
      try {
        if (detail) {
          await call('events:update', { id: detail.id, values: parsed });
          onSaved(t('eventsEdit.form.saved', { topic: parsed.topic }), detail.id);
        } else {
          const res = await call('events:create', parsed);
          const created = res.createdSmeIds.length;
          onSaved(created > 0 ? t('eventsEdit.form.createdWithSmes', { topic: parsed.topic, count: created })
            : t('eventsEdit.form.created', { topic: parsed.topic }), res.id);
        }
      } catch (e) {
        throw kvkTakenOnField(e);
      }
    });

  const archiver = useArchive('events:archive');
  const archiving = archiver.busyId !== null;
  const archive = async (archived: boolean) => {
    if (detail && (await archiver.run(detail.id, archived))) {
      onSaved(t(archived ? 'eventsEdit.form.archived' : 'eventsEdit.form.restored', { topic: detail.topic }), detail.id);
    }
  };

  return (
    <FormPanel
      open
      wide
      title={detail ? t('eventsEdit.form.editTitle', { topic: detail.topic }) : t('eventsEdit.form.newTitle')}
      subtitle={detail
        ? t('eventsEdit.form.editSubtitle', { kind: t(`enums.eventKind.${detail.kind}`), date: formatDate(detail.eventDate, lang) })
        : t('eventsEdit.form.newSubtitle')}
      busy={form.busy || archiving}
      formError={form.formError ?? (archiver.error ? errorMessage(archiver.error) : null)}
      errorCount={Object.keys(errors).length}
      onSubmit={save}
      onClose={onClose}
      secondary={detail && (
        <button type="button" className="btn btn-secondary" disabled={form.busy || archiving} onClick={() => void archive(!detail.archived)}>
          {detail.archived ? t('eventsEdit.form.restore') : t('eventsEdit.form.archive')}
        </button>
      )}
    >
      <h3 className="form-section-title">{t('eventsEdit.form.sectionEvent')}</h3>
      <div className="form-grid">
        <div className="span-2">
          <TextField label={t('eventsEdit.form.topic')} required autoFocus value={v.topic} error={errors.topic} onChange={(x) => set('topic', x)} />
        </div>
        <SelectField label={t('eventsEdit.form.kind')} required value={v.kind} error={errors.kind}
          options={EVENT_KINDS.map((k) => ({ value: k, label: t(`enums.eventKind.${k}`) }))} onChange={(x) => set('kind', x ?? 'webinar')} />
        <TextField label={t('eventsEdit.form.date')} required type="date" value={v.eventDate} error={errors.eventDate} onChange={(x) => set('eventDate', x)} />
        <NumberField label={t('eventsEdit.form.capacity')} value={v.capacity} min={0} step={1} hint={t('eventsEdit.form.capacityHint')}
          error={errors.capacity} onChange={(x) => set('capacity', x)} />
        <TextField label={t('eventsEdit.form.location')} value={v.location} hint={t('eventsEdit.form.locationHint')}
          error={errors.location} onChange={(x) => set('location', x)} />
        <div className="span-2">
          <TextAreaField label={t('eventsEdit.form.speakers')} rows={3} value={speakersText} hint={t('eventsEdit.form.speakersHint')}
            error={errors.speakers} onChange={(x) => { setSpeakersText(x); set('speakers', speakersFromText(x)); }} />
        </div>
      </div>
      {detail && (
        <p className="event-hours" data-testid="event-hours">
          <strong>{t('eventsEdit.form.hours')}:</strong>{' '}
          {t('eventsEdit.form.hoursText', { hours: formatHours(detail.minutes, lang), cost: formatMoney(detail.costCents, lang, true) })}
          <span className="field-hint"> {t('eventsEdit.form.hoursHelp')}</span>
        </p>
      )}

      <h3 className="form-section-title">{t('eventsEdit.form.sectionAttendees')}</h3>
      <div className={`event-capacity${s.over > 0 ? ' is-over' : ''}`} data-testid="event-capacity" role="status" aria-live="polite">
        <span>{s.capacity === null
          ? t('eventsEdit.form.seatsNoMax', { count: s.count })
          : t('eventsEdit.form.seatsUsed', { count: formatNumber(s.count, lang), capacity: formatNumber(s.capacity, lang) })}</span>
        {s.capacity !== null && s.capacity > 0 && (
          <span className="event-meter" aria-hidden="true"><span style={{ width: `${Math.min(100, (s.count / s.capacity) * 100)}%` }} /></span>
        )}
        {s.over > 0 && <strong className="event-over">{t('eventsEdit.form.over', { count: s.over, capacity: s.capacity })}</strong>}
      </div>
      <AttendeePicker register={smes.data ?? []} attendeeIds={v.attendeeIds} newSmes={v.newSmes} errors={errors}
        onChange={(ids, fresh) => { set('attendeeIds', ids); set('newSmes', fresh); }} />
    </FormPanel>
  );
}
