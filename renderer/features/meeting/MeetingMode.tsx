/**
 * The meeting itself, on one calm screen: on the left the agenda (attendance first, then each item
 * with its time used against the plan); on the right what the secretary is writing. Alt+PageDown
 * and Alt+PageUp move between items; while the meeting is running, each item records when it was
 * taken up and left.
 */
import { Badge, Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { Play20Regular, Stop20Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { numberLabel, orderItems } from '../../../shared/domain/agenda';
import { attendanceRows, decisionParticipants, invitedOn, meetingParticipants, presentAt } from '../../../shared/domain/attendance';
import { votingRoles } from '../../../shared/domain/register';
import type { BodyRow, ItemRow, MeetingRow, OrganisationRow, PersonRow } from '../../db/database';
import * as minutes from '../../db/minutes';
import { listMembershipsOfBodies } from '../../db/queries';
import { useCommand } from '../../app/commands';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { AttendancePanel } from './AttendancePanel';
import { FollowUpPanel } from './FollowUpPanel';
import { ItemPanel } from './ItemPanel';

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'minmax(220px, 300px) 1fr', gap: tokens.spacingHorizontalXL, alignItems: 'start' },
  // Stays in view beside the item; a long agenda scrolls within it (the window less the header and
  // the main area's padding), so the current item can always be shown.
  side: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    position: 'sticky',
    top: 0,
    maxHeight: `calc(100vh - 48px - 2 * ${tokens.spacingVerticalXL})`,
    overflowY: 'auto',
    padding: tokens.spacingVerticalXXS,
  },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  // A plain button styled as Fluent's subtle button: the list has 60 of them, and Fluent's Button
  // costs about a millisecond each to render (docs/BENCHMARK.md).
  entry: {
    display: 'flex',
    alignItems: 'center',
    width: '100%',
    minHeight: '36px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorSubtleBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed, color: tokens.colorNeutralForeground2Pressed },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})` },
  },
  current: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  done: { color: tokens.colorNeutralForeground3 },
  main: { minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, ':focus': { outline: 'none' } },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  controls: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

type View = { kind: 'attendance' } | { kind: 'followUp' } | { kind: 'item'; itemId: string };

/**
 * The agenda beside the item: attendance, follow-up, then every item. Memoised, so typing, a timer
 * or a new attendance mark does not render 60 buttons again; `current` is the item id or the view.
 */
const AgendaList = memo(function AgendaList(props: {
  ordered: readonly ItemRow[];
  numbers: ReadonlyMap<string, string>;
  current: string;
  attendance: string;
  onGo: (view: View) => void;
}) {
  const styles = useStyles();
  const { current, onGo } = props;
  const list = useRef<HTMLOListElement>(null);
  // The current entry is scrolled into view within the agenda (not the page): centred when it was
  // out of view, left alone when it is visible.
  useEffect(() => {
    const container = list.current?.closest('nav');
    const entry = list.current?.querySelector('[aria-current="step"]');
    if (!container || !entry) return;
    const outer = container.getBoundingClientRect();
    const inner = entry.getBoundingClientRect();
    if (inner.top < outer.top || inner.bottom > outer.bottom) {
      container.scrollTop += inner.top - outer.top - (outer.height - inner.height) / 2;
    }
  }, [current]);
  return (
    <ol className={styles.list} ref={list}>
      <li>
        <button type="button" className={mergeClasses(styles.entry, current === 'attendance' && styles.current)} aria-current={current === 'attendance' ? 'step' : undefined} onClick={() => onGo({ kind: 'attendance' })}>
          {props.attendance}
        </button>
      </li>
      <li>
        <button type="button" className={mergeClasses(styles.entry, current === 'followUp' && styles.current)} aria-current={current === 'followUp' ? 'step' : undefined} onClick={() => onGo({ kind: 'followUp' })}>
          Uppföljning av uppdrag
        </button>
      </li>
      {props.ordered.map((i) => (
        <li key={i.id}>
          <button
            type="button"
            className={mergeClasses(styles.entry, current === i.id && styles.current, !!i.endedAt && styles.done)}
            aria-current={current === i.id ? 'step' : undefined}
            onClick={() => onGo({ kind: 'item', itemId: i.id })}
          >
            {props.numbers.get(i.id)}. {i.title}
          </button>
        </li>
      ))}
    </ol>
  );
});

export function MeetingMode(props: {
  meeting: MeetingRow;
  host: BodyRow;
  items: ItemRow[];
  firstSection: number;
  people: Map<string, PersonRow>;
  organisations: Map<string, OrganisationRow>;
  readOnly?: boolean;
  /** Open at this item (a link from search or elsewhere). */
  initialItemId?: string;
  /** Items approved at the meeting ("omedelbart justerad"): shown, not editable. */
  frozenItemIds?: readonly string[];
}) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const { meeting, host, people, organisations } = props;
  const ordered = useMemo(() => orderItems(props.items), [props.items]);
  const order = ordered.map((i) => i.id);
  const numbers = useMemo(
    () => new Map(ordered.map((item, index) => [item.id, numberLabel(index, host.numbering, props.firstSection)])),
    [ordered, host.numbering, props.firstSection],
  );
  const memberships = useLiveQuery(() => listMembershipsOfBodies(store, meeting.bodyIds), [store, meeting.bodyIds.join(',')]);
  const records = useLiveQuery(() => minutes.listAttendance(store, meeting.id), [store, meeting.id]);
  const rows = useMemo(() => attendanceRows(invitedOn(meeting.date, memberships ?? []), records ?? []), [meeting.date, memberships, records]);
  const anyMarked = rows.some((r) => r.status !== null);
  const [view, setView] = useState<View>(() =>
    props.initialItemId && props.items.some((i) => i.id === props.initialItemId) ? { kind: 'item', itemId: props.initialItemId } : { kind: 'attendance' },
  );
  useEffect(() => {
    // Once attendance is taken, reopening the meeting lands on the item that was running.
    if (records && anyMarked && view.kind === 'attendance') {
      const running = ordered.find((i) => i.startedAt && !i.endedAt);
      if (running) setView({ kind: 'item', itemId: running.id });
    }
    // Only on first load of the records.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [records === undefined]);

  const running = meeting.status !== 'held' && ordered.some((i) => i.startedAt);
  const name = (id: string) => people.get(id)?.name ?? 'Okänd person';
  const orgName = (row: { organisationId: string | null; personId: string }) => {
    const id = row.organisationId ?? people.get(row.personId)?.organisationId ?? null;
    return id ? (organisations.get(id)?.name ?? '') : '';
  };

  const views: View[] = [{ kind: 'attendance' }, { kind: 'followUp' }, ...ordered.map((i) => ({ kind: 'item' as const, itemId: i.id }))];
  const currentIndex = views.findIndex((v) => v.kind === view.kind && (v.kind !== 'item' || (view.kind === 'item' && v.itemId === view.itemId)));
  const go = (next: View) => {
    const left = view.kind === 'item' ? view.itemId : null;
    setView(next);
    if (next.kind === 'item' && running && !props.readOnly) void feedback.save(() => minutes.takeUpItem(store, meeting.id, next.itemId, left));
    // Focus follows: the item's editor takes it once loaded (see ItemPanel), attendance its list.
    if (next.kind !== 'item') requestAnimationFrame(() => document.getElementById('meeting-main')?.focus());
  };
  // The agenda list is memoised: a stable callback that always reaches the current `go`.
  const goRef = useRef(go);
  goRef.current = go;
  const onGo = useCallback((next: View) => goRef.current(next), []);
  const step = (delta: number) => {
    const next = views[Math.max(0, Math.min(views.length - 1, currentIndex + delta))];
    if (next) go(next);
  };
  useCommand({ id: 'meeting:next', label: 'Nästa punkt', keys: 'Alt+PageDown', group: 'Mötet', run: () => step(1), whileTyping: true });
  useCommand({ id: 'meeting:previous', label: 'Föregående punkt', keys: 'Alt+PageUp', group: 'Mötet', run: () => step(-1), whileTyping: true });

  const start = () =>
    void feedback.save(async () => {
      const first = view.kind === 'item' ? view.itemId : ordered[0]?.id;
      if (first) {
        await minutes.takeUpItem(store, meeting.id, first, null);
        setView({ kind: 'item', itemId: first });
      }
    });
  const finish = () =>
    void feedback.save(async () => {
      await minutes.endMeeting(store, meeting.id);
      feedback.success('Mötet är avslutat och markerat som genomfört.');
    });

  const present = rows.filter((r) => r.status === 'present');
  const presentPeople = present.map((r) => ({
    id: r.personId,
    name: name(r.personId),
    organisation: orgName(r),
    voting: (votingRoles as readonly string[]).includes(r.role) || !!r.substituteFor,
  }));
  const everyone = new Set(meetingParticipants(rows, order));

  const item = view.kind === 'item' ? ordered.find((i) => i.id === view.itemId) : undefined;
  const itemIndex = item ? order.indexOf(item.id) : -1;
  const participants = item ? decisionParticipants(rows, itemIndex, order) : [];
  const differs = item ? participants.length !== everyone.size || participants.some((p) => !everyone.has(p)) : false;
  const presentForItem = item ? presentPeople.filter((p) => presentAt(rows.find((r) => r.personId === p.id)!, itemIndex, order)) : presentPeople;

  return (
    <div className={styles.root}>
      <nav className={styles.side} aria-label="Mötets punkter">
        <div className={styles.controls}>
          {props.readOnly ? null : meeting.status === 'held' ? (
            <Badge appearance="tint" color="success">
              Mötet är genomfört
            </Badge>
          ) : running ? (
            <Button icon={<Stop20Regular />} onClick={finish}>
              Avsluta mötet
            </Button>
          ) : (
            <Button appearance="primary" icon={<Play20Regular />} onClick={start}>
              Starta mötet
            </Button>
          )}
        </div>
        <AgendaList ordered={ordered} numbers={numbers} current={view.kind === 'item' ? view.itemId : view.kind} attendance={`Närvaro (${present.length} av ${rows.length})`} onGo={onGo} />
        <Text size={200}>Alt + Page Down: nästa punkt · Alt + Page Up: föregående</Text>
      </nav>
      <div className={styles.main} id="meeting-main" tabIndex={-1}>
        {view.kind === 'attendance' ? (
          <>
            <h2 className={styles.heading}>Närvaro</h2>
            <AttendancePanel meeting={meeting} rows={rows} items={ordered} numbers={numbers} people={people} organisations={organisations} readOnly={props.readOnly} />
          </>
        ) : null}
        {view.kind === 'followUp' ? (
          <>
            <h2 className={styles.heading}>Uppföljning av uppdrag från tidigare möten</h2>
            <FollowUpPanel meeting={meeting} name={name} readOnly={props.readOnly} />
          </>
        ) : null}
        {item ? (
          <ItemPanel
            key={item.id}
            meeting={meeting}
            host={host}
            item={item}
            number={numbers.get(item.id) ?? ''}
            textModules={host.textModules}
            presentPeople={presentForItem}
            participants={participants.map((id) => ({ id, name: name(id) }))}
            participantsDiffer={differs}
            name={name}
            readOnly={props.readOnly || (props.frozenItemIds ?? []).includes(item.id)}
            canApproveNow={host.recordKind === 'protocol' && !props.readOnly && !(props.frozenItemIds ?? []).includes(item.id)}
          />
        ) : null}
      </div>
    </div>
  );
}
