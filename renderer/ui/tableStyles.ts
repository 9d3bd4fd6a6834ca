import { makeStyles, tokens } from '@fluentui/react-components';

export const useTableStyles = makeStyles({
  table: { tableLayout: 'auto' },
  actionsCell: { width: '1%', whiteSpace: 'nowrap', textAlign: 'end' },
  nameButton: {
    padding: 0,
    minWidth: 0,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'start',
    justifyContent: 'flex-start',
    color: tokens.colorBrandForegroundLink,
    ':hover': { textDecoration: 'underline', color: tokens.colorBrandForegroundLinkHover },
  },
  muted: { color: tokens.colorNeutralForeground3 },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});
