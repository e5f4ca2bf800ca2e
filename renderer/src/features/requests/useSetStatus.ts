import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { RequestStatus } from '../../../../shared/domain/constants';
import type { RequestRow } from '../../../../shared/schemas/rows';
import { call } from '../../api/client';

const LIST_KEY = ['requests:list', null] as const;

/**
 * Changes a request's status with the card already in its new place (optimistic), so a drop does not flicker
 * back while the core saves. The core then announces the write and the list is refetched from the database;
 * on an error the list is refetched at once, which puts the card back where it was. Throws on an error so the
 * caller can say what went wrong where the user is looking.
 */
export function useSetStatus() {
  const queryClient = useQueryClient();
  const [savingId, setSavingId] = useState<number | null>(null);

  const setStatus = useCallback(
    async (row: Pick<RequestRow, 'id'>, status: RequestStatus, reason?: string | null) => {
      // A refetch that started before this change would bring the old status back: drop it.
      await queryClient.cancelQueries({ queryKey: LIST_KEY });
      queryClient.setQueryData<RequestRow[]>([...LIST_KEY], (rows) =>
        rows?.map((r) => (r.id === row.id ? { ...r, status, statusReason: reason ?? null } : r)),
      );
      setSavingId(row.id);
      try {
        await call('requests:setStatus', { requestId: row.id, status, reason: reason ?? null });
      } catch (e) {
        void queryClient.invalidateQueries({ queryKey: LIST_KEY });
        throw e;
      } finally {
        setSavingId(null);
      }
    },
    [queryClient],
  );

  return { setStatus, savingId };
}
