import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { HOLIDAY_REGIONS, SCHOOL_KINDS, type HolidayRegion, type SchoolKind } from '../../../../shared/domain/constants';
import { schoolInput } from '../../../../shared/schemas/masterInputs';
import type { SchoolRow } from '../../../../shared/schemas/rows';
import { call } from '../../api/client';
import { FormPanel, SelectField, TextField, useZodForm } from '../../components/form';
import { enumOptions, onField, pickError } from './formHelpers';

type Values = z.input<typeof schoolInput>;

// A new school starts without kind and region: both matter (the region decides the holidays), so no guess.
const initialOf = (s: SchoolRow | null): Values =>
  ({
    name: s?.name ?? '',
    shortName: s?.shortName ?? '',
    kind: s?.kind,
    brin: s?.brin ?? '',
    holidayRegion: s?.holidayRegion,
    municipality: s?.municipality ?? '',
    contactName: s?.contactName ?? '',
    contactEmail: s?.contactEmail ?? '',
  }) as Values;

interface Props {
  school: SchoolRow | null;
  onClose: () => void;
  onArchive: (archived: boolean) => void;
}

/** Create or edit a school in a side panel. */
export function SchoolForm({ school, onClose, onArchive }: Props) {
  const { t } = useTranslation();
  const { values, set, errors, formError, busy, submit } = useZodForm(schoolInput, initialOf(school));
  const save = async () => {
    const ok = await submit((v) =>
      onField(school ? call('schools:update', { id: school.id, values: v }) : call('schools:create', v), { brin_taken: 'brin' }),
    );
    if (ok) onClose();
  };
  const text = (field: 'name' | 'shortName' | 'brin' | 'municipality' | 'contactName' | 'contactEmail') => ({
    value: values[field] as string | null | undefined,
    onChange: (v: string) => set(field, v),
    error: errors[field],
  });
  return (
    <FormPanel
      open
      title={t(school ? 'educationEdit.school.titleEdit' : 'educationEdit.school.titleNew')}
      subtitle={school?.name}
      busy={busy}
      formError={formError}
      errorCount={Object.keys(errors).length}
      onSubmit={() => void save()}
      onClose={onClose}
      secondary={school && (
        <button type="button" className="btn btn-secondary" onClick={() => onArchive(!school.archived)} disabled={busy}>
          {t(school.archived ? 'forms.restore' : 'forms.archive')}
        </button>
      )}
    >
      <TextField label={t('educationEdit.school.name')} required autoFocus {...text('name')} />
      <div className="form-grid">
        <TextField label={t('educationEdit.school.shortName')} {...text('shortName')} />
        <TextField label={t('educationEdit.school.brin')} required hint={t('educationEdit.school.brinHint')} {...text('brin')} />
        <SelectField<SchoolKind>
          label={t('educationEdit.school.kind')}
          required
          value={values.kind}
          onChange={(v) => set('kind', v as SchoolKind)}
          options={enumOptions(SCHOOL_KINDS, (k) => t(`enums.schoolKind.${k}`))}
          error={pickError(t, values.kind, errors.kind)}
        />
        <SelectField<HolidayRegion>
          label={t('educationEdit.school.region')}
          required
          value={values.holidayRegion}
          onChange={(v) => set('holidayRegion', v as HolidayRegion)}
          options={enumOptions(HOLIDAY_REGIONS, (r) => t(`enums.holidayRegion.${r}`))}
          error={pickError(t, values.holidayRegion, errors.holidayRegion)}
          hint={t('educationEdit.school.regionHint')}
        />
        <TextField label={t('educationEdit.school.municipality')} {...text('municipality')} />
      </div>
      <h3 className="form-section-title">{t('educationEdit.school.contact')}</h3>
      <div className="form-grid">
        <TextField label={t('educationEdit.school.contactName')} {...text('contactName')} />
        <TextField label={t('educationEdit.school.contactEmail')} type="email" {...text('contactEmail')} />
      </div>
    </FormPanel>
  );
}
