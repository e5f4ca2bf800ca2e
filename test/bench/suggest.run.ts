import { runSuggestBench } from './suggest.bench';

// Only the match-suggestion benchmark: `npx tsx test/bench/suggest.run.ts [small] [large] [huge]` (default all).
const asked = process.argv.slice(2).filter((a) => ['small', 'large', 'huge'].includes(a)) as ('small' | 'large' | 'huge')[];
console.log(`Match suggestions benchmark, Node ${process.version}`);
await runSuggestBench(asked.length > 0 ? asked : ['small', 'large', 'huge']);
