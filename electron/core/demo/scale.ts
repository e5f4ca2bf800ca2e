import type { DemoScale } from '../../../shared/domain/constants';

/**
 * Sizes per scale. small is one werkplaats-year (DESIGN.md §1: 3–6 schools, 100–1,000 requests a year);
 * large and huge multiply everything that grows with the number of werkplaatsen by 10 and 100.
 */
export interface ScaleParams {
  factor: number;
  schools: number;
  requestsPerYear: number;
  eventsPerYear: number;
  /** Staff count is factor × a number drawn from this range. */
  staffPerWerkplaats: [number, number];
  intermediaries: number;
}

const FACTORS: Record<DemoScale, number> = { small: 1, large: 10, huge: 100 };

export function scaleParams(scale: DemoScale): ScaleParams {
  const f = FACTORS[scale];
  return {
    factor: f,
    schools: 4 * f,
    requestsPerYear: 300 * f,
    eventsPerYear: 24 * f,
    staffPerWerkplaats: [3, 6],
    intermediaries: 8 * f,
  };
}
