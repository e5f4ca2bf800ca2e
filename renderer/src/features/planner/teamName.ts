import type { AssignmentRow } from '../../../../shared/schemas/rows';

/** A team's own name: unnamed teams are labelled "<programme> · team 3", and the programme is shown beside it. */
export function teamName(a: Pick<AssignmentRow, 'teamLabel' | 'programmeName'>): string {
  const prefix = `${a.programmeName} · `;
  return a.teamLabel.startsWith(prefix) ? a.teamLabel.slice(prefix.length) : a.teamLabel;
}
