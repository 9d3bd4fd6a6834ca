/**
 * The chair's and the secretary's agenda: items in order with their numbers and clock times,
 * reordered by drag and drop or by keyboard (dnd-kit: focus the handle, Space, arrows, Space), with
 * the numbering and times updated at once and a warning when the plan runs past the meeting's end.
 */
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type ScreenReaderInstructions,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  Badge,
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  mergeClasses,
  Text,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import {
  Add20Regular,
  ArrowDown16Regular,
  ArrowUp16Regular,
  CalendarArrowRight16Regular,
  Delete16Regular,
  Edit16Regular,
  MoreHorizontal20Regular,
  ReOrderDotsVertical20Regular,
  TextBulletListAdd20Regular,
} from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { numberLabel, orderItems, overrunMinutes, scheduleInOrder } from '../../../shared/domain/agenda';
import { formatDate, formatTime, minutesOfDay, timeFromMinutes } from '../../../shared/domain/dates';
import { itemKindLabels } from '../../../shared/domain/labels';
import type { AgendaItemInput } from '../../../shared/domain/meeting';
import type { BodyRow, ItemRow, MeetingRow } from '../../db/database';
import * as agenda from '../../db/agenda';
import { actorName } from '../../db/actor';
import { listMeetingsOfBody } from '../../db/meetings';
import { listOrganisations, listPeople } from '../../db/queries';
import { useCommand } from '../../app/commands';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { EmptyState } from '../../ui/EmptyState';
import { AttachmentLinks } from './Attachments';
import { emptyItem, ItemDialog } from './ItemDialog';
import { presenterLabel } from './PresenterEditor';
import { PostponeDialog } from './PostponeDialog';
import { PullTopicDialog } from './PullTopicDialog';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  summary: { color: tokens.colorNeutralForeground2 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: {
    display: 'grid',
    gridTemplateColumns: 'auto 3.5em 7.5em 1fr auto auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dragging: { boxShadow: tokens.shadow16, zIndex: 1, position: 'relative' },
  postponed: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3 },
  handle: { cursor: 'grab', minWidth: '32px' },
  number: { fontWeight: tokens.fontWeightSemibold, textAlign: 'end' },
  time: { fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2 },
  main: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  title: {
    padding: 0,
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
  },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  minutes: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  end: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const kindColor = { information: 'informative', discussion: 'brand', decision: 'important' } as const;

function minutesText(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  return h > 0 ? `${h} h ${m} min` : `${m} min`;
}

const instructions: ScreenReaderInstructions = {
  draggable:
    'Tryck på mellanslag för att lyfta punkten. Flytta den med pil upp och pil ner. Släpp med mellanslag, eller avbryt med Escape.',
};

function SortableRow(props: {
  item: ItemRow;
  index: number;
  count: number;
  number: string;
  time: string | null;
  postponedTo: string | null;
  onEdit: () => void;
  onMove: (delta: number) => void;
  onPostpone: () => void;
  onUndoPostpone: () => void;
  onRemove: () => void;
}) {
  const styles = useStyles();
  const { item } = props;
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: item.id });
  const presenters = item.presenters.map(presenterLabel).join('; ');
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={mergeClasses(styles.row, isDragging && styles.dragging, !!item.postponed && styles.postponed)}
      data-testid="agenda-item"
    >
      <Button
        appearance="subtle"
        className={styles.handle}
        icon={<ReOrderDotsVertical20Regular />}
        aria-label={`Flytta punkt ${props.number}, ${item.title}`}
        {...attributes}
        {...listeners}
        onKeyDown={(event) => {
          // Alt + pil flyttar direkt, utan att lyfta punkten.
          if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
            event.preventDefault();
            props.onMove(event.key === 'ArrowUp' ? -1 : 1);
            return;
          }
          listeners?.onKeyDown?.(event);
        }}
      />
      <Text className={styles.number}>{props.number}</Text>
      <Text className={styles.time}>{props.time ?? '–'}</Text>
      <div className={styles.main}>
        <Button appearance="transparent" className={styles.title} onClick={props.onEdit} data-testid="agenda-item-title">
          {item.title}
        </Button>
        <Text className={styles.meta}>
          {[
            presenters,
            item.subPoints.length > 0 ? `${item.subPoints.length} underpunkter` : '',
            item.links.length > 0 ? `${item.links.length} länkar` : '',
            item.attachments.length > 0 ? `${item.attachments.length} ${item.attachments.length === 1 ? 'bifogad fil' : 'bifogade filer'}` : '',
          ]
            .filter(Boolean)
            .join(' · ')}
          {item.postponed ? ` Uppskjuten: ${props.postponedTo ?? ''}${item.postponed.reason ? ` – ${item.postponed.reason}` : ''}` : ''}
        </Text>
        <AttachmentLinks attachments={item.attachments} />
      </div>
      <Badge appearance="tint" color={kindColor[item.kind]}>
        {itemKindLabels[item.kind]}
      </Badge>
      <div className={styles.end}>
        <Text className={styles.minutes}>{item.minutes} min</Text>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Tooltip content={`Åtgärder för ${item.title}`} relationship="label">
              <Button appearance="subtle" icon={<MoreHorizontal20Regular />} />
            </Tooltip>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem icon={<Edit16Regular />} onClick={props.onEdit}>
                Ändra
              </MenuItem>
              <MenuItem icon={<ArrowUp16Regular />} disabled={props.index === 0} onClick={() => props.onMove(-1)}>
                Flytta upp
              </MenuItem>
              <MenuItem icon={<ArrowDown16Regular />} disabled={props.index === props.count - 1} onClick={() => props.onMove(1)}>
                Flytta ner
              </MenuItem>
              {item.postponed ? (
                <MenuItem icon={<CalendarArrowRight16Regular />} onClick={props.onUndoPostpone}>
                  Ångra uppskjutningen
                </MenuItem>
              ) : (
                <MenuItem icon={<CalendarArrowRight16Regular />} onClick={props.onPostpone}>
                  Skjut upp …
                </MenuItem>
              )}
              <MenuItem icon={<Delete16Regular />} onClick={props.onRemove}>
                Ta bort
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
    </li>
  );
}

export function AgendaEditor(props: { meeting: MeetingRow; host: BodyRow; items: ItemRow[]; firstSection: number }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const { meeting, host } = props;
  const people = useLiveQuery(() => listPeople(store), [store]) ?? [];
  const organisations = useLiveQuery(() => listOrganisations(store), [store]) ?? [];
  const bodyMeetings = useLiveQuery(() => listMeetingsOfBody(store, host.id), [store, host.id]) ?? [];
  const [editing, setEditing] = useState<{ id: string | null; initial: AgendaItemInput } | null>(null);
  const [postponing, setPostponing] = useState<ItemRow | null>(null);
  const [pulling, setPulling] = useState(false);
  // The order shown while a move is being written, so a dropped item does not jump back for a moment.
  const [pendingOrder, setPendingOrder] = useState<string[] | null>(null);
  useEffect(() => setPendingOrder(null), [props.items]);

  const ordered = useMemo(() => {
    const list = orderItems(props.items);
    if (!pendingOrder) return list;
    const byId = new Map(list.map((i) => [i.id, i]));
    const shown = pendingOrder.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    return shown.length === list.length ? shown : list;
  }, [props.items, pendingOrder]);
  const active = ordered.filter((i) => !i.postponed);
  const times = new Map(scheduleInOrder(active, meeting.startTime).map((t) => [t.id, t]));
  const plannedMinutes = active.reduce((sum, i) => sum + i.minutes, 0);
  const overrun = overrunMinutes(active, meeting.startTime, meeting.endTime);
  const laterMeetings = bodyMeetings.filter((m) => m.id !== meeting.id && m.status !== 'cancelled' && m.date >= meeting.date);
  const meetingDate = (id: string | null) => {
    const m = bodyMeetings.find((x) => x.id === id);
    return m ? `mötet ${formatDate(m.date)}` : 'listan Till kommande möten';
  };

  const by = () => actorName(store);
  const move = async (itemId: string, targetIndex: number) => {
    if (targetIndex < 0 || targetIndex >= ordered.length) return;
    const ids = ordered.map((i) => i.id).filter((id) => id !== itemId);
    ids.splice(targetIndex, 0, itemId);
    setPendingOrder(ids);
    await feedback.save(async () => agenda.moveItem(store, meeting.id, itemId, targetIndex, await by()));
  };
  const remove = async (item: ItemRow) => {
    const done = await feedback.save(async () => {
      await agenda.removeItem(store, meeting.id, item.id, await by());
      return true;
    });
    if (done) feedback.undoable(`Punkten ”${item.title}” togs bort.`, async () => agenda.restoreItem(store, meeting.id, item.id, await by()));
  };

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const title = (id: string | number) => ordered.find((i) => i.id === id)?.title ?? '';
  const place = (id: string | number | undefined) => ordered.findIndex((i) => i.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active: a }) => `Du har lyft punkten ${title(a.id)}. Den står på plats ${place(a.id)} av ${ordered.length}.`,
    onDragOver: ({ active: a, over }) => (over ? `Punkten ${title(a.id)} är nu över plats ${place(over.id)} av ${ordered.length}.` : `Punkten ${title(a.id)} är utanför listan.`),
    onDragEnd: ({ active: a, over }) => (over ? `Punkten ${title(a.id)} släpptes på plats ${place(over.id)} av ${ordered.length}.` : `Punkten ${title(a.id)} släpptes.`),
    onDragCancel: ({ active: a }) => `Flytten avbröts. Punkten ${title(a.id)} ligger kvar på plats ${place(a.id)}.`,
  };
  const onDragEnd = (event: DragEndEvent) => {
    const { active: a, over } = event;
    if (!over || a.id === over.id) return;
    void move(String(a.id), ordered.findIndex((i) => i.id === over.id));
  };

  useCommand({ id: 'agenda:new-item', label: 'Ny punkt på dagordningen', keys: 'Alt+N', group: 'Dagordning', run: () => setEditing({ id: null, initial: emptyItem }) });
  useCommand({ id: 'agenda:pull-topic', label: 'Hämta från Till kommande möten', keys: 'Alt+T', group: 'Dagordning', run: () => setPulling(true) });

  const endTime = timeFromMinutes(minutesOfDay(meeting.startTime) + plannedMinutes);
  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <Button appearance="primary" icon={<Add20Regular />} onClick={() => setEditing({ id: null, initial: emptyItem })}>
          Ny punkt
        </Button>
        <Button icon={<TextBulletListAdd20Regular />} onClick={() => setPulling(true)}>
          Hämta från Till kommande möten
        </Button>
        <Text className={styles.summary} aria-live="polite">
          {ordered.length} punkter · planerat {minutesText(plannedMinutes)} · slutar kl. {formatTime(endTime)}
        </Text>
      </div>
      {overrun > 0 ? (
        <MessageBar intent="warning" data-testid="overrun">
          <MessageBarBody>
            Dagordningen slutar kl. {formatTime(endTime)}, {overrun} minuter efter mötets sluttid kl. {formatTime(meeting.endTime)}. Korta någon punkt eller
            skjut upp en.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {ordered.length === 0 ? (
        <EmptyState title="Dagordningen är tom" action={<Button onClick={() => setEditing({ id: null, initial: emptyItem })}>Lägg till den första punkten</Button>} />
      ) : (
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: instructions }}>
          <SortableContext items={ordered.map((i) => i.id)} strategy={verticalListSortingStrategy}>
            <ol className={styles.list} aria-label="Dagordning">
              {ordered.map((item, index) => {
                const t = times.get(item.id);
                return (
                  <SortableRow
                    key={item.id}
                    item={item}
                    index={index}
                    count={ordered.length}
                    number={numberLabel(index, host.numbering, props.firstSection)}
                    time={t ? `${formatTime(t.start)}–${formatTime(t.end)}` : null}
                    postponedTo={item.postponed ? meetingDate(item.postponed.toMeetingId) : null}
                    onEdit={() =>
                      setEditing({
                        id: item.id,
                        initial: {
                          title: item.title,
                          kind: item.kind,
                          minutes: item.minutes,
                          description: item.description,
                          presenters: item.presenters,
                          subPoints: item.subPoints,
                          links: item.links,
                          timeSlotId: item.timeSlotId,
                        },
                      })
                    }
                    onMove={(delta) => void move(item.id, index + delta)}
                    onPostpone={() => setPostponing(item)}
                    onUndoPostpone={() => void feedback.save(async () => agenda.undoPostpone(store, meeting.id, item.id, await by()))}
                    onRemove={() => void remove(item)}
                  />
                );
              })}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      <Text size={200} className={styles.summary}>
        Flytta en punkt: ta tag i handtaget med musen, eller ställ dig på det och tryck mellanslag, pilarna och mellanslag igen. Alt + pil flyttar direkt.
      </Text>

      <ItemDialog
        open={editing !== null}
        title={editing?.id ? 'Ändra punkt' : 'Ny punkt'}
        initial={editing?.initial ?? emptyItem}
        people={people}
        organisations={organisations}
        onClose={() => setEditing(null)}
        attachments={{
          meetingId: meeting.id,
          itemId: editing?.id ?? null,
          current: props.items.find((i) => i.id === editing?.id)?.attachments ?? [],
        }}
        onSubmit={async (values) => {
          const who = await by();
          if (editing?.id) await agenda.updateItem(store, meeting.id, editing.id, values, who);
          else await agenda.addItem(store, meeting.id, values, { by: who });
        }}
      />
      <PostponeDialog
        open={postponing !== null}
        itemTitle={postponing?.title ?? ''}
        laterMeetings={laterMeetings}
        onClose={() => setPostponing(null)}
        onSubmit={async (values) => {
          if (!postponing) return;
          const target = values.target === 'meeting' && values.meetingId ? { kind: 'meeting' as const, meetingId: values.meetingId } : { kind: 'backlog' as const };
          const item = postponing;
          await agenda.postponeItem(store, meeting.id, item.id, values.reason, target, await by());
          feedback.undoable(
            target.kind === 'meeting' ? `”${item.title}” flyttades till ${meetingDate(target.meetingId)}.` : `”${item.title}” lades i listan Till kommande möten.`,
            async () => agenda.undoPostpone(store, meeting.id, item.id, await by()),
          );
        }}
      />
      <PullTopicDialog open={pulling} bodyId={host.id} bodyName={host.name} meetingId={meeting.id} onClose={() => setPulling(false)} />
    </div>
  );
}
