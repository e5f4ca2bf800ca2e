import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SmeRow } from '../../../../shared/schemas/rows';
import { call, errorMessage } from '../../api/client';
import { useApiQuery, useSmes } from '../../api/hooks';
import { Card } from '../../components/Card';
import { ArchivedToggle, useArchivedFilter } from '../../components/ArchivedToggle';
import { ScreenFrame } from '../../components/ScreenFrame';
import { DataTable } from '../../components/table/DataTable';
import { useLang } from '../../i18n/useLang';
import { useRoute } from '../../router';
import { DuplicatesView } from './DuplicatesView';
import { IntermediariesView } from './IntermediariesView';
import { EMPTY_SME, type SmeFormValues } from './smeForm';
import { SmeForm } from './SmeForm';
import { smeColumns } from './smeColumns';
import { useReturnFocus } from './useReturnFocus';
import { Toast, useToast } from './Toast';
import './smes.css';

interface Panel { row: SmeRow | null; initial: SmeFormValues }

/** The SME register: a searchable table, a side panel to add or edit, and a view to merge duplicates. */
export function SmesScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const smes = useSmes();
  const duplicates = useApiQuery('smes:duplicates');
  const [route, navigate] = useRoute();
  const showDuplicates = route.sub === 'duplicates';
  const showIntermediaries = route.sub === 'intermediaries';
  const [panel, setPanel] = useState<Panel | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const { toast, show, dismiss } = useToast();
  const rememberFocus = useReturnFocus(panel !== null);

  const columns = useMemo(() => smeColumns(t, lang), [t, lang]);
  const { shown: rows, archivedCount, showArchived, setShowArchived } = useArchivedFilter(smes.data);
  const groupCount = duplicates.data?.length ?? 0;

  // smes:get is called fresh on every open: a cached copy could predate the last save.
  const openEdit = async (row: SmeRow) => {
    rememberFocus();
    setSelected(String(row.id));
    setOpenError(null);
    try {
      const { values, ...fresh } = await call('smes:get', { id: row.id });
      setPanel({ row: fresh, initial: values });
    } catch (e) {
      setOpenError(t('smesEdit.sme.loadFailed', { message: errorMessage(e) }));
    }
  };

  const actions = (
    <>
      <button type="button" className={`btn btn-secondary${showDuplicates ? ' dup-button-active' : ''}`} aria-pressed={showDuplicates}
        data-testid="duplicates-button" onClick={() => navigate('smes', showDuplicates ? null : 'duplicates')}>
        {t('smesEdit.duplicates.button')}
        {groupCount > 0 && (
          <span className="count-badge" data-testid="duplicates-badge">
            <span aria-hidden="true">{groupCount}</span>
            <span className="sr-only">{t('smesEdit.duplicates.badge', { count: groupCount })}</span>
          </span>
        )}
      </button>
      <button type="button" className={`btn btn-secondary${showIntermediaries ? ' dup-button-active' : ''}`} aria-pressed={showIntermediaries}
        data-testid="intermediaries-button" onClick={() => navigate('smes', showIntermediaries ? null : 'intermediaries')}>
        {t('smesEdit.intermediaries.button')}
      </button>
      <button type="button" className="btn btn-primary" onClick={() => {
          rememberFocus();
          setPanel({ row: null, initial: EMPTY_SME });
        }}>
        {t('smesEdit.sme.add')}
      </button>
    </>
  );

  return (
    <ScreenFrame
      name="smes"
      title={showDuplicates ? t('smesEdit.duplicates.title') : showIntermediaries ? t('smesEdit.intermediaries.title') : t('smes.title')}
      subtitle={showDuplicates ? t('smesEdit.duplicates.subtitle') : showIntermediaries ? t('smesEdit.intermediaries.subtitle') : t('smes.subtitle')}
      busy={smes.isPending || (showDuplicates && duplicates.isPending)}
      errors={[smes.error, duplicates.error]}
      onRetry={() => {
        void smes.refetch();
        void duplicates.refetch();
      }}
      actions={actions}
    >
      {openError && <div className="alert alert-error" role="alert">{openError}</div>}
      {showDuplicates ? (
        <DuplicatesView groups={duplicates.data} onBack={() => navigate('smes', null)} />
      ) : showIntermediaries ? (
        <IntermediariesView onBack={() => navigate('smes', null)} onDone={show} />
      ) : (
        <Card>
          <DataTable
            id="smes"
            label={t('smes.title')}
            columns={columns}
            data={rows}
            getRowId={(r) => String(r.id)}
            initialSorting={[{ id: 'name', desc: false }]}
            loading={smes.isPending}
            onRowActivate={(r) => void openEdit(r)}
            selectedRowId={selected}
            toolbar={<ArchivedToggle checked={showArchived} onChange={setShowArchived} count={archivedCount} />}
          />
        </Card>
      )}
      {panel && (
        <SmeForm
          key={panel.row?.id ?? 'new'}
          row={panel.row}
          initial={panel.initial}
          onClose={() => setPanel(null)}
          onSaved={(text, id) => {
            setPanel(null);
            setSelected(String(id));
            show(text);
          }}
        />
      )}
      <Toast toast={toast} onClose={dismiss} />
    </ScreenFrame>
  );
}
