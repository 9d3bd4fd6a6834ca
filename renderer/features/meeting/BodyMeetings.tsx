import { Badge, Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { formatLongDate, formatTimeRange, todayIso } from '../../../shared/domain/dates';
import { meetingStatusLabels } from '../../../shared/domain/labels';
import type { BodyRow } from '../../db/database';
import { createMeeting, listMeetingsOfBody } from '../../db/meetings';
import { useFeedback } from '../../app/feedback';
import { routes } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { EmptyState } from '../../ui/EmptyState';
import { useTableStyles } from '../../ui/tableStyles';
import { NewMeetingDialog } from './NewMeetingDialog';

/** A body's meetings, newest last, and the way to add one. */
export function BodyMeetings({ body }: { body: BodyRow }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useTableStyles();
  const [, navigate] = useLocation();
  const [creating, setCreating] = useState(false);
  const meetings = useLiveQuery(() => listMeetingsOfBody(store, body.id), [store, body.id]);
  const today = todayIso();
  if (!meetings) return null;
  return (
    <>
      <div>
        <Button appearance="primary" icon={<Add20Regular />} onClick={() => setCreating(true)}>
          Nytt möte
        </Button>
      </div>
      {meetings.length === 0 ? (
        <EmptyState title="Inga möten ännu">Lägg till organets möten. Dagordningen börjar med organets standardpunkter.</EmptyState>
      ) : (
        <Table aria-label={`Möten för ${body.name}`} size="small" className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Datum</TableHeaderCell>
              <TableHeaderCell>Tid</TableHeaderCell>
              <TableHeaderCell>Plats</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {meetings.map((m) => (
              <TableRow key={m.id}>
                <TableCell>
                  <Link href={routes.meeting(m.id)} className={styles.nameButton}>
                    {formatLongDate(m.date)}
                  </Link>
                  {m.title ? <Text size={200}> – {m.title}</Text> : null}
                </TableCell>
                <TableCell>{formatTimeRange(m.startTime, m.endTime)}</TableCell>
                <TableCell>{m.place || '–'}</TableCell>
                <TableCell>
                  <Badge appearance="outline" color={m.status === 'cancelled' ? 'danger' : m.date < today ? 'subtle' : 'brand'}>
                    {meetingStatusLabels[m.status]}
                  </Badge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <NewMeetingDialog
        open={creating}
        body={body}
        date={today}
        onClose={() => setCreating(false)}
        onSubmit={async (values) => {
          const id = await createMeeting(store, { bodyIds: [body.id], ...values });
          feedback.success('Mötet är skapat med organets standardpunkter.');
          navigate(routes.meeting(id));
        }}
      />
    </>
  );
}
