import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUPINGS, type Grouping } from './model/rows';
import type { Zoom } from './model/layout';
import type { TermChoice } from './model/termChoice';
import { TermPicker } from './TermPicker';

interface Props {
  choice: TermChoice;
  today: string;
  zoom: Zoom;
  grouping: Grouping;
  onYear: (year: string) => void;
  onTerms: (terms: number[] | 'all' | null) => void;
  onZoom: (zoom: Zoom) => void;
  onGrouping: (g: Grouping) => void;
}

const ZOOMS: Zoom[] = [0, 1, 2];
const ZOOM_KEYS = ['small', 'medium', 'large'] as const;

/** The screen's controls: terms shown, grouping of the teams, and the width of a week. */
export function PlannerToolbar({ choice, today, zoom, grouping, onYear, onTerms, onZoom, onGrouping }: Props) {
  const { t } = useTranslation();
  const groupId = useId();
  return (
    <div className="pl-toolbar">
      <TermPicker choice={choice} today={today} onYear={onYear} onTerms={onTerms} />
      <div className="pl-tool">
        <label htmlFor={groupId}>{t('plannerEdit.toolbar.grouping')}</label>
        <select id={groupId} className="select select-sm pl-grouping" value={grouping} onChange={(e) => onGrouping(e.target.value as Grouping)}>
          {GROUPINGS.map((g) => <option key={g} value={g}>{t(`plannerEdit.toolbar.groupBy.${g}`)}</option>)}
        </select>
      </div>
      <div className="pl-tool">
        <span className="pl-tool-label" id={`${groupId}-zoom`}>{t('plannerEdit.toolbar.zoom')}</span>
        <div className="segmented pl-zoom" role="group" aria-labelledby={`${groupId}-zoom`}>
          {ZOOMS.map((z) => (
            <button key={z} type="button" className="segment" aria-pressed={zoom === z} onClick={() => onZoom(z)}
              title={t(`plannerEdit.toolbar.zoomLevel.${ZOOM_KEYS[z]}`)} aria-label={t(`plannerEdit.toolbar.zoomLevel.${ZOOM_KEYS[z]}`)}>
              <span className={`pl-zoom-icon pl-zoom-${z}`} aria-hidden="true"><i /><i /><i /></span>
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
