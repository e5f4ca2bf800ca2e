import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/domain/constants';
import type { EventListRow } from '../../../../shared/schemas/events';
import { ArchivedTag } from '../../components/ArchivedToggle';
import { columnHelper } from '../../components/table/features';
import { formatDate, formatHours, formatNumber } from '../../i18n/format';

const col = columnHelper<EventListRow>();

/** Columns of the events table; a full event says so in words, not only in colour. */
export function eventColumns(t: TFunction, lang: Language) {
  const kindLabel = (v: unknown) => t(`enums.eventKind.${v as EventListRow['kind']}`);
  return col.columns([
    col.accessor('eventDate', { header: t('eventsEdit.col.date'), cell: (c) => formatDate(c.getValue(), lang), meta: { width: 112, text: (v) => formatDate(v as string, lang) } }),
    col.accessor('kind', {
      header: t('eventsEdit.col.kind'),
      cell: (c) => <span className={`chip ${c.getValue() === 'masterclass' ? 'chip-violet' : 'chip-info'}`}>{kindLabel(c.getValue())}</span>,
      meta: { width: 136, text: kindLabel },
    }),
    col.accessor('topic', {
      header: t('eventsEdit.col.topic'),
      cell: (c) => (
        <span className="event-topic">
          <strong className="strong">{c.getValue()}</strong>
          {c.row.original.archived && <ArchivedTag />}
        </span>
      ),
      meta: { width: 300 },
    }),
    col.accessor((r) => r.speakers.join(', '), { id: 'speakers', header: t('eventsEdit.col.speakers'), meta: { width: 210 } }),
    col.accessor('location', { header: t('eventsEdit.col.location'), meta: { width: 160, hiddenByDefault: true } }),
    col.accessor('attendeeCount', {
      header: t('eventsEdit.col.attendees'),
      cell: (c) => {
        const { capacity } = c.row.original;
        const n = c.getValue();
        const over = capacity !== null && n > capacity ? n - capacity : 0;
        return (
          <span className="event-seats">
            <span>{capacity === null ? formatNumber(n, lang) : t('eventsEdit.seats', { count: formatNumber(n, lang), capacity: formatNumber(capacity, lang) })}</span>
            {over > 0 && <span className="chip chip-warning">{t('eventsEdit.overChip', { count: over })}</span>}
          </span>
        );
      },
      meta: { width: 130, align: 'end' },
    }),
    col.accessor('minutes', {
      header: t('eventsEdit.col.hours'), cell: (c) => (c.getValue() > 0 ? formatHours(c.getValue(), lang) : '—'),
      meta: { width: 116, align: 'end', text: (v) => formatHours(v as number, lang) },
    }),
  ]);
}
