import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { Channel } from '../../../shared/ipc/channels';
import type { InputOf, OutputOf } from '../../../shared/ipc/contract';
import { call, type ApiError } from './client';

type QueryOptions<C extends Channel> = Omit<UseQueryOptions<OutputOf<C>, ApiError>, 'queryKey' | 'queryFn'>;

/** One query per channel and input: the key is [channel, input] so each distinct input is cached apart. */
export function useApiQuery<C extends Channel>(channel: C, input?: InputOf<C>, options?: QueryOptions<C>) {
  return useQuery<OutputOf<C>, ApiError>({
    queryKey: [channel, input ?? null],
    queryFn: () => call(channel, input),
    ...options,
  });
}

export function useApiMutation<C extends Channel>(channel: C) {
  return useMutation<OutputOf<C>, ApiError, InputOf<C> | undefined>({
    mutationFn: (input) => call(channel, input),
  });
}

export const useAppInfo = () => useApiQuery('app:info');
export const useSettings = () => useApiQuery('settings:get');
export const useSchools = () => useApiQuery('schools:list');
export const useProgrammes = () => useApiQuery('programmes:list');
export const useTerms = () => useApiQuery('terms:list');
export const useTermWeeks = (termId: number | null) =>
  useApiQuery('terms:weeks', { termId: termId ?? 0 }, { enabled: termId !== null });
export const useCohorts = (termId?: number) => useApiQuery('cohorts:list', termId ? { termId } : {});
/** Cohorts of one term only; waits until a term is chosen. */
export const useTermCohorts = (termId: number | null) =>
  useApiQuery('cohorts:list', { termId: termId ?? 0 }, { enabled: termId !== null });
export const useOfferings = () => useApiQuery('offerings:list');
export const useIntermediaries = () => useApiQuery('intermediaries:list');
export const useSmes = () => useApiQuery('smes:list');
export const useRequests = () => useApiQuery('requests:list');
export const useAssignments = (termId: number | null) =>
  useApiQuery('assignments:list', { termId: termId ?? 0 }, { enabled: termId !== null });
export const useStaff = () => useApiQuery('staff:list');
export const useMonthlyCosts = (from: string, to: string) => useApiQuery('costs:monthly', { from, to });
export const useFunders = () => useApiQuery('funders:list');
export const useEvents = () => useApiQuery('events:list');
export const useReportSummary = (from: string, to: string) => useApiQuery('reports:summary', { from, to });

/** Sets the demo aside and opens an empty workspace; everything cached belonged to the old file. */
export function useStartEmpty() {
  const queryClient = useQueryClient();
  return useMutation<OutputOf<'workspace:startEmpty'>, ApiError, void>({
    mutationFn: () => call('workspace:startEmpty'),
    onSuccess: () => queryClient.resetQueries(),
  });
}

export function useSetLanguage() {
  return useApiMutation('settings:set');
}
