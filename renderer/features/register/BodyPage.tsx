import {
  Button,
  Field,
  Input,
  makeStyles,
  Switch,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TabList,
  Text,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import { Add20Regular, Delete20Regular, Edit20Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { formatDate, formatTimeRange, isIsoDate, todayIso } from '../../../shared/domain/dates';
import { itemKindLabels, membershipRoleLabels, numberingLabels, recordKindLabels } from '../../../shared/domain/labels';
import { membershipRoles, type BodyInput, type MembershipInput } from '../../../shared/domain/register';
import { isActiveOn } from '../../../shared/domain/registerRules';
import type { MembershipRow } from '../../db/database';
import { getBody, listMemberships, listOrganisations, listPeople, registerIndex } from '../../db/queries';
import * as register from '../../db/register';
import { useCommand } from '../../app/commands';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useTableStyles } from '../../ui/tableStyles';
import { BacklogPanel } from '../agenda/BacklogPanel';
import { BodyMeetings } from '../meeting/BodyMeetings';
import { BodySettingsDialog } from './BodySettingsDialog';
import { MembershipDialog, newMembershipInput } from './MembershipDialog';
import { SeatingTable } from './SeatingTable';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalM },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'flex-end', flexWrap: 'wrap' },
  dl: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`, margin: 0 },
  dt: { fontWeight: tokens.fontWeightSemibold },
  dd: { margin: 0 },
  ol: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

type TabId = 'seats' | 'memberships' | 'meetings' | 'backlog' | 'settings';

export function BodyPage({ id }: { id: string }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const tableStyles = useTableStyles();
  const [tab, setTab] = useState<TabId>('seats');
  const [date, setDate] = useState(todayIso());
  const [showEnded, setShowEnded] = useState(false);
  const [editingSettings, setEditingSettings] = useState(false);
  const [editing, setEditing] = useState<{ id: string | null; initial: MembershipInput } | null>(null);

  const body = useLiveQuery(() => getBody(store, id), [store, id]);
  const memberships = useLiveQuery(() => listMemberships(store, id), [store, id]);
  const people = useLiveQuery(() => listPeople(store), [store]);
  const organisations = useLiveQuery(() => listOrganisations(store), [store]);
  const index = useLiveQuery(() => registerIndex(store), [store]);

  const today = todayIso();
  const shownMemberships = useMemo(() => {
    const list = (memberships ?? []).filter((m) => showEnded || m.to === null || m.to >= today);
    const roleOrder = (m: MembershipRow) => membershipRoles.indexOf(m.role);
    const name = (m: MembershipRow) => index?.people.get(m.personId)?.name ?? '';
    return list.sort((a, b) => roleOrder(a) - roleOrder(b) || name(a).localeCompare(name(b), 'sv') || a.from.localeCompare(b.from));
  }, [memberships, showEnded, today, index]);

  const openNew = () => {
    setTab('memberships');
    setEditing({ id: null, initial: newMembershipInput() });
  };
  useCommand({ id: 'membership:new', label: 'Nytt medlemskap', keys: 'Alt+N', group: 'Organ', run: openNew });

  if (body === undefined || memberships === undefined || !index) return <Loading />;
  if (body === null || !body || body.deletedAt) {
    return (
      <Page title="Organet finns inte">
        <EmptyState title="Organet finns inte längre">Det kan ha tagits bort. Välj ett annat organ i menyn Organ.</EmptyState>
      </Page>
    );
  }

  const personLabel = (m: MembershipRow) => index.people.get(m.personId)?.name ?? 'Okänd person';
  const orgLabel = (orgId: string | null) => (orgId ? (index.organisations.get(orgId)?.name ?? '') : '');
  const removeMembership = async (m: MembershipRow) => {
    const done = await feedback.save(() => register.deleteMembership(store, id, m.id).then(() => true));
    if (done) feedback.undoable(`${personLabel(m)} togs bort som ${membershipRoleLabels[m.role].toLocaleLowerCase('sv-SE')}.`, () => register.restoreMembership(store, id, m.id));
  };
  const settings: BodyInput = {
    name: body.name,
    shortName: body.shortName,
    recordKind: body.recordKind,
    defaultPlace: body.defaultPlace,
    defaultStartTime: body.defaultStartTime,
    defaultEndTime: body.defaultEndTime,
    numbering: body.numbering,
    openingItems: body.openingItems,
    closingItems: body.closingItems,
    textModules: body.textModules,
  };

  return (
    <Page
      title={body.name}
      subtitle={`${recordKindLabels[body.recordKind]} · ${body.defaultPlace || 'Ingen förvald plats'} · ${formatTimeRange(body.defaultStartTime, body.defaultEndTime)}`}
      actions={
        <Button appearance="primary" icon={<Add20Regular />} onClick={openNew}>
          Nytt medlemskap
        </Button>
      }
    >
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label="Organets delar">
        <Tab value="seats">Ledamöter</Tab>
        <Tab value="memberships">Alla medlemskap</Tab>
        <Tab value="meetings">Möten</Tab>
        <Tab value="backlog">Till kommande möten</Tab>
        <Tab value="settings">Inställningar</Tab>
      </TabList>

      {tab === 'seats' ? (
        <div className={styles.panel} role="tabpanel" aria-label="Ledamöter">
          <div className={styles.toolbar}>
            <Field label="Sammansättningen den">
              <Input type="date" value={date} onChange={(_, d) => isIsoDate(d.value) && setDate(d.value)} />
            </Field>
            {date !== today ? <Button onClick={() => setDate(today)}>I dag</Button> : null}
          </div>
          <SeatingTable date={date} memberships={memberships} people={index.people} organisations={[...index.organisations.values()]} />
        </div>
      ) : null}

      {tab === 'memberships' ? (
        <div className={styles.panel} role="tabpanel" aria-label="Alla medlemskap">
          <Switch checked={showEnded} onChange={(_, d) => setShowEnded(d.checked)} label="Visa även avslutade medlemskap" />
          {shownMemberships.length === 0 ? (
            <EmptyState title="Inga medlemskap" action={<Button onClick={openNew}>Lägg till det första medlemskapet</Button>}>
              Lägg till ordförande, ledamöter med sina ersättare, tjänstepersoner och sekreterare.
            </EmptyState>
          ) : (
            <Table aria-label="Medlemskap" size="small" className={tableStyles.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Person</TableHeaderCell>
                  <TableHeaderCell>Roll</TableHeaderCell>
                  <TableHeaderCell>Företräder</TableHeaderCell>
                  <TableHeaderCell>Ersättare för</TableHeaderCell>
                  <TableHeaderCell>Period</TableHeaderCell>
                  <TableHeaderCell className={tableStyles.actionsCell}>
                    <span className={tableStyles.visuallyHidden}>Åtgärder</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {shownMemberships.map((m) => {
                  const seat = m.deputyFor ? memberships.find((s) => s.id === m.deputyFor) : undefined;
                  const active = isActiveOn(m, today);
                  return (
                    <TableRow key={m.id}>
                      <TableCell>{personLabel(m)}</TableCell>
                      <TableCell>{membershipRoleLabels[m.role]}</TableCell>
                      <TableCell>{orgLabel(m.organisationId) || '–'}</TableCell>
                      <TableCell>{seat ? personLabel(seat) : '–'}</TableCell>
                      <TableCell>
                        {formatDate(m.from)} – {m.to ? formatDate(m.to) : 'tills vidare'}
                        {!active ? <span className={tableStyles.muted}> ({m.from > today ? 'kommande' : 'avslutat'})</span> : null}
                      </TableCell>
                      <TableCell className={tableStyles.actionsCell}>
                        <Tooltip content={`Ändra ${personLabel(m)}s medlemskap`} relationship="label">
                          <Button
                            appearance="subtle"
                            icon={<Edit20Regular />}
                            onClick={() =>
                              setEditing({
                                id: m.id,
                                initial: { personId: m.personId, role: m.role, organisationId: m.organisationId, deputyFor: m.deputyFor, from: m.from, to: m.to },
                              })
                            }
                          />
                        </Tooltip>
                        <Tooltip content={`Ta bort ${personLabel(m)}s medlemskap`} relationship="label">
                          <Button appearance="subtle" icon={<Delete20Regular />} onClick={() => void removeMembership(m)} />
                        </Tooltip>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
          <Text size={200}>Avsluta ett medlemskap genom att ange ett slutdatum, så finns historiken kvar. Ta bara bort ett medlemskap som lades in av misstag.</Text>
        </div>
      ) : null}

      {tab === 'meetings' ? (
        <div className={styles.panel} role="tabpanel" aria-label="Möten">
          <BodyMeetings body={body} />
        </div>
      ) : null}

      {tab === 'backlog' ? (
        <div className={styles.panel} role="tabpanel" aria-label="Till kommande möten">
          <BacklogPanel bodyId={body.id} />
        </div>
      ) : null}

      {tab === 'settings' ? (
        <div className={styles.panel} role="tabpanel" aria-label="Inställningar">
          <dl className={styles.dl}>
            <dt className={styles.dt}>Anteckningar</dt>
            <dd className={styles.dd}>{recordKindLabels[body.recordKind]}</dd>
            <dt className={styles.dt}>Förvald plats</dt>
            <dd className={styles.dd}>{body.defaultPlace || '–'}</dd>
            <dt className={styles.dt}>Förvald tid</dt>
            <dd className={styles.dd}>{formatTimeRange(body.defaultStartTime, body.defaultEndTime)}</dd>
            <dt className={styles.dt}>Numrering</dt>
            <dd className={styles.dd}>{numberingLabels[body.numbering]}</dd>
            <dt className={styles.dt}>Inledande punkter</dt>
            <dd className={styles.dd}>
              <ol className={styles.ol}>
                {body.openingItems.map((item, i) => (
                  <li key={i}>
                    {item.title} ({itemKindLabels[item.kind].toLocaleLowerCase('sv-SE')}, {item.minutes} min)
                  </li>
                ))}
              </ol>
            </dd>
            <dt className={styles.dt}>Avslutande punkter</dt>
            <dd className={styles.dd}>
              <ol className={styles.ol}>
                {body.closingItems.map((item, i) => (
                  <li key={i}>
                    {item.title} ({itemKindLabels[item.kind].toLocaleLowerCase('sv-SE')}, {item.minutes} min)
                  </li>
                ))}
              </ol>
            </dd>
          </dl>
          <div>
            <Button icon={<Edit20Regular />} onClick={() => setEditingSettings(true)}>
              Ändra inställningar
            </Button>
          </div>
        </div>
      ) : null}

      <BodySettingsDialog
        open={editingSettings}
        title={`Inställningar för ${body.name}`}
        initial={settings}
        onClose={() => setEditingSettings(false)}
        onSubmit={async (values) => {
          await register.updateBody(store, id, values);
          feedback.success('Inställningarna är sparade.');
        }}
      />
      <MembershipDialog
        open={editing !== null}
        title={editing?.id ? 'Ändra medlemskap' : `Nytt medlemskap i ${body.name}`}
        initial={editing?.initial ?? newMembershipInput()}
        people={people ?? []}
        organisations={organisations ?? []}
        memberships={memberships}
        selfId={editing?.id ?? undefined}
        onClose={() => setEditing(null)}
        onSubmit={async (values) => {
          if (editing?.id) await register.updateMembership(store, id, editing.id, values);
          else await register.addMembership(store, id, values);
          feedback.success('Medlemskapet är sparat.');
        }}
      />
    </Page>
  );
}
