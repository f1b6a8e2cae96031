import { makeStyles, tokens } from '@fluentui/react-components';

export const useWizardStyles = makeStyles({
  surface: { width: '640px', maxWidth: '95vw' },
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minHeight: '360px' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-start' },
  grow: { flexGrow: 1, minWidth: 0 },
  // Fluent's Input keeps a minimum width of its own: in a narrow column it would run past the edge.
  narrow: { width: '96px', flexShrink: 0, '& .fui-Input': { minWidth: 0, width: '100%' } },
  step: { color: tokens.colorNeutralForeground3 },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0 },
  listItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, listStyleType: 'none' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingRight: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    wordBreak: 'break-all',
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-all',
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
  },
});
