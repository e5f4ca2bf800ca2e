import { candidateAt, type SuggestInstance } from './candidates';
import type { Instance } from './instance';

// Two ways out of the model: the JSON dump the CLI writes (`suggest --dump-instance`), readable by any MIP
// tool, and CPLEX LP text for HiGHS (tests and benchmark compare our optimum with it on the same instance).

export interface InstanceDump {
  candidates: { id: number; request: number; team: number; teams: number[]; startWeek: string; endWeek: string; score: number }[];
  constraints: { name: string; candidates: number[]; max: number }[];
  chosen: number[];
  objective: number;
}

export function dumpInstance(si: SuggestInstance, chosen: readonly number[], objective: number): InstanceDump {
  const inst = si.instance;
  const byReq = new Map<number, number[]>();
  const byCell = new Map<number, number[]>();
  const all = Array.from({ length: inst.req.length }, (_, i) => candidateAt(si, i));
  all.forEach((c, i) => {
    const mine = byReq.get(c.requestId);
    if (mine) mine.push(i);
    else byReq.set(c.requestId, [i]);
    for (let k = inst.cellStart[i]!; k < inst.cellStart[i + 1]!; k++) {
      const w = inst.cellList[k]!;
      const list = byCell.get(w);
      if (list) list.push(i);
      else byCell.set(w, [i]);
    }
  });
  return {
    candidates: all.map((c, id) => {
      const teams = si.classes[c.classIndex]!.teamIds;
      return { id, request: c.requestId, team: teams[0]!, teams, startWeek: c.startWeek, endWeek: c.endWeek, score: c.score };
    }),
    constraints: [
      ...[...byReq].map(([r, ids]) => ({ name: `request ${r}`, candidates: ids, max: 1 })),
      ...[...byCell].sort(([a], [b]) => a - b).map(([w, ids]) => ({ name: `team-week ${si.cellName(w)}`, candidates: ids, max: inst.capacity[w]! })),
    ],
    chosen: [...chosen],
    objective,
  };
}

/** CPLEX LP text of the model: maximise Σ score·x, one row per request and per used cell, x binary. */
export function toLp(inst: Instance): string {
  const C = inst.req.length;
  const lines: string[] = ['Maximize', ' obj:'];
  for (let c = 0; c < C; c++) lines.push(` + ${inst.score[c]} x${c}`);
  if (C === 0) lines.push(' 0 x0');
  lines.push('Subject To');
  const byReq = new Map<number, number[]>();
  const byCell = new Map<number, number[]>();
  for (let c = 0; c < C; c++) {
    const mine = byReq.get(inst.req[c]!);
    if (mine) mine.push(c);
    else byReq.set(inst.req[c]!, [c]);
    for (let k = inst.cellStart[c]!; k < inst.cellStart[c + 1]!; k++) {
      const w = inst.cellList[k]!;
      const list = byCell.get(w);
      if (list) list.push(c);
      else byCell.set(w, [c]);
    }
  }
  const row = (name: string, ids: number[], max: number) => {
    lines.push(` ${name}:`);
    for (let i = 0; i < ids.length; i += 50) lines.push(' ' + ids.slice(i, i + 50).map((c) => `+ x${c}`).join(' '));
    lines.push(` <= ${max}`);
  };
  for (const [r, ids] of byReq) if (ids.length > 1) row(`r${r}`, ids, 1);
  for (const [w, ids] of byCell) if (ids.length > inst.capacity[w]!) row(`w${w}`, ids, inst.capacity[w]!);
  lines.push('Binary');
  for (let c = 0; c < Math.max(C, 1); c++) lines.push(` x${c}`);
  lines.push('End');
  return lines.join('\n');
}
