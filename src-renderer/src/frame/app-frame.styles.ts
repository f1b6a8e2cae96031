import { makeStyles, tokens } from '@fluentui/react-components';

export const useFrameStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateRows: 'auto 1fr auto',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  body: {
    display: 'grid',
    gridTemplateColumns: 'minmax(200px, 22%) 1fr minmax(240px, 26%)',
    minHeight: 0,
    gap: tokens.spacingHorizontalXXS,
  },
  pane: {
    minHeight: 0,
    minWidth: 0,
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    display: 'flex',
    flexDirection: 'column',
    // A banner or notice above the list keeps its height: squeezed by the list, a two-line notice
    // would paint over the list's title.
    '& > .fui-MessageBar': { flexShrink: 0 },
  },
  paneTitle: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightSemibold,
  },
});
