/**
 * One item at the meeting: its heading and timer, the minutes (rich text), and — depending on the
 * item — the decision, tasks, the round, the standard item's helper, and a point to pass on.
 */
import { Badge, Button, Checkbox, Combobox, Field, makeStyles, Option, Spinner, Text, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { itemKindLabels } from '../../../shared/domain/labels';
import type { Forward } from '../../../shared/domain/minutes';
import type { TextModule } from '../../../shared/domain/register';
import type { BodyRow, ItemRow, MeetingRow } from '../../db/database';
import type { BufferedDoc } from '../../db/typingBuffer';
import { approveItemImmediately } from '../../db/justering';
import * as minutes from '../../db/minutes';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { DraftInput } from '../../ui/DraftInput';
import { FormDialog } from '../../ui/FormDialog';
import { presenterLabel } from '../agenda/PresenterEditor';
import { DecisionSection } from './DecisionSection';
import { AdjustersHelper, AgendaAdoptedHelper, PreviousMinutesHelper } from './ItemHelpers';
import { ItemTimer } from './ItemTimer';
import { MinutesEditor, type MinutesEditorHandle } from './MinutesEditor';
import { RoundSection } from './RoundSection';
import { TasksSection } from './TasksSection';
import { AttachmentLinks } from '../agenda/Attachments';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  header: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  forward: { display: 'grid', gridTemplateColumns: '1fr 2fr', gap: tokens.spacingHorizontalM },
});

const KNOWN_GROUPS = ['Länsdelsgrupperna', 'Chefsgrupp folkhälsa', 'Specifika samverkansrådet för folkhälsa', 'Regionala samverkansrådet'];

function ForwardSection(props: { meetingId: string; itemId: string; forward: Forward; readOnly?: boolean }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const [group, setGroup] = useState(props.forward.group);
  useEffect(() => setGroup(props.forward.group), [props.forward.group]);
  const save = (next: Forward) => void feedback.save(() => minutes.setForward(store, props.meetingId, props.itemId, next));
  return (
    <div className={styles.forward}>
      <Field label="Skickas vidare till">
        <Combobox
          freeform
          value={group}
          disabled={props.readOnly}
          placeholder="Ingen"
          expandIcon={{ 'aria-label': 'Visa grupper' }}
          onChange={(e) => setGroup(e.target.value)}
          onBlur={() => group !== props.forward.group && save({ ...props.forward, group })}
          onOptionSelect={(_, d) => {
            setGroup(d.optionText ?? '');
            save({ ...props.forward, group: d.optionText ?? '' });
          }}
        >
          {KNOWN_GROUPS.map((g) => (
            <Option key={g}>{g}</Option>
          ))}
        </Combobox>
      </Field>
      <Field label="Som punkt">
        <DraftInput value={props.forward.text} readOnly={props.readOnly} placeholder="T.ex. Återrapportering av medel" onCommit={(text) => save({ ...props.forward, text })} />
      </Field>
    </div>
  );
}

/** "Paragrafen förklarades omedelbart justerad": freeze this item now, approved by those named. */
function ApproveNow(props: { meetingId: string; itemId: string; title: string; people: { id: string; name: string }[]; adjusterIds: readonly string[] }) {
  const store = useStore();
  const [open, setOpen] = useState(false);
  const initial = { approvers: props.people.filter((p) => props.adjusterIds.includes(p.id)).map((p) => p.id) };
  return (
    <>
      <div>
        <Button size="small" onClick={() => setOpen(true)}>
          Justera paragrafen omedelbart …
        </Button>
      </div>
      <FormDialog
        open={open}
        title={`Justera ”${props.title}” omedelbart`}
        initial={initial}
        submitLabel="Justera paragrafen"
        onClose={() => setOpen(false)}
        onSubmit={async (values) => {
          await approveItemImmediately(store, props.meetingId, props.itemId, values.approvers.map((id) => props.people.find((p) => p.id === id)?.name ?? id));
        }}
      >
        {({ values, set }) => (
          <>
            <Text>Paragrafens text och beslut fryses nu och kan inte ändras efteråt. Resten av protokollet justeras som vanligt.</Text>
            <div role="group" aria-label="Justerade av">
              {props.people.map((p) => (
                <Checkbox
                  key={p.id}
                  label={p.name}
                  checked={values.approvers.includes(p.id)}
                  onChange={(_, d) => set('approvers', d.checked ? [...values.approvers, p.id] : values.approvers.filter((x) => x !== p.id))}
                />
              ))}
            </div>
          </>
        )}
      </FormDialog>
    </>
  );
}

export function ItemPanel(props: {
  meeting: MeetingRow;
  host: BodyRow;
  item: ItemRow;
  number: string;
  textModules: readonly TextModule[];
  presentPeople: { id: string; name: string; organisation: string; voting: boolean }[];
  participants: { id: string; name: string }[];
  participantsDiffer: boolean;
  name: (id: string) => string;
  readOnly?: boolean;
  /** A protocol item may be approved on the spot ("Paragrafen förklarades omedelbart justerad"). */
  canApproveNow?: boolean;
}) {
  const store = useStore();
  const styles = useStyles();
  const { meeting, item } = props;
  // The stored document (decision, round) and the editor's copy of it, written in batches.
  const [docs, setDocs] = useState<{ doc: Y.Doc; editing: BufferedDoc } | null>(null);
  const doc = docs?.doc ?? null;
  const [showDecision, setShowDecision] = useState(false);
  // The rest of the item (round, decision, tasks, passing on) renders just after the minutes editor,
  // at low priority: the cursor in the minutes is what the secretary waits for.
  const [restShown, setRestShown] = useState(false);
  useEffect(() => {
    if (doc && !restShown) startTransition(() => setRestShown(true));
  }, [doc, restShown]);
  const editor = useRef<MinutesEditorHandle>(null);
  const row = useLiveQuery(() => minutes.getMinutes(store, item.id), [store, item.id]);
  const tasks = useLiveQuery(() => minutes.listTasksOfMeeting(store, meeting.id), [store, meeting.id]) ?? [];

  // A layout effect: when the document is in memory already (opened from a link, the meeting screen
  // loads it beforehand), the editor is there in the same frame as the panel.
  useLayoutEffect(() => {
    let live = true;
    let editing: BufferedDoc | null = null;
    const take = (loaded: Y.Doc) => {
      if (!live) return;
      editing = minutes.editMinutes(store, item.id, loaded);
      setDocs({ doc: loaded, editing });
    };
    const inMemory = minutes.minutesInMemory(store, item.id);
    if (inMemory) take(inMemory);
    else {
      setDocs(null);
      void minutes.openMinutes(store, meeting.id, item.id).then(take);
    }
    return () => {
      live = false;
      // What the editor still holds is written before the document is let go.
      editing?.release();
      void minutes.closeMinutes(store, item.id);
    };
  }, [store, meeting.id, item.id]);

  // Moving to an item puts the cursor in its minutes, ready to type.
  // (The editor's focus command waits for the next frame itself.)
  useEffect(() => {
    if (doc && !props.readOnly) editor.current?.focus();
  }, [doc, props.readOnly]);

  const insert = (text: string) => editor.current?.insertText(` ${text}`);

  return (
    <article className={styles.root} aria-labelledby="current-item-title" data-item-id={item.id}>
      <header className={styles.header}>
        <h2 id="current-item-title" className={styles.title}>
          {props.number}. {item.title}
        </h2>
        <Badge appearance="tint">{itemKindLabels[item.kind]}</Badge>
        <ItemTimer startedAt={item.startedAt} endedAt={item.endedAt} plannedMinutes={item.minutes} />
      </header>
      {item.presenters.length > 0 || item.description ? (
        <Text className={styles.meta}>
          {item.presenters.map(presenterLabel).join('; ')}
          {item.presenters.length > 0 && item.description ? ' · ' : ''}
          {item.description}
        </Text>
      ) : null}
      <AttachmentLinks attachments={item.attachments} />
      {item.postponed ? <Text>Punkten är uppskjuten: {item.postponed.reason}</Text> : null}
      {props.readOnly ? <Text>Punkten är justerad och kan inte ändras.</Text> : null}

      {item.role === 'adjusters' ? (
        <AdjustersHelper meeting={meeting} candidates={props.presentPeople.filter((p) => p.voting)} readOnly={props.readOnly} insert={insert} />
      ) : null}
      {item.role === 'agenda' ? <AgendaAdoptedHelper meeting={meeting} readOnly={props.readOnly} insert={insert} /> : null}
      {item.role === 'previousMinutes' ? <PreviousMinutesHelper meeting={meeting} kind={props.host.recordKind} readOnly={props.readOnly} insert={insert} /> : null}

      {!doc ? (
        <Spinner size="small" label="Öppnar anteckningarna …" />
      ) : (
        <>
          <section className={styles.section} aria-label="Anteckningar">
            <MinutesEditor
              ref={editor}
              doc={docs!.editing.doc}
              label={`Anteckningar, punkt ${props.number} ${item.title}`}
              textModules={props.textModules}
              readOnly={props.readOnly}
              onBlur={() => docs?.editing.flush()}
            />
          </section>
          {restShown ? (
            <>
              {item.role === 'round' ? (
                <section className={styles.section}>
                  <h3 className={styles.sectionTitle}>Laget runt</h3>
                  <RoundSection doc={doc} meetingId={meeting.id} itemId={item.id} people={props.presentPeople} readOnly={props.readOnly} />
                </section>
              ) : null}
              {item.kind !== 'decision' && !showDecision && !(row?.decision || row?.decisionMeta.method !== 'none') ? (
                <div>
                  <Button size="small" onClick={() => setShowDecision(true)} disabled={props.readOnly}>
                    Lägg till beslut under punkten
                  </Button>
                </div>
              ) : null}
              {item.kind === 'decision' || showDecision || !!row?.decision || (row && row.decisionMeta.method !== 'none') ? (
                <section className={styles.section}>
                  <h3 className={styles.sectionTitle}>Beslut</h3>
                  <DecisionSection
                    doc={doc}
                    meetingId={meeting.id}
                    itemId={item.id}
                    meta={row?.decisionMeta ?? { method: 'none', proposals: [], votes: null, reservations: [] }}
                    participants={props.participants}
                    differsFromMeeting={props.participantsDiffer}
                    readOnly={props.readOnly}
                  />
                </section>
              ) : null}
              <section className={styles.section}>
                <h3 className={styles.sectionTitle}>Uppdrag</h3>
                <TasksSection
                  meetingId={meeting.id}
                  itemId={item.id}
                  tasks={tasks.filter((t) => t.itemId === item.id)}
                  attendees={props.presentPeople}
                  name={props.name}
                  readOnly={props.readOnly}
                />
              </section>
              {props.canApproveNow ? (
                <ApproveNow meetingId={meeting.id} itemId={item.id} title={item.title} people={props.presentPeople} adjusterIds={meeting.adjusterIds} />
              ) : null}
              <section className={styles.section}>
                <h3 className={styles.sectionTitle}>Skicka vidare</h3>
                <ForwardSection meetingId={meeting.id} itemId={item.id} forward={row?.forward ?? { group: '', text: '' }} readOnly={props.readOnly} />
              </section>
            </>
          ) : null}
        </>
      )}
    </article>
  );
}
