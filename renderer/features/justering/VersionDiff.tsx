/**
 * What changed between two versions of a protocol, item by item, with the words added and removed
 * (jsdiff's word diff): what a justerare needs after a revision, instead of reading it all again.
 */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { diffWordsWithSpace } from 'diff';
import { itemText, type ProtocolDocument } from '../../../shared/document/protocol';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { padding: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, whiteSpace: 'pre-wrap' },
  ins: { backgroundColor: tokens.colorPaletteGreenBackground2, textDecoration: 'none' },
  del: { backgroundColor: tokens.colorPaletteRedBackground2 },
});

export interface ItemChange {
  id: string;
  title: string;
  kind: 'added' | 'removed' | 'changed';
  parts: { value: string; added?: boolean; removed?: boolean }[];
}

export function diffProtocols(before: ProtocolDocument, after: ProtocolDocument): ItemChange[] {
  const changes: ItemChange[] = [];
  const beforeItems = new Map(before.items.map((i) => [i.id, i]));
  for (const item of after.items) {
    const old = beforeItems.get(item.id);
    const now = itemText(item);
    if (!old) changes.push({ id: item.id, title: item.title, kind: 'added', parts: [{ value: now, added: true }] });
    else if (itemText(old) !== now) changes.push({ id: item.id, title: item.title, kind: 'changed', parts: diffWordsWithSpace(itemText(old), now) });
  }
  for (const old of before.items) {
    if (!after.items.some((i) => i.id === old.id)) changes.push({ id: old.id, title: old.title, kind: 'removed', parts: [{ value: itemText(old), removed: true }] });
  }
  return changes;
}

export function VersionDiff({ before, after, label }: { before: ProtocolDocument; after: ProtocolDocument; label: string }) {
  const styles = useStyles();
  const changes = diffProtocols(before, after);
  return (
    <section className={styles.root} aria-label={label}>
      {changes.length === 0 ? <Text>Inga ändringar i punkterna.</Text> : null}
      {changes.map((change) => (
        <div key={change.id} className={styles.item}>
          <Text weight="semibold">
            {change.kind === 'added' ? 'Ny punkt: ' : change.kind === 'removed' ? 'Borttagen punkt: ' : 'Ändrad: '}
            {change.title}
          </Text>
          <div>
            {change.parts.map((part, i) =>
              part.added ? (
                <ins key={i} className={styles.ins}>
                  {part.value}
                </ins>
              ) : part.removed ? (
                <del key={i} className={styles.del}>
                  {part.value}
                </del>
              ) : (
                <span key={i}>{part.value}</span>
              ),
            )}
          </div>
        </div>
      ))}
    </section>
  );
}
