import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LEVELS, THEMES, type Level, type Theme } from '../../../../shared/domain/constants';
import { programmeInput } from '../../../../shared/schemas/masterInputs';
import type { ProgrammeRow, SchoolRow } from '../../../../shared/schemas/rows';
import { call } from '../../api/client';
import { CheckboxField, CheckboxGroup, FormPanel, SelectField, TextField, useZodForm } from '../../components/form';
import { enumOptions, pickError } from './formHelpers';

type Values = z.input<typeof programmeInput>;

const initialOf = (p: ProgrammeRow | null, schoolId: number | undefined): Values =>
  ({
    schoolId: p?.schoolId ?? schoolId,
    name: p?.name ?? '',
    level: p?.level,
    crebo: p?.crebo ?? '',
    isMinor: p?.isMinor ?? false,
    themes: p?.themes ?? [],
    coaches: p?.coaches ?? [],
  }) as Values;

const splitNames = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

interface Props {
  programme: ProgrammeRow | null;
  schools: readonly SchoolRow[];
  onClose: () => void;
  onArchive: (archived: boolean) => void;
}

/** Create or edit a programme (or minor) of a school, with the themes it can work on and its coaches. */
export function ProgrammeForm({ programme, schools, onClose, onArchive }: Props) {
  const { t } = useTranslation();
  const active = schools.filter((s) => !s.archived || s.id === programme?.schoolId);
  const { values, set, errors, formError, busy, submit } = useZodForm(
    programmeInput,
    initialOf(programme, active.length === 1 ? active[0]!.id : undefined),
  );
  // The coaches are typed as one line; kept as typed so a trailing comma is not swallowed while typing.
  const [coaches, setCoaches] = useState((programme?.coaches ?? []).join(', '));

  const save = async () => {
    const ok = await submit((v) => (programme ? call('programmes:update', { id: programme.id, values: v }) : call('programmes:create', v)));
    if (ok) onClose();
  };

  return (
    <FormPanel
      open
      wide
      title={t(programme ? 'educationEdit.programme.titleEdit' : 'educationEdit.programme.titleNew')}
      subtitle={programme ? `${programme.name} · ${programme.schoolName}` : undefined}
      busy={busy}
      formError={formError}
      errorCount={Object.keys(errors).length}
      onSubmit={() => void save()}
      onClose={onClose}
      secondary={programme && (
        <button type="button" className="btn btn-secondary" onClick={() => onArchive(!programme.archived)} disabled={busy}>
          {t(programme.archived ? 'forms.restore' : 'forms.archive')}
        </button>
      )}
    >
      <SelectField<number>
        label={t('educationEdit.programme.school')}
        required
        value={values.schoolId}
        onChange={(v) => set('schoolId', v as number)}
        options={active.map((s) => ({ value: s.id, label: s.name }))}
        error={pickError(t, values.schoolId, errors.schoolId)}
      />
      <TextField label={t('educationEdit.programme.name')} required autoFocus value={values.name} onChange={(v) => set('name', v)} error={errors.name} />
      <div className="form-grid">
        <SelectField<Level>
          label={t('educationEdit.programme.level')}
          required
          value={values.level}
          onChange={(v) => set('level', v as Level)}
          options={enumOptions(LEVELS, (l) => t(`enums.level.${l}`))}
          error={pickError(t, values.level, errors.level)}
        />
        <TextField
          label={t('educationEdit.programme.crebo')}
          hint={t('educationEdit.programme.creboHint')}
          value={values.crebo}
          onChange={(v) => set('crebo', v)}
          error={errors.crebo}
        />
      </div>
      <CheckboxField label={t('educationEdit.programme.isMinor')} checked={values.isMinor ?? false} onChange={(v) => set('isMinor', v)} />
      <CheckboxGroup<Theme>
        label={t('educationEdit.programme.themes')}
        value={values.themes ?? []}
        onChange={(v) => set('themes', v)}
        options={enumOptions(THEMES, (th) => t(`enums.theme.${th}`))}
        error={errors.themes}
      />
      <TextField
        label={t('educationEdit.programme.coaches')}
        hint={t('educationEdit.programme.coachesHint')}
        value={coaches}
        onChange={(v) => {
          setCoaches(v);
          set('coaches', splitNames(v));
        }}
        error={errors.coaches ?? Object.entries(errors).find(([k]) => k.startsWith('coaches.'))?.[1]}
      />
    </FormPanel>
  );
}
