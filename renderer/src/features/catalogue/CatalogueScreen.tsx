import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THEMES, type Theme } from '../../../../shared/domain/constants';
import type { OfferingRow } from '../../../../shared/schemas/rows';
import { call, errorMessage } from '../../api/client';
import { useOfferings } from '../../api/hooks';
import { Card, Field } from '../../components/Card';
import { ArchivedToggle, useArchivedFilter } from '../../components/ArchivedToggle';
import { ScreenFrame } from '../../components/ScreenFrame';
import { SearchIcon } from '../../components/icons';
import { DataTable } from '../../components/table/DataTable';
import { normalizeText } from '../../components/table/features';
import { useLang } from '../../i18n/useLang';
import { useReturnFocus } from '../smes/useReturnFocus';
import { Toast, useToast } from '../smes/Toast';
import { OfferingCard } from './OfferingCard';
import { OfferingForm } from './OfferingForm';
import { offeringColumns } from './offeringColumns';
import { EMPTY_OFFERING, valuesOf, type OfferingFormValues } from './offeringForm';
import { useCatalogueView } from './useCatalogueView';
import './catalogue.css';

interface Panel { row: OfferingRow | null; initial: OfferingFormValues }

/** The menukaart as cards: search, filter by theme, show archived items, add or edit one in a side panel. */
export function CatalogueScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const offerings = useOfferings();
  const [view, setView] = useCatalogueView();
  const columns = useMemo(() => offeringColumns(t, lang), [t, lang]);
  const [query, setQuery] = useState('');
  const [theme, setTheme] = useState<Theme | ''>('');
  const [panel, setPanel] = useState<Panel | null>(null);
  const [highlight, setHighlight] = useState<number | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const { toast, show, dismiss } = useToast();
  const rememberFocus = useReturnFocus(panel !== null);

  const { shown: scoped, archivedCount, showArchived, setShowArchived } = useArchivedFilter(offerings.data);
  const inScope = useMemo(() => scoped ?? [], [scoped]);
  const shown = useMemo(() => {
    const q = normalizeText(query.trim());
    return inScope
      .filter((o) => (theme ? o.theme === theme : true))
      .filter((o) => (q ? normalizeText(`${o.name} ${o.description}`).includes(q) : true))
      .sort((a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name, 'nl'));
  }, [inScope, query, theme]);

  // The links are read fresh on every open: a cached copy could predate the last save.
  const openEdit = async (row: OfferingRow) => {
    rememberFocus();
    setOpenError(null);
    setHighlight(row.id);
    try {
      const links = await call('offerings:links', { id: row.id });
      setPanel({ row, initial: valuesOf(row, links) });
    } catch (e) {
      setOpenError(t('smesEdit.offering.loadFailed', { message: errorMessage(e) }));
    }
  };

  return (
    <ScreenFrame
      name="catalogue"
      title={t('catalogue.title')}
      subtitle={t('catalogue.subtitle')}
      busy={offerings.isPending}
      errors={[offerings.error]}
      onRetry={() => void offerings.refetch()}
      actions={
        <>
          <div className="segmented" role="group" aria-label={t('smesEdit.catalogueView.label')} data-testid="catalogue-view">
            {(['cards', 'table'] as const).map((v) => (
              <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>{t(`smesEdit.catalogueView.${v}`)}</button>
            ))}
          </div>
          <button type="button" className="btn btn-primary" onClick={() => {
            rememberFocus();
            setPanel({ row: null, initial: EMPTY_OFFERING });
          }}>
            {t('smesEdit.offering.add')}
          </button>
        </>
      }
    >
      {view === 'table' ? (
        <Card>
          <DataTable id="offerings" label={t('catalogue.title')} columns={columns} data={offerings.data ? inScope : undefined}
            getRowId={(r) => String(r.id)} initialSorting={[{ id: 'name', desc: false }]} loading={offerings.isPending}
            onRowActivate={(r) => void openEdit(r)} selectedRowId={highlight === null ? null : String(highlight)}
            toolbar={<ArchivedToggle checked={showArchived} onChange={setShowArchived} count={archivedCount} />} />
        </Card>
      ) : (
        <>
        <div className="toolbar-row">
          <label className="search search-lg">
            <SearchIcon size={16} />
            <span className="sr-only">{t('catalogue.search')}</span>
            <input type="search" value={query} placeholder={t('catalogue.search')} onChange={(e) => setQuery(e.target.value)} />
          </label>
          <Field label={t('catalogue.themeFilter')}>
            {(id) => (
              <select id={id} className="select" value={theme} onChange={(e) => setTheme(e.target.value as Theme | '')}>
                <option value="">{t('common.all')}</option>
                {THEMES.map((th) => <option key={th} value={th}>{t(`enums.theme.${th}`)}</option>)}
              </select>
            )}
          </Field>
          <ArchivedToggle checked={showArchived} onChange={setShowArchived} count={archivedCount} />
          <span className="row-count" aria-live="polite" data-testid="row-count">
            {t('catalogue.count', { shown: shown.length, total: inScope.length })}
          </span>
        </div>
        {offerings.data && inScope.length === 0 && <p className="empty-state">{t('common.empty')}</p>}
        <ul className="offering-grid" data-testid="offering-list">
          {shown.map((o) => (
            <OfferingCard key={o.id} offering={o} highlighted={o.id === highlight} onOpen={() => void openEdit(o)} />
          ))}
        </ul>
        </>
      )}
      {openError && <div className="alert alert-error" role="alert">{openError}</div>}
      {panel && (
        <OfferingForm
          key={panel.row?.id ?? 'new'}
          row={panel.row}
          initial={panel.initial}
          onClose={() => setPanel(null)}
          onSaved={(text, id) => {
            setPanel(null);
            setHighlight(id);
            show(text);
          }}
        />
      )}
      <Toast toast={toast} onClose={dismiss} />
    </ScreenFrame>
  );
}
