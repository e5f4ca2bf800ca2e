import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../../../shared/i18n/fieldMessages';
import { spotSmeInput, type SpotSmeInput } from '../../../../shared/schemas/events';
import type { SmeRow } from '../../../../shared/schemas/rows';
import { NumberField, TextField, type FieldErrors } from '../../components/form';
import { useLang } from '../../i18n/useLang';

interface Props {
  /** The register, to say at once when a KvK number is known already (and offer that company instead). */
  register: readonly SmeRow[];
  /** KvK numbers already added on the spot in this form. */
  pendingKvks: readonly string[];
  onAdd: (sme: SpotSmeInput) => void;
  onPickExisting: (id: number) => void;
}

const EMPTY = { name: '', kvk: '', fte: null as number | string | null, postcode: '' };

/**
 * A company that walks in without being in the register: name, KvK number, fte (for the size class) and an
 * optional postcode. It lives inside the event's form, so Enter here adds the company instead of saving the event.
 */
export function SpotSmeForm({ register, pendingKvks, onAdd, onPickExisting }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [v, setV] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const normalised = v.kvk.replace(/\D/g, '');
  const existing = normalised.length === 8 ? register.find((s) => s.kvk === normalised && !s.archived) ?? null : null;

  const set = <K extends keyof typeof EMPTY>(k: K, value: (typeof EMPTY)[K]) => {
    setV((old) => ({ ...old, [k]: value }));
    setErrors((e) => { const { [k]: _, ...rest } = e; return rest; });
  };

  const add = () => {
    const parsed = spotSmeInput.safeParse({ ...v, fte: v.fte ?? undefined });
    if (!parsed.success) {
      const out: FieldErrors = {};
      for (const i of parsed.error.issues) {
        const k = String(i.path[0]);
        if (!(k in out)) out[k] = k === 'fte' ? t('smesEdit.sme.fteInvalid') : fieldMessage(i.message, lang);
      }
      setErrors(out);
      return;
    }
    if (existing || pendingKvks.includes(parsed.data.kvk)) {
      setErrors({ kvk: t('eventsEdit.form.spot.exists', { name: existing?.name ?? v.name }) });
      return;
    }
    onAdd(parsed.data);
    setV(EMPTY);
    setErrors({});
  };
  const enterAdds = (e: KeyboardEvent) => {
    if (e.key === 'Enter') { e.preventDefault(); add(); }
  };

  return (
    <fieldset className="spot-sme" onKeyDown={enterAdds}>
      <legend className="spot-sme-title">{t('eventsEdit.form.spot.title')}</legend>
      <p className="field-hint">{t('eventsEdit.form.spot.help')}</p>
      <div className="form-grid">
        <div className="span-2">
          <TextField label={t('eventsEdit.form.spot.name')} required value={v.name} error={errors.name} onChange={(x) => set('name', x)} />
        </div>
        <TextField label={t('eventsEdit.form.spot.kvk')} required value={v.kvk} hint={t('smesEdit.sme.kvkHint')}
          error={errors.kvk ?? (existing ? t('eventsEdit.form.spot.exists', { name: existing.name }) : undefined)} onChange={(x) => set('kvk', x)} />
        <NumberField label={t('eventsEdit.form.spot.fte')} required value={v.fte} step={0.5} min={0} max={249}
          hint={t('eventsEdit.form.spot.fteHint')} error={errors.fte} onChange={(x) => set('fte', x)} />
        <TextField label={t('eventsEdit.form.spot.postcode')} value={v.postcode} hint={t('smesEdit.sme.postcodeHint')}
          error={errors.postcode} onChange={(x) => set('postcode', x)} />
      </div>
      <div className="spot-sme-actions">
        {existing ? (
          <button type="button" className="btn btn-secondary" onClick={() => { onPickExisting(existing.id); setV(EMPTY); }}>
            {t('eventsEdit.form.spot.pickExisting', { name: existing.name })}
          </button>
        ) : (
          <button type="button" className="btn btn-secondary" onClick={add}>{t('eventsEdit.form.spot.add')}</button>
        )}
      </div>
    </fieldset>
  );
}
