/**
 * The decision under an item, as KL 5 kap. 67 § asks: the proposals, how the decision was reached
 * (by acclamation or after a vote, with its result), reservations and notes by named members with
 * their reason — and who took part, shown when it differs from the meeting's attendance.
 */
import {
  Button,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Text,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import type * as Y from 'yjs';
import { newId } from '../../../shared/domain/ids';
import { decisionMethodLabels, decisionMethods, type DecisionMeta, type Proposal, type Reservation } from '../../../shared/domain/minutes';
import { decisionText } from '../../../shared/ydoc/minutes';
import * as minutes from '../../db/minutes';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { DraftInput } from '../../ui/DraftInput';
import { useOptimisticValue } from '../../ui/useOptimisticValue';
import { YTextArea } from './YTextArea';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'grid', gridTemplateColumns: '2fr 1fr auto', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  reservation: { display: 'grid', gridTemplateColumns: '1fr 160px 2fr auto', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  votes: { display: 'flex', gap: tokens.spacingHorizontalM },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  participants: { color: tokens.colorNeutralForeground2 },
});

export function DecisionSection(props: {
  doc: Y.Doc;
  meetingId: string;
  itemId: string;
  meta: DecisionMeta;
  /** People who took part in this item's decision, and whether that differs from the whole meeting. */
  participants: { id: string; name: string }[];
  differsFromMeeting: boolean;
  readOnly?: boolean;
}) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const { meta, meetingId, itemId } = props;
  const [method, setMethod] = useOptimisticValue(meta.method);
  const save = (patch: Partial<DecisionMeta>) => void feedback.save(() => minutes.setDecisionMeta(store, meetingId, itemId, patch));
  const setProposal = (index: number, patch: Partial<Proposal>) =>
    save({ proposals: meta.proposals.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
  const setReservation = (index: number, patch: Partial<Reservation>) =>
    save({ reservations: meta.reservations.map((r, i) => (i === index ? { ...r, ...patch } : r)) });

  return (
    <div className={styles.root}>
      <YTextArea
        doc={props.doc}
        read={() => decisionText(props.doc).toString()}
        label="Beslut"
        hint="Som det ska stå i protokollet, t.ex. ”Rådet beslutade att …”"
        rows={2}
        readOnly={props.readOnly}
        onEdit={(value) => void minutes.editDecisionText(store, meetingId, itemId, value)}
      />
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Förslag</legend>
        {meta.proposals.map((proposal, index) => (
          <div key={proposal.id} className={styles.row}>
            <Field label={`Förslag ${index + 1}`}>
              <DraftInput value={proposal.text} readOnly={props.readOnly} onCommit={(text) => setProposal(index, { text })} />
            </Field>
            <Field label="Av">
              <Select value={proposal.byPersonId ?? ''} disabled={props.readOnly} onChange={(_, d) => setProposal(index, { byPersonId: d.value || null })}>
                <option value="">Ordföranden</option>
                {props.participants.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Tooltip content={`Ta bort förslag ${index + 1}`} relationship="label">
              <Button appearance="subtle" icon={<Delete16Regular />} disabled={props.readOnly} onClick={() => save({ proposals: meta.proposals.filter((_, i) => i !== index) })} />
            </Tooltip>
          </div>
        ))}
        {!props.readOnly ? (
          <div>
            <Button size="small" icon={<Add16Regular />} onClick={() => save({ proposals: [...meta.proposals, { id: newId(), text: 'Nytt förslag', byPersonId: null, byText: '' }] })}>
              Lägg till förslag
            </Button>
          </div>
        ) : null}
      </fieldset>
      <Field label="Hur beslutet fattades">
        <RadioGroup
          layout="horizontal"
          value={method}
          disabled={props.readOnly}
          onChange={(_, d) => {
            setMethod(d.value as DecisionMeta['method']);
            save({ method: d.value as DecisionMeta['method'] });
          }}
        >
          {decisionMethods.map((m) => (
            <Radio key={m} value={m} label={decisionMethodLabels[m]} />
          ))}
        </RadioGroup>
      </Field>
      {method === 'vote' ? (
        <div className={styles.votes}>
          {(['yes', 'no', 'abstain'] as const).map((key) => (
            <Field key={key} label={{ yes: 'Ja', no: 'Nej', abstain: 'Avstår' }[key]}>
              <DraftInput
                type="number"
                min={0}
                readOnly={props.readOnly}
                value={String(meta.votes?.[key] ?? 0)}
                onCommit={(v) => save({ votes: { yes: 0, no: 0, abstain: 0, ...meta.votes, [key]: Math.max(0, Number.parseInt(v || '0', 10) || 0) } })}
              />
            </Field>
          ))}
        </div>
      ) : null}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Reservationer och protokollsanteckningar</legend>
        {meta.reservations.map((reservation, index) => (
          <div key={reservation.id} className={styles.reservation}>
            <Field label="Vem">
              <Select value={reservation.personId} disabled={props.readOnly} onChange={(_, d) => setReservation(index, { personId: d.value })}>
                {props.participants.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Slag">
              <Select value={reservation.kind} disabled={props.readOnly} onChange={(_, d) => setReservation(index, { kind: d.value as Reservation['kind'] })}>
                <option value="reservation">Reservation</option>
                <option value="note">Protokollsanteckning</option>
              </Select>
            </Field>
            <Field label="Motivering">
              <DraftInput value={reservation.reason} readOnly={props.readOnly} onCommit={(reason) => setReservation(index, { reason })} />
            </Field>
            <Tooltip content="Ta bort" relationship="label">
              <Button appearance="subtle" icon={<Delete16Regular />} disabled={props.readOnly} onClick={() => save({ reservations: meta.reservations.filter((_, i) => i !== index) })} />
            </Tooltip>
          </div>
        ))}
        {!props.readOnly && props.participants.length > 0 ? (
          <div>
            <Button
              size="small"
              icon={<Add16Regular />}
              onClick={() => save({ reservations: [...meta.reservations, { id: newId(), personId: props.participants[0]!.id, kind: 'reservation', reason: '' }] })}
            >
              Lägg till reservation eller anteckning
            </Button>
          </div>
        ) : null}
      </fieldset>
      {props.differsFromMeeting ? (
        <Text className={styles.participants} data-testid="decision-participants">
          I beslutet deltog: {props.participants.map((p) => p.name).join(', ') || 'ingen ledamot'}.
        </Text>
      ) : null}
    </div>
  );
}
