import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import { expect, test } from './harness/fixtures';
import { openScreen } from './harness/screens';

// Instellingen › the weights of the suggestion score: a preset applies at once, own weights are saved together,
// and the next proposal uses them.

const SHOTS = '/tmp/shots-h2';
fs.mkdirSync(SHOTS, { recursive: true });

const stored = (workspace: Parameters<Parameters<typeof test>[2]>[0]['workspace']) =>
  workspace.db.prepare(`SELECT value FROM settings WHERE key = 'suggest_weights'`).pluck().get() as string | undefined;

test('the weights are chosen by preset or set by hand, and saved', async ({ page, workspace }) => {
  await page.setViewportSize({ width: 1400, height: 1100 });
  const screen = await openScreen(page, 'settings');
  const card = screen.getByTestId('suggest-weights');
  await expect(card.getByRole('button', { name: 'Evenwichtig' })).toHaveAttribute('aria-pressed', 'true');
  await expect(card.getByRole('slider', { name: 'Wachttijd' })).toHaveValue('2');

  await card.getByRole('button', { name: 'Wachttijd eerst' }).click();
  await expect(page.getByTestId('toast').last()).toContainText('Weging opgeslagen.');
  await expect.poll(() => stored(workspace)).toBe(JSON.stringify({ preset: 'waitingFirst' }));
  await expect(card.getByRole('slider', { name: 'Wachttijd' })).toHaveValue('8');

  // By hand: the keyboard moves a slider; nothing is stored until "Weging opslaan".
  const region = card.getByRole('slider', { name: 'Zelfde regio' });
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(region).toHaveValue('3');
  await expect(card.getByRole('button', { name: 'Eigen weging' })).toHaveAttribute('aria-pressed', 'true');
  await expect(card).toContainText('Niet opgeslagen');
  expect(stored(workspace)).toBe(JSON.stringify({ preset: 'waitingFirst' }));
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/settings-weights.png` });
  const axe = await new AxeBuilder({ page }).include('[data-testid="suggest-weights"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await card.getByRole('button', { name: 'Weging opslaan' }).click();
  await expect.poll(() => JSON.parse(stored(workspace) ?? '{}').weights?.region).toBe(3);
  expect(workspace.call('suggest:settings')).toMatchObject({ preset: 'custom', weights: { region: 3, waiting: 8 } });
  await expect(card).not.toContainText('Niet opgeslagen');
  await expect(card.getByRole('button', { name: 'Eigen weging' })).toHaveAttribute('aria-pressed', 'true');

  // The next proposal scores with them: every region part is a multiple of the new weight.
  const term = workspace.call('terms:list').find((t) => t.schoolYear === '2026-2027')!;
  const p = await workspace.callAsync('suggest:run', { termIds: [term.id] });
  for (const s of p.suggestions) expect(s.parts.region % 3).toBe(0);
});
