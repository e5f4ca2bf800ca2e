import { keepPreviousData, useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { PlannerData } from '../../../../shared/schemas/planner';
import { call, type ApiError } from '../../api/client';

/** The core takes at most this many terms per snapshot (a whole year of the large demo has more). */
const TERMS_PER_CALL = 50;

const CHANNEL = 'planner:data';

function merge(parts: readonly PlannerData[]): PlannerData {
  if (parts.length === 1) return parts[0]!;
  const requests = new Map<number, PlannerData['requests'][number]>();
  const unplanned = new Set<number>();
  const out: PlannerData = { terms: [], teams: [], cohorts: [], requests: [], assignments: [], unplannedIds: [], warnings: {} };
  for (const p of parts) {
    out.terms.push(...p.terms);
    out.teams.push(...p.teams);
    out.cohorts.push(...p.cohorts);
    out.assignments.push(...p.assignments);
    for (const r of p.requests) requests.set(r.id, r);
    for (const id of p.unplannedIds) unplanned.add(id);
    Object.assign(out.warnings, p.warnings);
  }
  out.requests = [...requests.values()];
  out.unplannedIds = [...unplanned];
  return out;
}

/**
 * The planning snapshot of the chosen terms, in one query per 50 terms, merged. The query keys follow the app's
 * [channel, input] scheme, so data:changed refetches them like every other screen; while new terms load, the
 * previous picture stays on screen.
 */
export function usePlannerData(termIds: readonly number[]) {
  const queryClient = useQueryClient();
  const chunks = useMemo(() => {
    const out: number[][] = [];
    for (let i = 0; i < termIds.length; i += TERMS_PER_CALL) out.push(termIds.slice(i, i + TERMS_PER_CALL));
    return out;
  }, [termIds]);
  const combined = useQueries({
    queries: chunks.map((ids) => ({
      queryKey: [CHANNEL, { termIds: ids }],
      queryFn: () => call(CHANNEL, { termIds: ids }),
      placeholderData: keepPreviousData,
    })),
    combine,
  });
  const refetch = useCallback(() => queryClient.refetchQueries({ queryKey: [CHANNEL], type: 'active' }), [queryClient]);
  return { ...combined, isPending: combined.isPending && chunks.length > 0, refetch };
}

/** One snapshot from the parts; a single part (the usual case) keeps its identity, so nothing recomputes. */
function combine(results: UseQueryResult<PlannerData, Error>[]) {
  const parts = results.map((r) => r.data);
  const ready = parts.every((p): p is PlannerData => p !== undefined);
  return {
    data: ready && parts.length > 0 ? merge(parts as PlannerData[]) : undefined,
    error: (results.find((r) => r.error)?.error ?? null) as ApiError | Error | null,
    isPending: !ready,
    isFetching: results.some((r) => r.isFetching),
  };
}
