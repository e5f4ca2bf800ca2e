import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCORE_PARTS, type ScorePart, type Weights } from '../../../../shared/domain/suggest/weights';
import type { SuggestSettings } from '../../../../shared/schemas/suggest';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showToast } from '../../components/history';
import './suggest-weights.css';

const same = (a: Weights, b: Weights) => SCORE_PARTS.every((p) => a[p] === b[p]);

/**
 * Instellingen › the weights of the suggestion score. A preset applies at once; own weights are edited with a
 * slider per part and saved together. Hard rules are not weights: they always apply.
 */
export function SuggestWeights() {
  const { t } = useTranslation();
  const settings = useApiQuery('suggest:settings');
  const save = useApiMutation('suggest:setWeights');
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Weights | null>(null);
  // The stored value goes into the cache at once, so the sliders never flash back before data:changed refetches.
  const onSaved = (value: SuggestSettings) => {
    queryClient.setQueryData(['suggest:settings', null], value);
    setDraft(null);
    showToast(t('suggest.weights.saved'));
  };
  const saved = settings.data;
  const weights = draft ?? saved?.weights ?? null;
  const dirty = !!(draft && saved && !same(draft, saved.weights));

  const choose = (preset: SuggestSettings['presets'][number]) => {
    setDraft(null);
    save.mutate({ preset: preset.name }, { onSuccess: onSaved });
  };
  const store = () => {
    if (!draft) return;
    save.mutate({ weights: draft }, { onSuccess: onSaved });
  };
  const active = dirty ? 'custom' : saved?.preset;

  return (
    <Card title={t('suggest.weights.title')}>
      <div className="sw" data-testid="suggest-weights">
        <p className="field-help sw-intro">{t('suggest.weights.intro')}</p>
        {settings.error && <ErrorAlert error={settings.error} />}
        {saved && weights && (
          <>
            <fieldset className="sw-presets">
              <legend className="sw-legend">{t('suggest.weights.preset')}</legend>
              <div className="segmented" role="group">
                {saved.presets.map((p) => (
                  <button key={p.name} type="button" aria-pressed={active === p.name} onClick={() => choose(p)} data-testid={`weights-preset-${p.name}`}>
                    {p.label}
                  </button>
                ))}
                <button type="button" aria-pressed={active === 'custom'} disabled={active !== 'custom'} tabIndex={active === 'custom' ? 0 : -1}>
                  {t('suggest.weights.custom')}
                </button>
              </div>
            </fieldset>
            <div className="sw-rows">
              {SCORE_PARTS.map((part) => (
                <WeightRow key={part} part={part} value={weights[part]} onChange={(v) => setDraft({ ...weights, [part]: v })} />
              ))}
            </div>
            <div className="sw-foot">
              {dirty && <span className="sw-unsaved" role="status">{t('suggest.weights.unsaved')}</span>}
              {dirty && (
                <button type="button" className="btn btn-ghost btn-sm" onClick={() => setDraft(null)}>
                  {t('suggest.weights.reset', { preset: saved.preset === 'custom' ? t('suggest.weights.custom') : saved.presets.find((p) => p.name === saved.preset)?.label })}
                </button>
              )}
              <button type="button" className="btn btn-primary btn-sm" disabled={!dirty || save.isPending} onClick={store} data-testid="weights-save">
                {t('suggest.weights.save')}
              </button>
            </div>
            {save.error && <ErrorAlert error={save.error} />}
          </>
        )}
      </div>
    </Card>
  );
}

function WeightRow({ part, value, onChange }: { part: ScorePart; value: number; onChange: (v: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="sw-row" data-testid={`weight-${part}`}>
      <div className="sw-row-head">
        <label htmlFor={id} className="sw-label">{t(`suggest.parts.${part}`)}</label>
        <output htmlFor={id} className="sw-value">{value}</output>
      </div>
      <input id={id} type="range" min={0} max={10} step={1} value={value} onChange={(e) => onChange(Number(e.target.value))}
        aria-describedby={`${id}-help`} className="sw-range" />
      <p id={`${id}-help`} className="sw-help">{t(`suggest.weights.help.${part}`)}</p>
    </div>
  );
}
