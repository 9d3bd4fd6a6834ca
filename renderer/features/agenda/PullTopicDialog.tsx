import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import * as agenda from '../../db/agenda';
import { actorName } from '../../db/actor';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { useTableStyles } from '../../ui/tableStyles';
import { presenterLabel } from './PresenterEditor';
import { wantedByText } from './topicText';

/** Picks topics from the body's list "Till kommande möten" onto this meeting's agenda. */
export function PullTopicDialog(props: { open: boolean; bodyId: string; bodyName: string; meetingId: string; onClose: () => void }) {
  const store = useStore();
  const feedback = useFeedback();
  const hidden = useTableStyles();
  const topics = useLiveQuery(() => agenda.listTopics(store, props.bodyId), [store, props.bodyId]) ?? [];
  const open = topics.filter((t) => t.status === 'open');
  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && props.onClose()}>
      <DialogSurface aria-describedby={undefined} style={{ maxWidth: 760 }}>
        <DialogBody>
          <DialogTitle>Till kommande möten – {props.bodyName}</DialogTitle>
          <DialogContent>
            {open.length === 0 ? (
              <Text>Listan är tom. Teman läggs till under organet, fliken Till kommande möten, eller när en punkt skjuts upp.</Text>
            ) : (
              <Table aria-label="Teman till kommande möten" size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Tema</TableHeaderCell>
                    <TableHeaderCell>Föredragande</TableHeaderCell>
                    <TableHeaderCell>Önskas</TableHeaderCell>
                    <TableHeaderCell>Tid</TableHeaderCell>
                    <TableHeaderCell>
                      <span className={hidden.visuallyHidden}>Åtgärd</span>
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {open.map((topic) => (
                    <TableRow key={topic.id}>
                      <TableCell>{topic.title}</TableCell>
                      <TableCell>{topic.presenter ? presenterLabel(topic.presenter) : '–'}</TableCell>
                      <TableCell>{wantedByText(topic.wantedBy)}</TableCell>
                      <TableCell>{topic.minutes} min</TableCell>
                      <TableCell>
                        <Button
                          size="small"
                          aria-label={`Lägg ${topic.title} på dagordningen`}
                          onClick={() =>
                            void feedback.save(async () => {
                              await agenda.pullTopic(store, props.bodyId, topic.id, props.meetingId, await actorName(store));
                              feedback.success(`”${topic.title}” ligger nu på dagordningen.`);
                            })
                          }
                        >
                          Lägg till
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onClose}>
              Klar
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
