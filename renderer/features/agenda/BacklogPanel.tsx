/**
 * A body's list "Till kommande möten": themes waiting for a meeting, with who presents, how long and
 * when they are wanted; items postponed at a meeting land here too, remembering where they came from.
 */
import {
  Button,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import { Add20Regular, Delete20Regular, Edit20Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'wouter';
import { formatDate, todayIso } from '../../../shared/domain/dates';
import type { TopicInput } from '../../../shared/domain/meeting';
import type { TopicRow } from '../../db/database';
import * as agenda from '../../db/agenda';
import { actorName } from '../../db/actor';
import { listMeetingsOfBody } from '../../db/meetings';
import { listOrganisations, listPeople } from '../../db/queries';
import { useFeedback } from '../../app/feedback';
import { routes } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { EmptyState } from '../../ui/EmptyState';
import { useTableStyles } from '../../ui/tableStyles';
import { presenterLabel } from './PresenterEditor';
import { emptyTopic, TopicDialog } from './TopicDialog';
import { wantedByText } from './topicText';

const useLocalStyles = makeStyles({ inline: { display: 'inline-flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' } });

export function BacklogPanel({ bodyId }: { bodyId: string }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useTableStyles();
  const local = useLocalStyles();
  const topics = useLiveQuery(() => agenda.listTopics(store, bodyId), [store, bodyId]);
  const meetings = useLiveQuery(() => listMeetingsOfBody(store, bodyId), [store, bodyId]) ?? [];
  const people = useLiveQuery(() => listPeople(store), [store]) ?? [];
  const organisations = useLiveQuery(() => listOrganisations(store), [store]) ?? [];
  const [editing, setEditing] = useState<{ id: string | null; initial: TopicInput } | null>(null);
  const [targets, setTargets] = useState<Record<string, string>>({});
  const today = todayIso();
  const upcoming = meetings.filter((m) => m.date >= today && m.status !== 'cancelled');
  const meetingDate = (id: string | null) => {
    const m = meetings.find((x) => x.id === id);
    return m ? formatDate(m.date) : undefined;
  };

  const remove = async (topic: TopicRow) => {
    const done = await feedback.save(() => agenda.deleteTopic(store, bodyId, topic.id).then(() => true));
    if (done) feedback.undoable(`”${topic.title}” togs bort ur listan.`, () => agenda.restoreTopic(store, bodyId, topic.id));
  };

  if (!topics) return null;
  return (
    <>
      <div>
        <Button appearance="primary" icon={<Add20Regular />} onClick={() => setEditing({ id: null, initial: emptyTopic })}>
          Nytt tema
        </Button>
      </div>
      {topics.length === 0 ? (
        <EmptyState title="Inga teman väntar">Lägg till teman som ska tas upp på kommande möten. Punkter som skjuts upp på ett möte hamnar också här.</EmptyState>
      ) : (
        <Table aria-label="Till kommande möten" size="small" className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Tema</TableHeaderCell>
              <TableHeaderCell>Föredragande</TableHeaderCell>
              <TableHeaderCell>Tid</TableHeaderCell>
              <TableHeaderCell>Önskas</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell className={styles.actionsCell}>
                <span className={styles.visuallyHidden}>Åtgärder</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {topics.map((topic) => (
              <TableRow key={topic.id}>
                <TableCell>
                  {topic.title}
                  {topic.origin?.kind === 'postponed' && topic.origin.meetingId ? (
                    <Text size={200} className={styles.muted}>
                      {' '}
                      (uppskjuten från mötet {meetingDate(topic.origin.meetingId) ?? ''})
                    </Text>
                  ) : null}
                </TableCell>
                <TableCell>{topic.presenter ? presenterLabel(topic.presenter) : '–'}</TableCell>
                <TableCell>{topic.minutes} min</TableCell>
                <TableCell>{wantedByText(topic.wantedBy, meetingDate)}</TableCell>
                <TableCell>
                  {topic.status === 'scheduled' && topic.scheduledMeetingId ? (
                    <Link href={routes.meeting(topic.scheduledMeetingId)}>På dagordningen {meetingDate(topic.scheduledMeetingId)}</Link>
                  ) : upcoming.length > 0 ? (
                    <span className={local.inline}>
                      <Select
                        size="small"
                        aria-label={`Möte för ${topic.title}`}
                        value={targets[topic.id] ?? upcoming[0]!.id}
                        onChange={(_, d) => setTargets((t) => ({ ...t, [topic.id]: d.value }))}
                      >
                        {upcoming.map((m) => (
                          <option key={m.id} value={m.id}>
                            {formatDate(m.date)}
                          </option>
                        ))}
                      </Select>
                      <Button
                        size="small"
                        onClick={() =>
                          void feedback.save(async () => {
                            const meetingId = targets[topic.id] ?? upcoming[0]!.id;
                            await agenda.pullTopic(store, bodyId, topic.id, meetingId, await actorName(store));
                            feedback.undoable(`”${topic.title}” lades på dagordningen ${meetingDate(meetingId)}.`, async () =>
                              agenda.unpullTopic(store, bodyId, topic.id, await actorName(store)),
                            );
                          })
                        }
                      >
                        Lägg på dagordningen
                      </Button>
                    </span>
                  ) : (
                    'Öppet'
                  )}
                </TableCell>
                <TableCell className={styles.actionsCell}>
                  <Tooltip content={`Ändra ${topic.title}`} relationship="label">
                    <Button
                      appearance="subtle"
                      icon={<Edit20Regular />}
                      onClick={() =>
                        setEditing({ id: topic.id, initial: { title: topic.title, presenter: topic.presenter, minutes: topic.minutes, wantedBy: topic.wantedBy, note: topic.note } })
                      }
                    />
                  </Tooltip>
                  <Tooltip content={`Ta bort ${topic.title}`} relationship="label">
                    <Button appearance="subtle" icon={<Delete20Regular />} onClick={() => void remove(topic)} />
                  </Tooltip>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <TopicDialog
        open={editing !== null}
        title={editing?.id ? 'Ändra tema' : 'Nytt tema till kommande möten'}
        initial={editing?.initial ?? emptyTopic}
        people={people}
        organisations={organisations}
        meetings={upcoming}
        onClose={() => setEditing(null)}
        onSubmit={async (values) => {
          if (editing?.id) await agenda.updateTopic(store, bodyId, editing.id, values);
          else await agenda.addTopic(store, bodyId, values);
        }}
      />
    </>
  );
}
