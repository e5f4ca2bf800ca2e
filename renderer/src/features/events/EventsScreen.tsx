import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail, EventListRow } from '../../../../shared/schemas/events';
import { call, errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { ArchivedToggle, useArchivedFilter } from '../../components/ArchivedToggle';
import { Card } from '../../components/Card';
import { showToast } from '../../components/history';
import { ScreenFrame } from '../../components/ScreenFrame';
import { DataTable } from '../../components/table/DataTable';
import { useLang } from '../../i18n/useLang';
import { useReturnFocus } from '../smes/useReturnFocus';
import { eventColumns } from './eventColumns';
import { emptyEvent, type EventFormValues } from './eventForm';
import { EventForm } from './EventForm';
import './events.css';

interface Panel { detail: EventDetail | null; initial: EventFormValues }

const today = () => new Date().toISOString().slice(0, 10);

/** Evenementen: webinars and masterclasses in a searchable table, with a side panel to add or edit one. */
export function EventsScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const events = useApiQuery('events:table');
  const { shown, archivedCount, showArchived, setShowArchived } = useArchivedFilter(events.data);
  const [panel, setPanel] = useState<Panel | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const rememberFocus = useReturnFocus(panel !== null);
  const columns = useMemo(() => eventColumns(t, lang), [t, lang]);

  // events:get is asked fresh on every open: attendees or booked hours may have changed since the list loaded.
  const openEdit = async (row: EventListRow) => {
    rememberFocus();
    setSelected(String(row.id));
    setOpenError(null);
    try {
      const detail = await call('events:get', { id: row.id });
      setPanel({ detail, initial: { ...detail.values, newSmes: [] } });
    } catch (e) {
      setOpenError(t('eventsEdit.form.loadFailed', { message: errorMessage(e) }));
    }
  };

  return (
    <ScreenFrame
      name="events"
      title={t('eventsEdit.title')}
      subtitle={t('eventsEdit.subtitle')}
      busy={events.isPending}
      errors={[events.error]}
      onRetry={() => void events.refetch()}
      actions={
        <button type="button" className="btn btn-primary" onClick={() => { rememberFocus(); setPanel({ detail: null, initial: emptyEvent(today()) }); }}>
          {t('eventsEdit.add')}
        </button>
      }
    >
      {openError && <div className="alert alert-error" role="alert">{openError}</div>}
      <Card>
        <DataTable
          id="events"
          label={t('eventsEdit.title')}
          columns={columns}
          data={shown}
          getRowId={(r) => String(r.id)}
          initialSorting={[{ id: 'eventDate', desc: true }]}
          loading={events.isPending}
          onRowActivate={(r) => void openEdit(r)}
          selectedRowId={selected}
          toolbar={<ArchivedToggle checked={showArchived} onChange={setShowArchived} count={archivedCount} />}
        />
      </Card>
      {panel && (
        <EventForm
          key={panel.detail?.id ?? 'new'}
          detail={panel.detail}
          initial={panel.initial}
          onClose={() => setPanel(null)}
          onSaved={(text, id) => {
            setPanel(null);
            setSelected(String(id));
            showToast(text);
          }}
        />
      )}
    </ScreenFrame>
  );
}
