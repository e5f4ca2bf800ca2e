import type { DemoScale } from '../../shared/domain/constants';
import { runFoundationBench } from './foundation.bench';
import { runPlannerBench } from './planner.bench';
import { runSuggestBench } from './suggest.bench';

// `npm run bench` — small and large; `npm run bench -- --huge` adds the 100× scale (takes minutes).
const scales: DemoScale[] = process.argv.includes('--huge') ? ['small', 'large', 'huge'] : ['small', 'large'];
console.log(`Werkplaats Planner benchmarks (${scales.join(', ')}), Node ${process.version}`);
runFoundationBench(scales);
await runPlannerBench(scales);
// The suggestion table always has all three scales (huge is a synthetic snapshot, no database); alone:
// `npx tsx test/bench/suggest.run.ts [small|large|huge]`.
await runSuggestBench(['small', 'large', 'huge']);
