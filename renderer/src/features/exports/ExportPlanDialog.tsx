import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvSeparator, ExportFormat } from '../../../../shared/schemas/exports';
import { ApiError, call, errorMessage } from '../../api/client';
import { useApiQuery, useSchools, useTerms } from '../../api/hooks';
import { saveFile } from '../../api/saveFile';
import { cancelTask, newTaskId } from '../../api/tasks';
import { ProgressBar } from '../../components/ProgressBar';
import { CheckboxField, FormPanel, SelectField } from '../../components/form';
import { defaultTerm, termsOfSchool } from './defaultTerm';
import { FormatChoice } from './FormatChoice';
import './exports.css';

interface Props {
  /** The school to start with (the row the user exported from); the user can pick another. */
  schoolId: number | null;
  termId?: number | null;
  onClose: () => void;
}

const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * "Planning exporteren": one school, one term, a format, and whether SME contact details go in. The core makes
 * the file (with progress and cancel on large plans); the page hands it to the save dialog. The panel stays open
 * afterwards so a second format is one more click.
 */
export function ExportPlanDialog({ schoolId: initialSchool, termId: initialTerm = null, onClose }: Props) {
  const { t } = useTranslation();
  const schools = useSchools();
  const terms = useTerms();
  const [schoolId, setSchoolId] = useState<number | null>(initialSchool);
  const [pickedTerm, setTermId] = useState<number | null>(initialTerm);
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [includeContacts, setIncludeContacts] = useState(false);
  const [separator, setSeparator] = useState<CsvSeparator>(';');
  const [taskId, setTaskId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const schoolTerms = termsOfSchool(terms.data ?? [], schoolId);
  const termId = schoolTerms.some((x) => x.id === pickedTerm) ? pickedTerm : (defaultTerm(schoolTerms, todayIso())?.id ?? null);
  const summary = useApiQuery('exports:schoolPlanSummary', { schoolId: schoolId ?? 0, termId: termId ?? 0 },
    { enabled: schoolId !== null && termId !== null });

  const run = async () => {
    if (schoolId === null || termId === null) return;
    const id = newTaskId('export');
    setTaskId(id);
    setError(null);
    setNotice(null);
    try {
      const file = await call('exports:schoolPlan', { schoolId, termId, format, includeContacts, csvSeparator: separator, taskId: id });
      saveFile(file);
      setNotice(t('exports.done', { file: file.filename }));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'cancelled') setNotice(t('exports.cancelled'));
      else setError(errorMessage(e));
    } finally {
      setTaskId(null);
    }
  };

  // Most exports take a moment; the bar only appears when one takes longer, so a quick export does not flicker.
  const [showProgress, setShowProgress] = useState(false);
  useEffect(() => {
    if (taskId === null) return undefined;
    const timer = window.setTimeout(() => setShowProgress(true), 400);
    return () => {
      window.clearTimeout(timer);
      setShowProgress(false);
    };
  }, [taskId]);

  const s = summary.data;
  return (
    <FormPanel open title={t('exports.title')} subtitle={t('exports.subtitle')} busy={taskId !== null} formError={error}
      submitLabel={t('exports.submit')} submitDisabled={termId === null} onSubmit={() => void run()} onClose={onClose}>
      <div className="export-grid">
        <SelectField label={t('exports.school')} value={schoolId} required
          options={(schools.data ?? []).filter((x) => !x.archived || x.id === schoolId).map((x) => ({ value: x.id, label: x.name }))}
          onChange={(v) => { setSchoolId(v); setTermId(null); }} />
        {schoolTerms.length > 0 || terms.isLoading ? (
          <SelectField label={t('exports.term')} value={termId} required
            options={schoolTerms.map((x) => ({ value: x.id, label: `${x.name} (${x.schoolYear})` }))} onChange={setTermId} />
        ) : (
          <p className="muted export-no-terms" role="status">{t('exports.noTerms')}</p>
        )}
      </div>
      {s && (
        <p className="export-summary" data-testid="export-summary">
          {s.assignments === 0 ? t('exports.empty') : t('exports.summary', {
            programmes: t('exports.programmes', { count: s.programmes }), assignments: t('exports.assignments', { count: s.assignments }),
            teams: t('exports.teams', { count: s.teams }), weeks: t('exports.weeks', { count: s.weeks }),
          })}
        </p>
      )}
      <FormatChoice value={format} onChange={setFormat} />
      {format === 'csv' && (
        <SelectField label={t('exports.separator')} value={separator} onChange={(v) => setSeparator(v ?? ';')}
          options={[{ value: ';', label: t('exports.separators.semicolon') }, { value: ',', label: t('exports.separators.comma') }]} />
      )}
      <div className="field export-contacts">
        <CheckboxField label={t('exports.contacts')} checked={includeContacts} onChange={setIncludeContacts} />
        <p className="field-hint">{t('exports.contactsHint')}</p>
      </div>
      {taskId !== null && showProgress && <ProgressBar taskId={taskId} label={t('exports.busy')} onCancel={() => void cancelTask(taskId)} />}
      {notice !== null && taskId === null && (
        <div className="export-done" role="status" data-testid="export-done">
          <strong>{notice}</strong>
          <p>{t('exports.again')}</p>
        </div>
      )}
    </FormPanel>
  );
}
