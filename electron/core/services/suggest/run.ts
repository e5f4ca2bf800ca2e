import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { Language } from '../../../../shared/domain/constants';
import { propose, type Proposal } from '../../../../shared/domain/suggest/propose';
import { isoDate } from '../../../../shared/domain/weeks';
import type { suggestRunInput } from '../../../../shared/schemas/suggest';
import { loadSnapshot } from '../planner/snapshot';
import { currentWeights } from './weights';

/** A solve may search this long before it returns its best plan marked "not proven optimal". */
export const SUGGEST_TIME_LIMIT_MS = 20_000;

/**
 * One proposal: the planner's snapshot of the terms (the same one planner:data shows) into the pure solver.
 * Nothing is written; accepting goes through suggest:accept.
 */
export function runSuggest(db: Database, input: z.output<typeof suggestRunInput>, lang: Language): Proposal {
  const today = input.today ?? isoDate(new Date());
  const snapshot = loadSnapshot(db, input.termIds);
  const { instance: _i, result: _r, ...proposal } = propose(snapshot, {
    weights: input.weights ?? currentWeights(db), today, language: lang, requestIds: input.requestIds,
    timeLimitMs: SUGGEST_TIME_LIMIT_MS,
  });
  return proposal;
}
