import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/schemas/importRequests';
import { AlertIcon } from '../../components/icons';

/** What the core made of the file: CSV with its encoding and separator, or an Excel workbook. */
export function FileFacts({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  if (!preview.format) return null;
  const encodings = t('importRequests.format.encodings', { returnObjects: true }) as Record<string, string>;
  const text = preview.format === 'xlsx'
    ? t('importRequests.format.xlsx')
    : t('importRequests.format.csv', {
      encoding: encodings[preview.encoding ?? ''] ?? preview.encoding,
      delimiter: preview.delimiter === '\t' ? t('importRequests.format.tab') : `“${preview.delimiter}”`,
    });
  return <p className="import-facts" data-testid="import-format">{text}</p>;
}

/** Problems with the file as a whole: while one is shown, nothing can be imported. */
export function FileProblems({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  if (preview.fileProblems.length === 0) return null;
  return (
    <div className="alert alert-error" role="alert" data-testid="import-file-problems">
      <AlertIcon className="alert-icon" />
      <div className="alert-body">
        <strong>{t('importRequests.preview.fileProblems')}</strong>
        <ul className="import-problem-list">
          {preview.fileProblems.map((p, i) => <li key={i}>{p.message}</li>)}
        </ul>
      </div>
    </div>
  );
}

/** Advice that blocks nothing: a column that is wrong on most rows was probably guessed wrong. */
export function ColumnHints({ preview }: { preview: ImportPreview }) {
  if (preview.hints.length === 0) return null;
  return (
    <div className="alert import-hint" role="status" data-testid="import-hints">
      <AlertIcon className="alert-icon" />
      <ul className="import-problem-list import-hint-list">
        {preview.hints.map((h, i) => <li key={i}>{h.message}</li>)}
      </ul>
    </div>
  );
}
