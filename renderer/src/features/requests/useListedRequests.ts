import { useMemo, useState } from 'react';
import type { RequestRow } from '../../../../shared/schemas/rows';
import { useApiQuery, useRequests } from '../../api/hooks';

/** A request as the screen lists it; archived ones come from requests:archived and only when asked for. */
export type ListedRequest = RequestRow & { archived: boolean };

/**
 * The pipeline's requests plus, when "show archived" is on, the archived ones marked as such. The board and the
 * status counts use the active ones only: an archived request is out of the pipeline until it is restored.
 */
export function useListedRequests() {
  const requests = useRequests();
  const archivedQuery = useApiQuery('requests:archived');
  const [showArchived, setShowArchived] = useState(false);
  const active = useMemo(() => requests.data?.map((r) => ({ ...r, archived: false })), [requests.data]);
  const archived = useMemo(() => archivedQuery.data?.map(({ archivedAt: _a, ...r }) => ({ ...r, archived: true })), [archivedQuery.data]);
  const all = useMemo(() => (active ? [...active, ...(archived ?? [])] : undefined), [active, archived]);
  const listed = showArchived ? all : active;
  const byId = useMemo(() => new Map((all ?? []).map((r) => [r.id, r])), [all]);
  return {
    requests, archivedQuery, active, listed, byId,
    archivedCount: archived?.length ?? 0, showArchived, setShowArchived,
  };
}
