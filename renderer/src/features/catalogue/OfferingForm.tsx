import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DURATION_UNITS, LEVELS, THEMES } from '../../../../shared/domain/constants';
import type { OfferingRow } from '../../../../shared/schemas/rows';
import { call, errorMessage } from '../../api/client';
import { useProgrammes, useTerms } from '../../api/hooks';
import {
  CheckboxGroup, FormPanel, NumberField, SelectField, TextAreaField, TextField, useArchive, useZodForm,
} from '../../components/form';
import { useLang } from '../../i18n/useLang';
import { LinkPicker } from './LinkPicker';
import { effortOnHoursField, numberError, offeringForm, toInput, type OfferingFormValues } from './offeringForm';
import { programmeGroups, termGroups } from './offeringGroups';

type FormInput = z.input<typeof offeringForm>;

interface Props {
  row: OfferingRow | null;
  initial: OfferingFormValues;
  onClose: () => void;
  onSaved: (text: string, id: number) => void;
}

/** Create or edit one menukaart item: what it is, how big, which programmes deliver it and in which terms. */
export function OfferingForm({ row, initial, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const programmes = useProgrammes();
  const terms = useTerms();
  // Numbers may hold half-typed text and the theme may be unset: the schema reports both next to the field.
  const form = useZodForm(offeringForm, initial as FormInput);
  const { errors } = form;
  const v = form.values as OfferingFormValues;
  const set = <K extends keyof OfferingFormValues>(k: K, value: OfferingFormValues[K]) => form.set(k, value as FormInput[K]);
  const archiver = useArchive('offerings:archive');
  const archiving = archiver.busyId !== null;
  const archiveError = archiver.error ? errorMessage(archiver.error) : null;

  const programmeList = useMemo(
    () => programmeGroups(programmes.data ?? [], initial.programmeIds ?? [], v.levels ?? [], t),
    [programmes.data, initial.programmeIds, v.levels, t],
  );
  const termList = useMemo(() => termGroups(terms.data ?? [], initial.termIds ?? [], t, lang), [terms.data, initial.termIds, t, lang]);

  const save = () =>
    void form.submit(async (parsed) => {
      const values = toInput(parsed);
      try {
        if (row) {
          await call('offerings:update', { id: row.id, values });
          onSaved(t('smesEdit.offering.saved', { name: parsed.name }), row.id);
        } else {
          const { id } = await call('offerings:create', values);
          onSaved(t('smesEdit.offering.created', { name: parsed.name }), id);
        }
      } catch (e) {
        throw effortOnHoursField(e);
      }
    });

  const archive = async (archived: boolean) => {
    if (!row) return;
    if (await archiver.run(row.id, archived)) {
      onSaved(t(archived ? 'smesEdit.offering.archived' : 'smesEdit.offering.restored', { name: row.name }), row.id);
    }
  };

  return (
    <FormPanel
      open
      wide
      title={row ? t('smesEdit.offering.editTitle', { name: row.name }) : t('smesEdit.offering.newTitle')}
      subtitle={row ? t('smesEdit.offering.editSubtitle', { count: row.requestCount }) : t('smesEdit.offering.newSubtitle')}
      busy={form.busy || archiving}
      formError={form.formError ?? archiveError}
      errorCount={Object.keys(errors).length}
      onSubmit={save}
      onClose={onClose}
      secondary={row && (
        <button type="button" className="btn btn-secondary" disabled={form.busy || archiving} onClick={() => void archive(!row.archived)}>
          {row.archived ? t('smesEdit.offering.restore') : t('smesEdit.offering.archive')}
        </button>
      )}
    >
      <h3 className="form-section-title">{t('smesEdit.offering.sectionWhat')}</h3>
      <div className="form-grid">
        <TextField label={t('smesEdit.offering.name')} required autoFocus value={v.name} error={errors.name} onChange={(x) => set('name', x)} />
        <SelectField label={t('smesEdit.offering.theme')} required value={v.theme}
          error={errors.theme ? t('smesEdit.offering.themeRequired') : undefined}
          options={THEMES.map((th) => ({ value: th, label: t(`enums.theme.${th}`) }))} onChange={(x) => set('theme', x)} />
        <div className="span-2">
          <TextAreaField label={t('smesEdit.offering.description')} hint={t('smesEdit.offering.descriptionHint')} value={v.description}
            error={errors.description} onChange={(x) => set('description', x)} />
        </div>
      </div>

      <h3 className="form-section-title">{t('smesEdit.offering.sectionSize')}</h3>
      <div className="offering-size">
        <NumberField label={t('smesEdit.offering.durationValue')} required value={v.durationValue} min={1} max={60}
          error={numberError(errors.durationValue, v.durationValue, lang)} onChange={(x) => set('durationValue', x)} />
        <SelectField label={t('smesEdit.offering.durationUnit')} value={v.durationUnit}
          options={DURATION_UNITS.map((u) => ({ value: u, label: t(`enums.durationUnit.${u}`) }))}
          onChange={(x) => set('durationUnit', x ?? 'weeks')} />
        <NumberField label={t('smesEdit.offering.effortHours')} required value={v.effortHours} min={0}
          hint={t('smesEdit.offering.effortHint')} error={numberError(errors.effortHours, v.effortHours, lang)}
          onChange={(x) => set('effortHours', x)} />
        <NumberField label={t('smesEdit.offering.teamSize')} required value={v.teamSize} min={1} max={20}
          error={numberError(errors.teamSize, v.teamSize, lang)} onChange={(x) => set('teamSize', x)} />
      </div>

      <h3 className="form-section-title">{t('smesEdit.offering.sectionWho')}</h3>
      <CheckboxGroup label={t('smesEdit.offering.levels')} required value={v.levels ?? []} error={errors.levels}
        options={LEVELS.map((l) => ({ value: l, label: t(`enums.level.${l}`) }))} onChange={(x) => set('levels', x)} />
      <LinkPicker legend={t('smesEdit.offering.programmes')} hint={t('smesEdit.offering.programmesHint')}
        empty={t('smesEdit.offering.programmesNone')} groups={programmeList} value={v.programmeIds ?? []}
        onChange={(ids) => set('programmeIds', ids)} testId="pick-programmes" />

      <h3 className="form-section-title">{t('smesEdit.offering.sectionWhen')}</h3>
      <LinkPicker legend={t('smesEdit.offering.terms')} hint={t('smesEdit.offering.termsHint')}
        empty={t('smesEdit.offering.termsNone')} groups={termList} value={v.termIds ?? []}
        onChange={(ids) => set('termIds', ids)} testId="pick-terms" />
    </FormPanel>
  );
}
