/**
 * Attendance, first thing at the meeting. Each called person is one row: N marks närvarande,
 * F frånvarande, A anmält förhinder (and moves on to the next row); arrow keys work in each row's
 * choices too. An ersättare can serve for an absent ledamot; anyone can arrive or leave part-way;
 * guests and extra officials are added on the fly.
 */
import {
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Text,
  tokens,
  Tooltip,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { PersonAdd20Regular, Dismiss16Regular } from '@fluentui/react-icons';
import { useRef, useState, type KeyboardEvent } from 'react';
import { attendanceWarnings, type AttendanceRow, type AttendanceStatus } from '../../../shared/domain/attendance';
import { membershipRoleLabels } from '../../../shared/domain/labels';
import type { PersonInput } from '../../../shared/domain/register';
import type { ItemRow, MeetingRow, OrganisationRow, PersonRow } from '../../db/database';
import * as minutes from '../../db/minutes';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { FormDialog } from '../../ui/FormDialog';
import { useOptimisticValue } from '../../ui/useOptimisticValue';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(220px, 1.4fr) auto minmax(160px, 1fr)',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    ':focus-within': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  who: { display: 'flex', flexDirection: 'column' },
  name: { fontWeight: tokens.fontWeightSemibold },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  extra: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  summary: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
  small: { minWidth: '120px' },
});

const statusKeys: Record<string, AttendanceStatus> = { n: 'present', f: 'absent', a: 'apologies' };
const statusLabels: Record<AttendanceStatus, string> = { present: 'Närvarande', absent: 'Frånvarande', apologies: 'Anmält förhinder' };

function StatusChoice(props: { label: string; status: AttendanceStatus | null; readOnly?: boolean; onChange: (status: AttendanceStatus) => void }) {
  const [status, setStatus] = useOptimisticValue(props.status);
  return (
    <RadioGroup
      layout="horizontal"
      aria-label={props.label}
      value={status ?? ''}
      disabled={props.readOnly}
      onChange={(_, d) => {
        setStatus(d.value as AttendanceStatus);
        props.onChange(d.value as AttendanceStatus);
      }}
    >
      {(['present', 'apologies', 'absent'] as const).map((s) => (
        <Radio key={s} value={s} label={statusLabels[s]} />
      ))}
    </RadioGroup>
  );
}

export function AttendancePanel(props: {
  meeting: MeetingRow;
  rows: AttendanceRow[];
  items: ItemRow[];
  numbers: Map<string, string>;
  people: Map<string, PersonRow>;
  organisations: Map<string, OrganisationRow>;
  readOnly?: boolean;
}) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const { meeting, rows, items, people, organisations } = props;
  const [adding, setAdding] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  const name = (id: string) => people.get(id)?.name ?? 'Okänd person';
  const names = new Map(rows.map((r) => [r.personId, name(r.personId)]));
  const warnings = attendanceWarnings(rows, names);
  const set = (personId: string, patch: Parameters<typeof minutes.setAttendance>[3]) =>
    void feedback.save(() => minutes.setAttendance(store, meeting.id, personId, patch));

  const onRowKey = (event: KeyboardEvent<HTMLLIElement>, index: number, personId: string) => {
    if (props.readOnly || event.ctrlKey || event.altKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'radio') return;
    if (target.tagName === 'SELECT') return;
    const status = statusKeys[event.key.toLowerCase()];
    if (!status) return;
    event.preventDefault();
    set(personId, { status });
    // Move on to the next person's choice, as a paper list is ticked from top to bottom.
    const next = listRef.current?.querySelectorAll<HTMLElement>('li')[index + 1]?.querySelector<HTMLInputElement>('input[type="radio"]');
    next?.focus();
  };

  const counts = {
    present: rows.filter((r) => r.status === 'present').length,
    absent: rows.filter((r) => r.status === 'absent').length,
    apologies: rows.filter((r) => r.status === 'apologies').length,
    unknown: rows.filter((r) => r.status === null).length,
  };
  const absentMembers = rows.filter((r) => ['chair', 'viceChair', 'member'].includes(r.role) && r.status !== 'present');
  const orgOf = (row: AttendanceRow) => {
    const person = people.get(row.personId);
    const orgId = row.organisationId ?? person?.organisationId ?? null;
    return orgId ? (organisations.get(orgId)?.name ?? '') : '';
  };
  const itemOption = (item: ItemRow) => `${props.numbers.get(item.id) ?? ''}. ${item.title}`;

  return (
    <div className={styles.root}>
      <div className={styles.summary} aria-live="polite">
        <Text>
          {counts.present} närvarande · {counts.apologies} anmält förhinder · {counts.absent} frånvarande
          {counts.unknown > 0 ? ` · ${counts.unknown} ej markerade` : ''}
        </Text>
        {!props.readOnly ? (
          <Button icon={<PersonAdd20Regular />} onClick={() => setAdding(true)}>
            Lägg till gäst eller tjänsteperson
          </Button>
        ) : null}
      </div>
      <Text size={200}>
        Ställ dig på en person och tryck <strong>N</strong> (närvarande), <strong>F</strong> (frånvarande) eller <strong>A</strong> (anmält förhinder); markeringen
        går vidare till nästa person.
      </Text>
      {warnings.map((w) => (
        <MessageBar key={w} intent="warning">
          <MessageBarBody>{w}</MessageBarBody>
        </MessageBar>
      ))}
      <ol className={styles.list} ref={listRef} aria-label="Närvaro">
        {rows.map((row, index) => (
          <li key={row.personId} className={styles.row} onKeyDown={(e) => onRowKey(e, index, row.personId)} data-testid="attendance-row">
            <div className={styles.who}>
              <span className={styles.name}>{name(row.personId)}</span>
              <span className={styles.meta}>
                {row.role === 'guest' ? 'Gäst' : membershipRoleLabels[row.role]}
                {row.deputyForPersonId ? ` för ${name(row.deputyForPersonId)}` : ''}
                {orgOf(row) ? ` · ${orgOf(row)}` : ''}
              </span>
            </div>
            <StatusChoice
              label={`Närvaro för ${name(row.personId)}`}
              status={row.status}
              readOnly={props.readOnly}
              onChange={(status) => set(row.personId, { status })}
            />
            <div className={styles.extra}>
              {row.role === 'deputy' && row.status === 'present' ? (
                <Select
                  size="small"
                  aria-label={`${name(row.personId)} tjänstgör för`}
                  value={row.substituteFor ?? ''}
                  disabled={props.readOnly}
                  onChange={(_, d) => set(row.personId, { substituteFor: d.value || null })}
                >
                  <option value="">Tjänstgör inte</option>
                  {absentMembers.map((m) => (
                    <option key={m.personId} value={m.personId}>
                      Tjänstgör för {name(m.personId)}
                    </option>
                  ))}
                </Select>
              ) : null}
              {row.status === 'present' ? (
                <>
                  <Select
                    size="small"
                    className={styles.small}
                    aria-label={`${name(row.personId)} kom till`}
                    value={row.fromItemId ?? ''}
                    disabled={props.readOnly}
                    onChange={(_, d) => set(row.personId, { fromItemId: d.value || null })}
                  >
                    <option value="">Från början</option>
                    {items.slice(1).map((item) => (
                      <option key={item.id} value={item.id}>
                        Från punkt {itemOption(item)}
                      </option>
                    ))}
                  </Select>
                  <Select
                    size="small"
                    className={styles.small}
                    aria-label={`${name(row.personId)} gick efter`}
                    value={row.toItemId ?? ''}
                    disabled={props.readOnly}
                    onChange={(_, d) => set(row.personId, { toItemId: d.value || null })}
                  >
                    <option value="">Till slutet</option>
                    {items.slice(0, -1).map((item) => (
                      <option key={item.id} value={item.id}>
                        Till punkt {itemOption(item)}
                      </option>
                    ))}
                  </Select>
                </>
              ) : null}
              {!row.invited && !props.readOnly ? (
                <Tooltip content={`Ta bort ${name(row.personId)} från mötet`} relationship="label">
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<Dismiss16Regular />}
                    onClick={async () => {
                      const done = await feedback.save(() => minutes.removeAttendee(store, meeting.id, row.personId).then(() => true));
                      if (done)
                        feedback.undoable(`${name(row.personId)} togs bort från mötet.`, () =>
                          minutes.addAttendee(store, meeting.id, { personId: row.personId }, row.role),
                        );
                    }}
                  />
                </Tooltip>
              ) : null}
              {row.substituteFor ? <Badge appearance="tint">Tjänstgörande</Badge> : null}
            </div>
          </li>
        ))}
      </ol>
      <AddAttendeeDialog open={adding} meeting={meeting} people={[...people.values()]} organisations={[...organisations.values()]} onClose={() => setAdding(false)} />
    </div>
  );
}

interface AddValues {
  personId: string;
  name: string;
  title: string;
  organisationId: string;
  role: 'guest' | 'official' | 'coopted';
}

function AddAttendeeDialog(props: { open: boolean; meeting: MeetingRow; people: PersonRow[]; organisations: OrganisationRow[]; onClose: () => void }) {
  const store = useStore();
  const initial: AddValues = { personId: '', name: '', title: '', organisationId: '', role: 'guest' };
  const people = props.people.filter((p) => p.deletedAt === null).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return (
    <FormDialog
      open={props.open}
      title="Lägg till på mötet"
      initial={initial}
      submitLabel="Lägg till"
      onClose={props.onClose}
      onSubmit={async (values) => {
        const newPerson: PersonInput = { name: values.name, title: values.title, organisationId: values.organisationId || null, email: '', phone: '' };
        await minutes.addAttendee(store, props.meeting.id, values.personId ? { personId: values.personId } : { newPerson }, values.role);
      }}
    >
      {({ values, set, errors }) => (
        <>
          <Field label="Roll på mötet">
            <RadioGroup layout="horizontal" value={values.role} onChange={(_, d) => set('role', d.value as AddValues['role'])}>
              <Radio value="guest" label="Gäst" />
              <Radio value="official" label="Tjänsteperson" />
              <Radio value="coopted" label="Adjungerad" />
            </RadioGroup>
          </Field>
          <Field label="Person i registret" hint="Eller lämna tomt och skriv in en ny person nedan.">
            <Select value={values.personId} onChange={(_, d) => set('personId', d.value)}>
              <option value="">Ny person</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          </Field>
          {!values.personId ? (
            <>
              <Field label="Namn" required validationMessage={errors.name} data-field="name">
                <Input value={values.name} onChange={(_, d) => set('name', d.value)} autoFocus />
              </Field>
              <Field label="Titel" validationMessage={errors.title} data-field="title">
                <Input value={values.title} onChange={(_, d) => set('title', d.value)} />
              </Field>
              <Field label="Organisation" validationMessage={errors.organisationId} data-field="organisationId">
                <Select value={values.organisationId} onChange={(_, d) => set('organisationId', d.value)}>
                  <option value="">Ingen organisation</option>
                  {props.organisations.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </Select>
              </Field>
            </>
          ) : null}
        </>
      )}
    </FormDialog>
  );
}
