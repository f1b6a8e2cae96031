import { makeStyles, tokens } from '@fluentui/react-components';

export const ROW_HEIGHT = 28;

// Forced colors (Windows contrast themes) drop backgrounds: the selection uses the system's own
// Highlight pair there, which every contrast theme defines.
const FORCED = '@media (forced-colors: active)';

export const useTableStyles = makeStyles({
  grid: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    flexGrow: 1,
    position: 'relative',
    outlineStyle: 'none',
    // The ring is drawn on a layer above the sticky header and the rows: an inset outline on the
    // grid itself is painted under its children, so its top and sides vanished behind them.
    ':focus-visible::after': {
      content: '""',
      position: 'absolute',
      inset: 0,
      zIndex: 2,
      pointerEvents: 'none',
      border: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
    [FORCED]: { ':focus-visible::after': { border: `${tokens.strokeWidthThick} solid Highlight` } },
  },
  viewport: { flexGrow: 1, overflow: 'auto', position: 'relative', minHeight: 0 },
  header: {
    display: 'grid',
    position: 'sticky',
    top: 0,
    zIndex: 1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  headerCell: {
    position: 'relative',
    display: 'flex',
    minWidth: 0,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  headerButton: {
    display: 'flex',
    flexGrow: 1,
    minWidth: 0,
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    background: 'none',
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    cursor: 'pointer',
    whiteSpace: 'nowrap',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  resizer: {
    position: 'absolute',
    top: 0,
    bottom: 0,
    right: `calc(-1 * ${tokens.spacingHorizontalXS})`,
    width: tokens.spacingHorizontalS,
    cursor: 'col-resize',
    zIndex: 1,
    touchAction: 'none',
    outlineStyle: 'none',
    ':hover': { backgroundColor: tokens.colorBrandStroke2 },
    ':focus-visible': { backgroundColor: tokens.colorStrokeFocus2 },
    [FORCED]: { ':focus-visible': { backgroundColor: 'Highlight' } },
  },
  // Its own layer: scrolling repaints the rows, not the panes around the list.
  body: { position: 'relative', willChange: 'transform', contain: 'layout paint style' },
  row: {
    display: 'grid',
    position: 'absolute',
    left: 0,
    right: 0,
    height: `${ROW_HEIGHT}px`,
    alignItems: 'center',
    cursor: 'default',
    // Double-click opens the object; it must not select the text under the pointer.
    userSelect: 'none',
    fontSize: tokens.fontSizeBase200,
    // Rows are positioned, never reflowed by their neighbours.
    contain: 'layout paint style',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 ${tokens.colorBrandStroke1}`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
    [FORCED]: {
      forcedColorAdjust: 'none',
      backgroundColor: 'Highlight',
      color: 'HighlightText',
      ':hover': { backgroundColor: 'Highlight' },
    },
  },
  // The active row's dashed ring, above the cells and the selection's edge bar, on all four sides.
  active: {
    '::after': {
      content: '""',
      position: 'absolute',
      inset: tokens.strokeWidthThin,
      pointerEvents: 'none',
      border: `${tokens.strokeWidthThin} dashed ${tokens.colorStrokeFocus2}`,
    },
    [FORCED]: { '::after': { border: `${tokens.strokeWidthThin} dashed CanvasText` } },
  },
  cell: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    overflow: 'hidden',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  plainCell: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    minWidth: 0,
  },
  icon: { display: 'inline-flex', flexShrink: 0 },
  cellText: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
});
