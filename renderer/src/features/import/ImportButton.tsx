import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportDialog } from './ImportDialog';

/** "Importeren" on the Aanvragen screen: opens the import of requests and SMEs. */
export function ImportButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn btn-secondary" onClick={() => setOpen(true)} data-testid="import-open">
        {t('importRequests.open')}
      </button>
      {open && <ImportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
