/**
 * What the standard items help with: "Val av justerare" picks justerare among the present members
 * and stores them on the meeting; "Godkännande av dagordning" records the agenda as adopted, with
 * additions; "Föregående mötes protokoll" links the previous minutes and shows their status. Each
 * can also write its usual sentence into the minutes.
 */
import { Button, Checkbox, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'wouter';
import { formatDate, formatTimestamp } from '../../../shared/domain/dates';
import { meetingStatusLabels } from '../../../shared/domain/labels';
import type { MeetingRow } from '../../db/database';
import { listMeetingsOfBody, setAdjusters } from '../../db/meetings';
import { setAgendaAdopted } from '../../db/minutes';
import { useFeedback } from '../../app/feedback';
import { routes } from '../../app/routes';
import { useOptimisticValue } from '../../ui/useOptimisticValue';
import { useStore } from '../../app/store-context';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  options: { display: 'flex', flexWrap: 'wrap', gap: `0 ${tokens.spacingHorizontalL}` },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
});

export function AdjustersHelper(props: {
  meeting: MeetingRow;
  candidates: { id: string; name: string; organisation: string }[];
  readOnly?: boolean;
  insert: (text: string) => void;
}) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const [chosen, setChosen] = useOptimisticValue(props.meeting.adjusterIds);
  const describe = (ids: readonly string[]) =>
    ids
      .map((id) => props.candidates.find((c) => c.id === id))
      .filter((c): c is NonNullable<typeof c> => !!c)
      .map((c) => (c.organisation ? `${c.name}, ${c.organisation}` : c.name));
  const sentence = (() => {
    const list = describe(chosen);
    if (list.length === 0) return '';
    const joined = list.length > 1 ? `${list.slice(0, -1).join(', ')} och ${list.at(-1)}` : list[0];
    return `Till justerare utsågs ${joined}.`;
  })();
  return (
    <div className={styles.root}>
      <Text weight="semibold">Justerare bland de närvarande ledamöterna</Text>
      {props.candidates.length === 0 ? <Text>Markera först vilka ledamöter som är närvarande.</Text> : null}
      <div className={styles.options} role="group" aria-label="Justerare">
        {props.candidates.map((c) => (
          <Checkbox
            key={c.id}
            label={c.organisation ? `${c.name}, ${c.organisation}` : c.name}
            checked={chosen.includes(c.id)}
            disabled={props.readOnly}
            onChange={(_, d) => {
              const next = d.checked ? [...chosen, c.id] : chosen.filter((id) => id !== c.id);
              setChosen(next);
              void feedback.save(() => setAdjusters(store, props.meeting.id, next));
            }}
          />
        ))}
      </div>
      {sentence && !props.readOnly ? (
        <div>
          <Button size="small" onClick={() => props.insert(sentence)}>
            Skriv in: ”{sentence}”
          </Button>
        </div>
      ) : null}
    </div>
  );
}

export function AgendaAdoptedHelper(props: { meeting: MeetingRow; readOnly?: boolean; insert: (text: string) => void }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const [additions, setAdditions] = useState(props.meeting.agendaAdditions);
  const adopted = props.meeting.agendaAdoptedAt;
  return (
    <div className={styles.root}>
      {adopted ? (
        <Text>
          Dagordningen fastställdes {formatTimestamp(adopted)}
          {props.meeting.agendaAdditions ? `, med tillägg: ${props.meeting.agendaAdditions}` : ''}.
        </Text>
      ) : (
        <Text>Dagordningen är inte fastställd ännu.</Text>
      )}
      {!props.readOnly ? (
        <div className={styles.row}>
          <Field label="Tillägg till dagordningen" hint="T.ex. ”några punkter lades till under övrigt”">
            <Input value={additions} onChange={(_, d) => setAdditions(d.value)} />
          </Field>
          <Button
            onClick={() =>
              void feedback.save(async () => {
                await setAgendaAdopted(store, props.meeting.id, { additions });
                props.insert(additions.trim() ? `Dagordningen fastställdes med tillägg: ${additions.trim()}.` : 'Dagordningen fastställdes.');
              })
            }
          >
            {adopted ? 'Fastställ igen' : 'Dagordningen fastställdes'}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

export function PreviousMinutesHelper(props: { meeting: MeetingRow; readOnly?: boolean; insert: (text: string) => void; kind: 'protocol' | 'notes' }) {
  const store = useStore();
  const styles = useStyles();
  const host = props.meeting.bodyIds[0]!;
  const previous = useLiveQuery(async () => {
    const meetings = await listMeetingsOfBody(store, host);
    return meetings.filter((m) => m.status !== 'cancelled' && (m.date < props.meeting.date || (m.date === props.meeting.date && m.startTime < props.meeting.startTime))).at(-1) ?? null;
  }, [store, host, props.meeting.date, props.meeting.startTime]);
  const sentence =
    props.kind === 'protocol' ? 'Protokollet från föregående möte fastställdes och lades till handlingarna.' : 'Inga synpunkter kring föregående anteckningar.';
  return (
    <div className={styles.root}>
      {previous === undefined ? null : previous === null ? (
        <Text>Det finns inget tidigare möte för organet i Justera.</Text>
      ) : (
        <Text>
          Föregående möte:{' '}
          <Link href={routes.meeting(previous.id)}>{formatDate(previous.date)}</Link>{' '}
          ({meetingStatusLabels[previous.status].toLocaleLowerCase('sv-SE')})
        </Text>
      )}
      {!props.readOnly ? (
        <div>
          <Button size="small" onClick={() => props.insert(sentence)}>
            Skriv in: ”{sentence}”
          </Button>
        </div>
      ) : null}
    </div>
  );
}
