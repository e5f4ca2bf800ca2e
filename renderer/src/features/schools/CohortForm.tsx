import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { cohortInput } from '../../../../shared/schemas/masterInputs';
import type { CohortRow, ProgrammeRow, TermRow } from '../../../../shared/schemas/rows';
import { call } from '../../api/client';
import { FormPanel, NumberField, SelectField, TextField, useZodForm } from '../../components/form';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import { onField, pickError } from './formHelpers';

type Values = z.input<typeof cohortInput>;

const initialOf = (c: CohortRow | null): Values =>
  ({
    programmeId: c?.programmeId,
    termId: c?.termId,
    teamCount: c?.teamCount ?? 1,
    studentsPerTeam: c?.studentsPerTeam ?? 4,
    minutesPerStudentWeek: c?.minutesPerStudentWeek ?? 8 * 60,
    coachName: c?.coachName ?? '',
  }) as Values;

interface Props {
  cohort: CohortRow | null;
  programmes: readonly ProgrammeRow[];
  terms: readonly TermRow[];
  onClose: () => void;
}

/**
 * Capacity of one programme in one term: how many teams, how big, and how many hours a student works per week.
 * People think in hours; the core stores minutes, so the hours field converts.
 */
export function CohortForm({ cohort, programmes, terms, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { values, set, errors, formError, busy, submit } = useZodForm(cohortInput, initialOf(cohort));
  // Shown as the user would type it ("12,5" in Dutch); the field reads either separator.
  const [hours, setHours] = useState<number | string | null>(() =>
    cohort ? formatNumber(cohort.minutesPerStudentWeek / 60, lang, 2).replace(/\s/g, '') : 8,
  );
  const hoursValue = typeof hours === 'number' ? hours : Number(String(hours ?? '').replace(',', '.'));

  const pickable = programmes.filter((p) => !p.archived || p.id === cohort?.programmeId);
  const programme = programmes.find((p) => p.id === values.programmeId);
  const termOptions = terms.filter((x) => programme && x.schoolId === programme.schoolId && (!x.archived || x.id === cohort?.termId));

  const save = async () => {
    const ok = await submit((v) =>
      onField(cohort ? call('cohorts:update', { id: cohort.id, values: v }) : call('cohorts:create', v), { cohort_exists: 'termId' }),
    );
    if (ok) onClose();
  };

  const students = typeof values.teamCount === 'number' && typeof values.studentsPerTeam === 'number' ? values.teamCount * values.studentsPerTeam : null;
  const weekly = students !== null && Number.isFinite(hoursValue) ? students * hoursValue : null;

  return (
    <FormPanel
      open
      title={t(cohort ? 'educationEdit.cohort.titleEdit' : 'educationEdit.cohort.titleNew')}
      subtitle={cohort ? `${cohort.programmeName} · ${cohort.termName} ${cohort.schoolYear}` : undefined}
      busy={busy}
      formError={formError}
      errorCount={Object.keys(errors).length}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <SelectField<number>
        label={t('educationEdit.cohort.programme')}
        required
        value={values.programmeId}
        onChange={(v) => {
          set('programmeId', v as number);
          // A term of another school cannot stay chosen.
          const school = programmes.find((p) => p.id === v)?.schoolId;
          if (terms.find((x) => x.id === values.termId)?.schoolId !== school) set('termId', undefined as unknown as number);
        }}
        options={pickable.map((p) => ({ value: p.id, label: `${p.name} · ${t(`enums.level.${p.level}`)} · ${p.schoolName}` }))}
        error={pickError(t, values.programmeId, errors.programmeId)}
      />
      <SelectField<number>
        label={t('educationEdit.cohort.term')}
        required
        disabled={!programme}
        hint={programme ? undefined : t('educationEdit.cohort.termHint')}
        value={values.termId}
        onChange={(v) => set('termId', v as number)}
        options={termOptions.map((x) => ({ value: x.id, label: `${x.name} · ${x.schoolYear} (${formatDate(x.startDate, lang)} – ${formatDate(x.endDate, lang)})` }))}
        error={pickError(t, values.termId, errors.termId)}
      />
      <div className="form-grid">
        <NumberField label={t('educationEdit.cohort.teamCount')} required min={0} max={500} value={values.teamCount}
          onChange={(v) => set('teamCount', v as number)} error={errors.teamCount} />
        <NumberField label={t('educationEdit.cohort.studentsPerTeam')} required min={1} max={20} value={values.studentsPerTeam}
          onChange={(v) => set('studentsPerTeam', v as number)} error={errors.studentsPerTeam} />
        <NumberField
          label={t('educationEdit.cohort.hours')}
          required
          step={0.5}
          hint={t('educationEdit.cohort.hoursHint')}
          value={hours}
          onChange={(v) => {
            setHours(v);
            // Whole minutes, as stored; what is not a number yet goes to the schema as is, to be refused there.
            set('minutesPerStudentWeek', (typeof v === 'number' ? Math.round(v * 60) : v) as number);
          }}
          error={errors.minutesPerStudentWeek}
        />
        <TextField label={t('educationEdit.cohort.coach')} value={values.coachName} onChange={(v) => set('coachName', v)} error={errors.coachName} />
      </div>
      {students !== null && weekly !== null && (
        <p className="muted" data-testid="cohort-totals">
          {t('educationEdit.cohort.totals', { students: formatNumber(students, lang), hours: formatNumber(weekly, lang, 1) })}
        </p>
      )}
    </FormPanel>
  );
}
