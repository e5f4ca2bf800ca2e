import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { schoolYearOfTerm, weeksBetween } from '../../../../shared/domain/weeks';
import { termInput } from '../../../../shared/schemas/masterInputs';
import type { SchoolRow, TermRow } from '../../../../shared/schemas/rows';
import { call } from '../../api/client';
import { FormPanel, SelectField, TextField, useZodForm } from '../../components/form';
import { formatWeek } from '../../i18n/format';
import { pickError } from './formHelpers';

type Values = z.input<typeof termInput>;

const initialOf = (term: TermRow | null, schoolId: number | undefined): Values =>
  ({
    schoolId: term?.schoolId ?? schoolId,
    name: term?.name ?? '',
    startDate: term?.startDate ?? '',
    endDate: term?.endDate ?? '',
  }) as Values;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The ISO weeks the dates would give, as the core will compute them, so week 53 is no surprise. */
function WeeksPreview({ start, end }: { start: string; end: string }) {
  const { t } = useTranslation();
  if (!DATE.test(start) || !DATE.test(end) || start > end) return null;
  if (Date.parse(end) - Date.parse(start) > 400 * 86_400_000) return null;
  const weeks = weeksBetween(start, end);
  if (weeks.length === 0) return null;
  return (
    <div className="weeks-preview" data-testid="term-weeks-preview" aria-live="polite">
      <p>
        {t('educationEdit.term.weeks', {
          count: weeks.length,
          first: formatWeek(weeks[0]!, true),
          last: formatWeek(weeks.at(-1)!, true),
          year: schoolYearOfTerm(start, end),
        })}
      </p>
      {weeks.some((w) => w.endsWith('-W53')) && <p className="strong">{t('educationEdit.term.week53')}</p>}
      <p className="muted">{t('educationEdit.term.weeksNote')}</p>
    </div>
  );
}

interface Props {
  term: TermRow | null;
  schools: readonly SchoolRow[];
  onClose: () => void;
  onArchive: (archived: boolean) => void;
  /** Called with the term's id after a save, so the tab can show its weeks. */
  onSaved?: (id: number) => void;
}

/** Create or edit a term: a named period with dates; the core derives its ISO weeks and school year. */
export function TermForm({ term, schools, onClose, onArchive, onSaved }: Props) {
  const { t } = useTranslation();
  const active = schools.filter((s) => !s.archived || s.id === term?.schoolId);
  const { values, set, errors, formError, busy, submit } = useZodForm(
    termInput,
    initialOf(term, active.length === 1 ? active[0]!.id : undefined),
  );
  const save = async () => {
    let savedId: number | null = null;
    const ok = await submit(async (v) => {
      savedId = (term ? await call('terms:update', { id: term.id, values: v }) : await call('terms:create', v)).id;
    });
    if (ok && savedId !== null) onSaved?.(savedId);
    if (ok) onClose();
  };
  return (
    <FormPanel
      open
      title={t(term ? 'educationEdit.term.titleEdit' : 'educationEdit.term.titleNew')}
      subtitle={term ? `${term.name} ${term.schoolYear} · ${term.schoolName}` : undefined}
      busy={busy}
      formError={formError}
      errorCount={Object.keys(errors).length}
      onSubmit={() => void save()}
      onClose={onClose}
      secondary={term && (
        <button type="button" className="btn btn-secondary" onClick={() => onArchive(!term.archived)} disabled={busy}>
          {t(term.archived ? 'forms.restore' : 'forms.archive')}
        </button>
      )}
    >
      <SelectField<number>
        label={t('educationEdit.term.school')}
        required
        value={values.schoolId}
        onChange={(v) => set('schoolId', v as number)}
        options={active.map((s) => ({ value: s.id, label: s.name }))}
        error={pickError(t, values.schoolId, errors.schoolId)}
      />
      <TextField label={t('educationEdit.term.name')} required autoFocus hint={t('educationEdit.term.nameHint')}
        value={values.name} onChange={(v) => set('name', v)} error={errors.name} />
      <div className="form-grid">
        <TextField label={t('educationEdit.term.startDate')} required type="date" value={values.startDate}
          onChange={(v) => set('startDate', v)} error={errors.startDate} />
        <TextField label={t('educationEdit.term.endDate')} required type="date" value={values.endDate}
          onChange={(v) => set('endDate', v)} error={errors.endDate} />
      </div>
      <WeeksPreview start={values.startDate} end={values.endDate} />
    </FormPanel>
  );
}
