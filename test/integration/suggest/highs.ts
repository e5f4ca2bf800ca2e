// HiGHS (npm `highs`, a devDependency) as an independent check of the solver. Loaded dynamically so the tests
// and the benchmark still run, and say why they skip the comparison, where the package is missing.

export interface HighsLike {
  solve(lp: string, options?: Record<string, unknown>): { Status: string; ObjectiveValue: number; Columns: Record<string, { Primal: number }> };
}

export async function loadHighsOrReason(): Promise<HighsLike | string> {
  try {
    const mod = (await import('highs')) as unknown as { default: () => Promise<HighsLike> };
    return await mod.default();
  } catch (e) {
    const reason = `HiGHS comparison skipped: npm package "highs" not available (${(e as Error).message})`;
    console.warn(reason);
    return reason;
  }
}
