import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { formatTimeRange, todayIso } from '../../../shared/domain/dates';
import { recordKindLabels } from '../../../shared/domain/labels';
import { isActiveOn } from '../../../shared/domain/registerRules';
import { votingRoles } from '../../../shared/domain/register';
import { listBodies, listMemberships } from '../../db/queries';
import * as register from '../../db/register';
import { useCommand } from '../../app/commands';
import { useFeedback } from '../../app/feedback';
import { routes } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useTableStyles } from '../../ui/tableStyles';
import { BodySettingsDialog, newBodyInput } from './BodySettingsDialog';

export function BodiesPage() {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useTableStyles();
  const [, navigate] = useLocation();
  const [creating, setCreating] = useState(false);
  const bodies = useLiveQuery(async () => {
    const list = await listBodies(store);
    const today = todayIso();
    return Promise.all(
      list.map(async (body) => ({
        body,
        seats: (await listMemberships(store, body.id)).filter((m) => votingRoles.includes(m.role) && isActiveOn(m, today)).length,
      })),
    );
  }, [store]);

  useCommand({ id: 'body:new', label: 'Nytt organ', keys: 'Alt+N', group: 'Organ', run: () => setCreating(true) });

  return (
    <Page
      title="Organ"
      subtitle="Grupper och råd som håller möten: deras ledamöter, ersättare och inställningar."
      actions={
        <Button appearance="primary" icon={<Add20Regular />} onClick={() => setCreating(true)}>
          Nytt organ
        </Button>
      }
    >
      {bodies === undefined ? (
        <Loading />
      ) : bodies.length === 0 ? (
        <EmptyState title="Inga organ ännu" action={<Button onClick={() => setCreating(true)}>Lägg till det första organet</Button>}>
          Ett organ är till exempel Chefsgrupp folkhälsa eller Specifika samverkansrådet för folkhälsa.
        </EmptyState>
      ) : (
        <Table aria-label="Organ" className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Namn</TableHeaderCell>
              <TableHeaderCell>Anteckningar</TableHeaderCell>
              <TableHeaderCell>Plats</TableHeaderCell>
              <TableHeaderCell>Tid</TableHeaderCell>
              <TableHeaderCell>Ledamöter i dag</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {bodies.map(({ body, seats }) => (
              <TableRow key={body.id}>
                <TableCell>
                  <Link href={routes.body(body.id)} className={styles.nameButton}>
                    {body.name}
                  </Link>
                </TableCell>
                <TableCell>{recordKindLabels[body.recordKind]}</TableCell>
                <TableCell>{body.defaultPlace || '–'}</TableCell>
                <TableCell>{formatTimeRange(body.defaultStartTime, body.defaultEndTime)}</TableCell>
                <TableCell>{seats}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <BodySettingsDialog
        open={creating}
        title="Nytt organ"
        initial={newBodyInput}
        onClose={() => setCreating(false)}
        onSubmit={async (values) => {
          const id = await register.addBody(store, values);
          feedback.success(`${values.name.trim()} är tillagt.`);
          navigate(routes.body(id));
        }}
      />
    </Page>
  );
}
