import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type * as Y from 'yjs';
import { readRoundText } from '../../../shared/ydoc/minutes';
import * as minutes from '../../db/minutes';
import { useStore } from '../../app/store-context';
import { YTextArea } from './YTextArea';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/** "Laget runt": one field per present member; the minutes print them as "*Namn:* text". */
export function RoundSection(props: { doc: Y.Doc; meetingId: string; itemId: string; people: { id: string; name: string }[]; readOnly?: boolean }) {
  const store = useStore();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {props.people.length === 0 ? <Text>Markera närvaron först: här blir det ett fält per närvarande.</Text> : null}
      {props.people.map((p) => (
        <YTextArea
          key={p.id}
          doc={props.doc}
          read={() => readRoundText(props.doc, p.id)}
          label={p.name}
          rows={2}
          readOnly={props.readOnly}
          onEdit={(value) => void minutes.editRoundText(store, props.meetingId, props.itemId, p.id, value)}
        />
      ))}
    </div>
  );
}
