import { useCallback, useState } from 'react';
import type { Channel } from '../../../../shared/ipc/channels';
import { call } from '../../api/client';

/** Every channel that archives or restores a record by id. */
export type ArchiveChannel = Extract<Channel, `${string}:archive`>;

/**
 * Archives or restores one record. The core announces the change and every list refetches, so the hook
 * only tracks which record is busy and the last error, to show above the table.
 */
export function useArchive(channel: ArchiveChannel) {
  const [busyId, setBusyId] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(
    async (id: number, archived: boolean): Promise<boolean> => {
      setBusyId(id);
      setError(null);
      try {
        await call(channel, { id, archived });
        return true;
      } catch (e) {
        setError(e);
        return false;
      } finally {
        setBusyId(null);
      }
    },
    [channel],
  );
  return { run, busyId, error };
}
