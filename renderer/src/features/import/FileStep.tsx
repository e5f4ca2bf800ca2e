import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readPickedFile, type PickedFile } from './readFile';

/** Step 1: pick (or drop) the export. Reading happens in the page; checking it is the core's job. */
export function FileStep({ onChosen }: { onChosen: (file: PickedFile) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const pick = async (f: File | undefined) => {
    setError(null);
    if (!f) return;
    try {
      onChosen(await readPickedFile(f));
    } catch {
      setError(t('importRequests.file.tooLarge'));
    }
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void pick(e.dataTransfer.files[0]);
  };
  const tips = t('importRequests.file.tips', { returnObjects: true }) as string[];
  return (
    <section className="import-file">
      <label htmlFor={id} className={`import-drop${over ? ' is-over' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop}>
        <span className="import-drop-title">{t('importRequests.file.pick')}</span>
        <span className="import-drop-help">{t('importRequests.file.help')}</span>
        <span className="btn btn-primary import-drop-button" aria-hidden="true">{t('importRequests.file.button')}</span>
        <input id={id} type="file" accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="sr-only" data-testid="import-file" onChange={(e) => void pick(e.target.files?.[0])} />
      </label>
      {error && <div className="alert alert-error" role="alert">{error}</div>}
      <div className="import-tips">
        <h3 className="import-h3">{t('importRequests.file.tipsTitle')}</h3>
        <ul>{tips.map((tip) => <li key={tip}>{tip}</li>)}</ul>
      </div>
    </section>
  );
}
