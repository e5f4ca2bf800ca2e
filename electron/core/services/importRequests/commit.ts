import type { Database } from 'better-sqlite3';
import type { ImportResult } from '../../../../shared/schemas/importRequests';
import type { TaskHandle } from '../../ipc/tasks';
import { createRequest } from '../requestsWrite';
import { createSme, smeWithValues } from '../smes';
import { updateSme } from '../smesWrite';
import type { PlannedRow } from './analyse';
import type { SmeValues } from './rowCheck';

// The writes of an import, through the same services the forms use (createSme, updateSme, createRequest), so the
// rules and the change log are the ones of a hand-made record. The caller runs this inside one ctx.action.

/** Details an import may fill in on an SME that lacks them; what is already there is never overwritten. */
const FILLABLE = ['postcode', 'municipality', 'sbiCode', 'contactName', 'contactEmail', 'contactPhone', 'intermediaryId'] as const;

export function writePlan(db: Database, plan: readonly PlannedRow[], skipped: number, task: TaskHandle): ImportResult {
  const created = new Map<string, number>();
  const updated = new Set<number>();
  plan.forEach((row, i) => {
    let smeId = row.existingId ?? created.get(row.kvk);
    if (smeId === undefined) {
      smeId = createSme(db, row.sme).id;
      created.set(row.kvk, smeId);
    } else if (fillEmpty(db, smeId, row.sme) && row.existingId !== null) updated.add(smeId);
    createRequest(db, { ...row.request, smeId });
    if (i % 500 === 0) task.progress(i, plan.length);
  });
  task.progress(plan.length, plan.length);
  return { requests: plan.length, newSmes: created.size, updatedSmes: updated.size, skipped };
}

/** Fills the SME's empty details from the imported row; true when something changed. */
function fillEmpty(db: Database, id: number, imported: SmeValues): boolean {
  const current = smeWithValues(db, id).values as SmeValues;
  const next: SmeValues = { ...current };
  let changed = false;
  for (const k of FILLABLE) {
    if ((current[k] === null || current[k] === undefined) && imported[k] !== null && imported[k] !== undefined) {
      (next as Record<string, unknown>)[k] = imported[k];
      changed = true;
    }
  }
  if (changed) updateSme(db, id, next);
  return changed;
}
