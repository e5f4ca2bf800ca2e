import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMappingInput, ImportResult } from '../../../../shared/schemas/importRequests';
import { cancelTask } from '../../api/tasks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ProgressBar } from '../../components/ProgressBar';
import { DoneStep } from './DoneStep';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import type { PickedFile } from './readFile';
import { useImportPreview } from './useImportPreview';
import './import.css';

const STEPS = ['file', 'mapping', 'preview', 'done'] as const;
type Step = (typeof STEPS)[number];

/**
 * The import as a modal in four steps: pick a file, check the guessed columns, see every row's problems and
 * choose all-or-nothing or valid-only, then the result. Nothing is written before the last button.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<PickedFile | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ImportMappingInput>({});
  const [dateOrder, setDateOrder] = useState<'dmy' | 'mdy' | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const preview = useImportPreview(file ? { file, sheet, mapping, dateOrder } : null);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => { if (d?.open) d.close(); };
  }, []);
  // A fresh file starts over: its columns are guessed anew and shown for checking.
  const choose = (f: PickedFile) => {
    setFile(f);
    setSheet(null);
    setMapping({});
    setDateOrder(null);
    setStep('mapping');
  };
  const restart = () => {
    setFile(null);
    setResult(null);
    setStep('file');
  };
  const stepIndex = STEPS.indexOf(step);

  return (
    <dialog ref={ref} className="import-dialog" aria-labelledby={titleId} data-testid="import-dialog"
      onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <header className="import-header">
        <div>
          <h2 id={titleId}>{t('importRequests.title')}</h2>
          <p className="import-subtitle">{t('importRequests.subtitle')}</p>
        </div>
        <ol className="import-steps" aria-label={t('importRequests.steps.label')}>
          {STEPS.map((s, i) => (
            <li key={s} className={i === stepIndex ? 'is-current' : i < stepIndex ? 'is-done' : undefined}
              aria-current={i === stepIndex ? 'step' : undefined}>
              <span className="import-step-number" aria-hidden="true">{i + 1}</span>
              {t(`importRequests.steps.${s}`)}
            </li>
          ))}
        </ol>
        <button type="button" className="btn btn-ghost btn-icon" onClick={onClose} aria-label={t('importRequests.close')}>×</button>
      </header>
      <div className="import-body">
        {preview.taskId && step !== 'done' && (
          <ProgressBar taskId={preview.taskId} label={t('importRequests.file.reading')} onCancel={() => void cancelTask(preview.taskId!)} />
        )}
        {preview.error !== null && step !== 'file' && <ErrorAlert error={preview.error} />}
        {step === 'file' && <FileStep onChosen={choose} />}
        {step === 'mapping' && preview.data && file && (
          <MappingStep
            preview={preview.data}
            busy={preview.taskId !== null}
            onSheet={(s) => { setSheet(s); setMapping({}); }}
            onMap={(field, column) => setMapping((m) => ({ ...m, [field]: column }))}
            onDateOrder={setDateOrder}
            onBack={restart}
            onNext={() => setStep('preview')}
          />
        )}
        {step === 'preview' && preview.data && file && (
          <PreviewStep
            preview={preview.data}
            busy={preview.taskId !== null}
            commitInput={{ file: { name: file.name, base64: file.base64 }, sheet, mapping, dateOrder }}
            onBack={() => setStep('mapping')}
            onDone={(r) => { setResult(r); setStep('done'); }}
          />
        )}
        {step === 'done' && result && <DoneStep result={result} onAnother={restart} onClose={onClose} />}
      </div>
    </dialog>
  );
}
