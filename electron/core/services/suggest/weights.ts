import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { DEFAULT_PRESET, PRESET_NAMES, PRESETS, SCORE_PARTS, weightsOf, type PresetName, type Weights } from '../../../../shared/domain/suggest/weights';
import type { Language } from '../../../../shared/domain/constants';
import type { SuggestSettings, suggestSetWeightsInput } from '../../../../shared/schemas/suggest';

// The score weights live in the settings table under one key, as JSON {preset} or {weights}: a chosen preset
// follows the preset (so improving a preset reaches everyone using it); custom weights are kept as typed.

const KEY = 'suggest_weights';

function stored(db: Database): { preset: PresetName } | { weights: Weights } {
  const raw = db.prepare(`SELECT value FROM settings WHERE key = ?`).pluck().get(KEY) as string | undefined;
  if (!raw) return { preset: DEFAULT_PRESET };
  try {
    const v = JSON.parse(raw) as { preset?: string; weights?: Record<string, unknown> };
    if (v.preset && (PRESET_NAMES as readonly string[]).includes(v.preset)) return { preset: v.preset as PresetName };
    const w = v.weights;
    if (w && SCORE_PARTS.every((p) => Number.isInteger(w[p]) && (w[p] as number) >= 0 && (w[p] as number) <= 10)) {
      return { weights: Object.fromEntries(SCORE_PARTS.map((p) => [p, w[p]])) as Weights };
    }
  } catch {
    // A damaged value falls back to the default preset rather than breaking the planner.
  }
  return { preset: DEFAULT_PRESET };
}

export function suggestSettings(db: Database, lang: Language): SuggestSettings {
  const s = stored(db);
  const presets = PRESET_NAMES.map((name) => ({ name, label: PRESETS[name].label[lang], weights: weightsOf(name) }));
  if ('preset' in s) return { preset: s.preset, weights: weightsOf(s.preset), presets };
  const same = PRESET_NAMES.find((n) => SCORE_PARTS.every((p) => PRESETS[n].weights[p] === s.weights[p]));
  return { preset: same ?? 'custom', weights: s.weights, presets };
}

export function currentWeights(db: Database): Weights {
  const s = stored(db);
  return 'preset' in s ? weightsOf(s.preset) : s.weights;
}

export function setSuggestWeights(db: Database, input: z.output<typeof suggestSetWeightsInput>, lang: Language): SuggestSettings {
  db.prepare(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`)
    .run(KEY, JSON.stringify(input));
  return suggestSettings(db, lang);
}
