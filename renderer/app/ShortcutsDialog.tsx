import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { describeKeys, useCommandList } from './commands';

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase300 },
  kbd: {
    fontFamily: tokens.fontFamilyMonospace,
    padding: '1px 6px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

/** Every command registered right now, grouped, with its keys. Opened with ? or F1. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const commands = useCommandList();
  const seen = new Set<string>();
  const unique = commands.filter((c) => {
    const key = `${c.label}|${c.keys}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const groups = [...new Set(unique.map((c) => c.group))];
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Kortkommandon</DialogTitle>
          <DialogContent tabIndex={0} role="region" aria-label="Alla kortkommandon">
            {groups.map((group) => (
              <section key={group}>
                <h2 className={styles.group}>{group}</h2>
                <Table size="small" aria-label={group}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>Vad</TableHeaderCell>
                      <TableHeaderCell>Tangenter</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {unique
                      .filter((c) => c.group === group)
                      .map((c) => (
                        <TableRow key={c.id}>
                          <TableCell>{c.label}</TableCell>
                          <TableCell>
                            <kbd className={styles.kbd}>{describeKeys(c.keys)}</kbd>
                          </TableCell>
                        </TableRow>
                      ))}
                  </TableBody>
                </Table>
              </section>
            ))}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              Stäng
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
