import { useTranslation } from 'react-i18next';
import { HOLIDAY_REGIONS, SBI_VERSIONS } from '../../../../shared/domain/constants';
import { fieldMessage } from '../../../../shared/i18n/fieldMessages';
import { smeInput, type SmeInput } from '../../../../shared/schemas/inputs';
import type { SmeRow } from '../../../../shared/schemas/rows';
import { call, errorMessage } from '../../api/client';
import { useIntermediaries } from '../../api/hooks';
import { FormPanel, NumberField, SelectField, TextField, useArchive, useZodForm } from '../../components/form';
import { useLang } from '../../i18n/useLang';
import { kvkTakenOnField, orNull, sizeKey, withoutStrayVersion, type SmeFormValues } from './smeForm';
import { NewIntermediary } from './NewIntermediary';

interface Props {
  /** The record being edited, or null for a new SME. */
  row: SmeRow | null;
  /** The values the form starts from (smes:get gives them for an edit). */
  initial: SmeFormValues;
  onClose: () => void;
  onSaved: (text: string, id: number) => void;
}

/** Create or edit one SME in a side panel; every message appears next to its field and nothing typed is lost. */
export function SmeForm({ row: editing, initial, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const intermediaries = useIntermediaries();
  // fte may hold half-typed text; the schema reports it, so the form's type is looser than the schema's input.
  const form = useZodForm(smeInput, initial as SmeInput);
  const { values: v, errors } = form;
  const set = <K extends keyof SmeFormValues>(k: K, value: SmeFormValues[K]) => form.set(k, value as SmeInput[K]);
  const intermediaryOptions = (intermediaries.data ?? []).map((i) => ({ value: i.id, label: `${i.name} (${t(`enums.intermediaryKind.${i.kind}`)})` }));
  // A company keeps its link to an archived intermediary: show that one too, marked, rather than a blank choice.
  const linked = initial.intermediaryId;
  if (editing?.intermediaryName && typeof linked === 'number' && !intermediaryOptions.some((o) => o.value === linked)) {
    intermediaryOptions.push({ value: linked, label: `${editing.intermediaryName} (${t('smesEdit.intermediaries.isArchived')})` });
  }
  const size = sizeKey(v.fte as SmeFormValues['fte']);

  const save = () =>
    void form.submit(async (parsed) => {
      const values = withoutStrayVersion(parsed);
      try {
        if (editing) {
          await call('smes:update', { id: editing.id, values });
          onSaved(t('smesEdit.sme.saved', { name: values.name }), editing.id);
        } else {
          const row = await call('smes:create', values);
          onSaved(t('smesEdit.sme.created', { name: row.name }), row.id);
        }
      } catch (e) {
        throw kvkTakenOnField(e);
      }
    });

  const archiver = useArchive('smes:archive');
  const archiving = archiver.busyId !== null;
  const archiveError = archiver.error ? errorMessage(archiver.error) : null;
  const archive = async (archived: boolean) => {
    if (!editing) return;
    if (await archiver.run(editing.id, archived)) {
      onSaved(t(archived ? 'smesEdit.sme.archived' : 'smesEdit.sme.restored', { name: editing.name }), editing.id);
    }
  };

  return (
    <FormPanel
      open
      wide
      title={editing ? t('smesEdit.sme.editTitle', { name: editing.name }) : t('smesEdit.sme.newTitle')}
      subtitle={editing
        ? t('smesEdit.sme.editSubtitle', { kvk: editing.kvk, count: editing.requestCount })
        : t('smesEdit.sme.newSubtitle')}
      busy={form.busy || archiving}
      formError={form.formError ?? archiveError}
      errorCount={Object.keys(errors).length}
      onSubmit={save}
      onClose={onClose}
      secondary={editing && (
        <button type="button" className="btn btn-secondary" disabled={form.busy || archiving} onClick={() => void archive(!editing.archived)}>
          {editing.archived ? t('smesEdit.sme.restore') : t('smesEdit.sme.archive')}
        </button>
      )}
    >
      <h3 className="form-section-title">{t('smesEdit.sme.sectionCompany')}</h3>
      <div className="form-grid">
        <div className="span-2">
          <TextField label={t('smesEdit.sme.name')} required autoFocus value={v.name} error={errors.name} onChange={(x) => set('name', x)} />
        </div>
        <TextField label={t('smesEdit.sme.kvk')} required value={v.kvk} error={errors.kvk} hint={t('smesEdit.sme.kvkHint')}
          onChange={(x) => set('kvk', x)} />
        <div className="sme-fte">
          <NumberField label={t('smesEdit.sme.fte')} required value={v.fte} step={0.5} min={0} max={249}
            error={errors.fte ? t('smesEdit.sme.fteInvalid') : undefined} onChange={(x) => set('fte', x)} />
          <div className="sme-size" data-testid="size-class">
            <span className="field-label">{t('smesEdit.sme.sizeClass')}</span>
            <output aria-live="polite" className={`sme-size-value size-${size}`}>{t(`smesEdit.sme.size.${size}`)}</output>
          </div>
        </div>
        <TextField label={t('smesEdit.sme.sbiCode')} value={v.sbiCode} error={errors.sbiCode} hint={t('smesEdit.sme.sbiHint')}
          onChange={(x) => set('sbiCode', orNull(x))} />
        <SelectField label={t('smesEdit.sme.sbiVersion')} value={v.sbiVersion} allowEmpty error={errors.sbiVersion}
          options={SBI_VERSIONS.map((s) => ({ value: s, label: s.replace('SBI', 'SBI ') }))} onChange={(x) => set('sbiVersion', x)} />
      </div>

      <h3 className="form-section-title">{t('smesEdit.sme.sectionAddress')}</h3>
      <div className="form-grid">
        <TextField label={t('smesEdit.sme.postcode')} value={v.postcode} error={errors.postcode} hint={t('smesEdit.sme.postcodeHint')}
          onChange={(x) => set('postcode', orNull(x))} />
        <TextField label={t('smesEdit.sme.municipality')} value={v.municipality} error={errors.municipality} onChange={(x) => set('municipality', x)} />
        <TextField label={t('smesEdit.sme.region')} value={v.region} error={errors.region} onChange={(x) => set('region', x)} />
        <SelectField label={t('smesEdit.sme.holidayRegion')} value={v.holidayRegion} allowEmpty error={errors.holidayRegion}
          options={HOLIDAY_REGIONS.map((r) => ({ value: r, label: t(`enums.holidayRegion.${r}`) }))} onChange={(x) => set('holidayRegion', x)} />
      </div>

      <h3 className="form-section-title">{t('smesEdit.sme.sectionContact')}</h3>
      <div className="form-grid">
        <div className="span-2">
          <TextField label={t('smesEdit.sme.contactName')} value={v.contactName} error={errors.contactName} onChange={(x) => set('contactName', x)} />
        </div>
        <TextField label={t('smesEdit.sme.contactEmail')} type="email" value={v.contactEmail}
          error={errors.contactEmail ? fieldMessage('field.email', lang) : undefined} onChange={(x) => set('contactEmail', x)} />
        <TextField label={t('smesEdit.sme.contactPhone')} type="tel" value={v.contactPhone} error={errors.contactPhone}
          onChange={(x) => set('contactPhone', x)} />
      </div>

      <h3 className="form-section-title">{t('smesEdit.sme.sectionOrigin')}</h3>
      <SelectField label={t('smesEdit.sme.intermediary')} value={v.intermediaryId} allowEmpty error={errors.intermediaryId}
        hint={t('smesEdit.sme.intermediaryHint')}
        options={intermediaryOptions}
        onChange={(x) => set('intermediaryId', x)} />
      <NewIntermediary onCreated={(id) => set('intermediaryId', id)} />
    </FormPanel>
  );
}
