import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/schemas/rows';
import { useStartEmpty } from '../api/hooks';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorAlert } from './ErrorAlert';
import { UndoRedoControls } from './history/UndoRedoControls';
import { DatabaseIcon, InfoIcon } from './icons';

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Header with the workspace file and, for a demo workspace, the banner that offers a clean start. */
export function TopBar({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  return (
    <>
      <header className="topbar">
        <div className="workspace" title={info.workspaceFile} data-testid="workspace-name">
          <DatabaseIcon size={16} />
          <span className="workspace-label">{t('header.workspace')}:</span>
          <span className="workspace-file">{fileName(info.workspaceFile)}</span>
        </div>
        {info.isDemo && <span className="chip chip-warning">{t('demo.title')}</span>}
        <UndoRedoControls />
      </header>
      {info.isDemo && <DemoBanner scale={info.demoScale} />}
    </>
  );
}

export function StartEmptyButton({ className }: { className?: string }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const startEmpty = useStartEmpty();
  return (
    <>
      <button type="button" className={className ?? 'btn btn-primary'} onClick={() => setConfirming(true)}>
        {t('demo.startEmpty')}
      </button>
      {startEmpty.error && <ErrorAlert error={startEmpty.error} />}
      <ConfirmDialog
        open={confirming}
        title={t('demo.confirmTitle')}
        text={t('demo.confirmText')}
        confirmLabel={t('demo.confirm')}
        busy={startEmpty.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => startEmpty.mutate(undefined, { onSettled: () => setConfirming(false) })}
      />
    </>
  );
}

function DemoBanner({ scale }: { scale: AppInfo['demoScale'] }) {
  const { t } = useTranslation();
  return (
    <div className="demo-banner" role="region" aria-label={t('demo.title')} data-testid="demo-banner">
      <InfoIcon size={20} />
      <div className="demo-text">
        <strong>{t('demo.title')}</strong>
        <span>{t('demo.text', { scale: scale ? t(`enums.demoScale.${scale}`) : '—' })}</span>
      </div>
      <StartEmptyButton />
    </div>
  );
}
