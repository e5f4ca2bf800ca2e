import type { TFunction } from 'i18next';
import type { Language, Level } from '../../../../shared/domain/constants';
import type { ProgrammeRow, TermRow } from '../../../../shared/schemas/rows';
import { formatDate } from '../../i18n/format';
import type { PickGroup } from './LinkPicker';

// The menukaart form lists programmes per school and terms per school year. Archived ones are left out unless
// the item already uses them, so an edit never drops a link the user cannot see.

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

export function programmeGroups(
  rows: readonly ProgrammeRow[], keep: readonly number[], levels: readonly Level[], t: TFunction,
): PickGroup[] {
  const shown = rows.filter((p) => !p.archived || keep.includes(p.id));
  return [...groupBy(shown, (p) => p.schoolName)]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([school, list]) => ({
      key: school,
      label: school,
      items: list.sort((a, b) => collator.compare(a.name, b.name)).map((p) => {
        const mismatch = levels.length > 0 && !levels.includes(p.level);
        return {
          id: p.id,
          label: `${p.name}${p.archived ? ` ${t('smesEdit.offering.archivedSuffix')}` : ''}`,
          note: (
            <>
              <span className="tag">{t(`enums.level.${p.level}`)}</span>
              {mismatch && <span className="tag tag-warn">{t('smesEdit.offering.levelMismatch')}</span>}
            </>
          ),
        };
      }),
    }));
}

export function termGroups(rows: readonly TermRow[], keep: readonly number[], t: TFunction, lang: Language): PickGroup[] {
  const shown = rows.filter((term) => !term.archived || keep.includes(term.id));
  return [...groupBy(shown, (term) => term.schoolYear)]
    // The coming school year first: that is where new work gets planned.
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([year, list]) => ({
      key: year,
      label: t('smesEdit.offering.schoolYear', { year }),
      items: list
        .sort((a, b) => a.startDate.localeCompare(b.startDate) || collator.compare(a.schoolName, b.schoolName))
        .map((term) => ({
          id: term.id,
          label: `${term.schoolName} · ${term.name}${term.archived ? ` ${t('smesEdit.offering.archivedSuffix')}` : ''}`,
          note: <span className="link-dates">{formatDate(term.startDate, lang)} – {formatDate(term.endDate, lang)}</span>,
        })),
    }));
}
