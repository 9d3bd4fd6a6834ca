/**
 * The protocol after the meeting: read it as it will look, send it for justering (a frozen version),
 * follow who has approved, answer comments, see what changed between versions, take in approvals
 * that arrive by file, e-mail or on paper — until "Justerat den …". Minnesanteckningar are not
 * justerade; they are confirmed at the next meeting.
 */
import {
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, ArrowUpload20Regular, CheckmarkCircle20Regular, DocumentPdf20Regular, Send20Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { ProtocolDocument } from '../../../shared/document/protocol';
import { verificationCode } from '../../../shared/document/canonical';
import { formatDate, formatTimestamp, todayIso } from '../../../shared/domain/dates';
import { approvalsFor, type ApprovalChannel, type Approver } from '../../../shared/domain/justering';
import type { ItemRow, MeetingRow } from '../../db/database';
import * as justering from '../../db/justering';
import { platform } from '../../platform';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { FormDialog } from '../../ui/FormDialog';
import { ProtocolView } from './ProtocolView';
import { VersionDiff } from './VersionDiff';
import { JUSTERING_FILTERS } from './filters';
import { WordActions } from './wordExport';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  comments: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  comment: { padding: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
});

export { JUSTERING_FILTERS };

const roleLabels = { secretary: 'Sekreterare', chair: 'Ordförande', adjuster: 'Justerare' } as const;
const channelLabels: Record<ApprovalChannel, string> = { app: 'i Justera', file: 'godkännandefil', email: 'e-post', paper: 'på papper', inPerson: 'muntligt' };

function RecordApprovalDialog(props: { open: boolean; meetingId: string; version: number; approvers: Approver[]; onClose: () => void }) {
  const store = useStore();
  const feedback = useFeedback();
  const initial = { approver: '0', decision: 'approve', via: 'email' as ApprovalChannel, date: todayIso(), note: '' };
  return (
    <FormDialog
      open={props.open}
      title={`Registrera godkännande av version ${props.version}`}
      initial={initial}
      submitLabel="Registrera"
      onClose={props.onClose}
      onSubmit={async (values) => {
        const approver = props.approvers[Number(values.approver)];
        if (!approver) return;
        const { signed } = await justering.recordApproval(store, props.meetingId, {
          approver,
          version: props.version,
          decision: values.decision as 'approve' | 'changes',
          via: values.via,
          at: `${values.date}T12:00:00.000Z`,
          note: values.note,
        });
        feedback.success(signed ? 'Alla har godkänt: protokollet är justerat.' : `${approver.name}s svar är registrerat.`);
      }}
    >
      {({ values, set }) => (
        <>
          <Field label="Vem">
            <Select value={values.approver} onChange={(_, d) => set('approver', d.value)}>
              {props.approvers.map((a, i) => (
                <option key={i} value={String(i)}>
                  {a.name} ({roleLabels[a.role].toLocaleLowerCase('sv-SE')})
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Svar">
            <RadioGroup layout="horizontal" value={values.decision} onChange={(_, d) => set('decision', d.value)}>
              <Radio value="approve" label="Godkänner" />
              <Radio value="changes" label="Begär ändringar" />
            </RadioGroup>
          </Field>
          <div>
            <Field label="Hur svaret kom">
              <Select value={values.via} onChange={(_, d) => set('via', d.value as ApprovalChannel)}>
                <option value="email">Med e-post</option>
                <option value="paper">Underskrift på papper</option>
                <option value="inPerson">Muntligt</option>
                <option value="app">I Justera på den här datorn</option>
              </Select>
            </Field>
          </div>
          <Field label="Datum">
            <Input type="date" value={values.date} onChange={(_, d) => set('date', d.value)} />
          </Field>
          <Field label="Anteckning" hint="T.ex. från vilken e-postadress svaret kom">
            <Input value={values.note} onChange={(_, d) => set('note', d.value)} />
          </Field>
        </>
      )}
    </FormDialog>
  );
}

export function JusteringPanel({ meeting, items }: { meeting: MeetingRow; items: ItemRow[] }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const row = useLiveQuery(() => justering.getJustering(store, meeting.id), [store, meeting.id]);
  const versions = useLiveQuery(() => justering.listReviewVersions(store, meeting.id), [store, meeting.id]) ?? [];
  const approvals = useLiveQuery(() => justering.listApprovals(store, meeting.id), [store, meeting.id]) ?? [];
  const comments = useLiveQuery(() => justering.listComments(store, meeting.id), [store, meeting.id]) ?? [];
  const [live, setLive] = useState<ProtocolDocument | null>(null);
  const [recording, setRecording] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const [compare, setCompare] = useState<{ from: number; to: number } | null>(null);

  // The protocol as it would look now (rebuilt when the meeting's data changes).
  useEffect(() => {
    let alive = true;
    void justering.buildProtocol(store, meeting.id).then((doc) => alive && setLive(doc), () => undefined);
    return () => {
      alive = false;
    };
  }, [store, meeting, items, row]);

  const latest = versions.at(-1);
  const latestDoc = latest ? (JSON.parse(latest.json) as ProtocolDocument) : null;
  const status = row?.status ?? 'draft';
  const isProtocol = (live ?? latestDoc)?.kind !== 'notes';
  const byApprover = latest ? approvalsFor(latest, approvals) : new Map();
  const keyOf = (a: Approver) => a.personId ?? `name:${a.name.toLocaleLowerCase('sv-SE')}`;

  const send = () =>
    void feedback.save(async () => {
      const { version, hash } = await justering.sendForReview(store, meeting.id);
      feedback.success(`Version ${version} är skickad för justering (kontrollkod ${verificationCode(hash)}).`);
    });
  const saveReviewFile = () =>
    void feedback.save(async () => {
      const file = await justering.exportReviewPackage(store, meeting.id);
      const result = await platform.saveFile({ suggestedName: file.name, bytes: file.bytes, filters: JUSTERING_FILTERS.review });
      if (result.saved) feedback.success('Justeringsfilen är sparad. Skicka den till justerarna.');
    });
  const readApproval = () =>
    void feedback.save(async () => {
      const file = await platform.openFile({ filters: JUSTERING_FILTERS.approval, maxBytes: 5 * 1024 * 1024 });
      if (!file) return;
      const result = await justering.importApprovalFile(store, meeting.id, file.bytes);
      feedback.success(
        result.signed
          ? `${result.name} har godkänt. Alla har godkänt: protokollet är justerat.`
          : result.decision === 'approve'
            ? `${result.name} har godkänt version ${latest?.version}.`
            : `${result.name} begär ändringar. Kommentarerna finns nedan.`,
      );
    });

  return (
    <div className={styles.root}>
      {isProtocol ? (
        <section className={styles.section} aria-labelledby="justering-status" data-no-print>
          <h2 id="justering-status" className={styles.heading}>
            Justering{' '}
            <Badge appearance="tint" color={status === 'signed' ? 'success' : status === 'inReview' ? 'brand' : status === 'correcting' ? 'warning' : 'informative'}>
              {status === 'signed' ? `Justerat den ${formatDate(row!.approvedOn!)}` : status === 'inReview' ? `Version ${latest?.version} för justering` : status === 'correcting' ? 'Rättelse pågår' : 'Utkast'}
            </Badge>
          </h2>
          {status === 'draft' ? <Text>När anteckningarna är klara skickas protokollet för justering. Då fryses det som version 1.</Text> : null}
          {status === 'inReview' && row ? <Text data-testid="pending">Väntar på: {row.pending.join(', ') || 'ingen'}.</Text> : null}
          {status === 'signed' && row ? (
            <MessageBar intent="success">
              <MessageBarBody>
                Protokollet är justerat och låst. Kontrollkod {verificationCode(row.signedHash!)} (version {row.signedVersion}).
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <div className={styles.actions}>
            {status === 'draft' || status === 'correcting' || status === 'inReview' ? (
              <Button appearance={status === 'inReview' ? 'secondary' : 'primary'} icon={<Send20Regular />} onClick={send}>
                {status === 'inReview' ? 'Skicka ändrad version' : status === 'correcting' ? 'Skicka rättad version' : 'Skicka för justering'}
              </Button>
            ) : null}
            {status === 'inReview' ? (
              <>
                <Button icon={<ArrowDownload20Regular />} onClick={saveReviewFile}>
                  Spara justeringsfil …
                </Button>
                <Button icon={<ArrowUpload20Regular />} onClick={readApproval}>
                  Läs in godkännande …
                </Button>
                <Button icon={<CheckmarkCircle20Regular />} onClick={() => setRecording(true)}>
                  Registrera godkännande …
                </Button>
              </>
            ) : null}
            {status === 'signed' ? <Button onClick={() => setCorrecting(true)}>Påbörja rättelse …</Button> : null}
            <Button icon={<DocumentPdf20Regular />} onClick={() => void platform.printToPdf({ suggestedName: `${(live ?? latestDoc)?.title ?? 'Protokoll'}.pdf` })}>
              Skriv ut eller spara som PDF
            </Button>
          </div>
          <WordActions meetingId={meeting.id} kind="protocol" reviewVersion={latest?.version ?? null} signed={status === 'signed'} />
          {latest ? (
            <Table aria-label="Godkännanden" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Roll</TableHeaderCell>
                  <TableHeaderCell>Namn</TableHeaderCell>
                  <TableHeaderCell>Version {latest.version}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {latest.approvers.map((approver) => {
                  const answer = byApprover.get(keyOf(approver));
                  return (
                    <TableRow key={keyOf(approver) + approver.role}>
                      <TableCell>{roleLabels[approver.role]}</TableCell>
                      <TableCell>{approver.name}</TableCell>
                      <TableCell>
                        {answer
                          ? `${answer.decision === 'approve' ? 'Godkänt' : 'Begär ändringar'} ${formatDate(answer.at.slice(0, 10))} (${channelLabels[answer.via as ApprovalChannel]})`
                          : 'Väntar'}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          ) : null}
        </section>
      ) : (
        <section className={styles.section} data-no-print aria-label="Minnesanteckningar">
          <MessageBar intent="info">
            <MessageBarBody>Minnesanteckningar justeras inte. De godkänns vid nästa möte (”Inga synpunkter kring föregående anteckningar”).</MessageBarBody>
          </MessageBar>
          <WordActions meetingId={meeting.id} kind="notes" reviewVersion={null} signed={false} />
        </section>
      )}

      {comments.length > 0 ? (
        <section className={styles.section} aria-labelledby="comments-heading" data-no-print>
          <h2 id="comments-heading" className={styles.heading}>
            Kommentarer från läsarna
          </h2>
          <ul className={styles.comments}>
            {comments.map((c) => (
              <CommentEntry key={c.id} meetingId={meeting.id} comment={c} itemTitle={items.find((i) => i.id === c.itemId)?.title} />
            ))}
          </ul>
        </section>
      ) : null}

      {versions.length > 1 ? (
        <section className={styles.section} aria-labelledby="versions-heading" data-no-print>
          <h2 id="versions-heading" className={styles.heading}>
            Versioner
          </h2>
          <div className={styles.row}>
            <Text>
              {versions.map((v) => `version ${v.version} (${formatTimestamp(v.createdAt)}, ${verificationCode(v.hash)})`).join(' · ')}
            </Text>
            <Button onClick={() => setCompare({ from: versions.at(-2)!.version, to: versions.at(-1)!.version })}>
              Visa ändringar mellan version {versions.at(-2)!.version} och {versions.at(-1)!.version}
            </Button>
          </div>
          {compare ? (
            <VersionDiff
              label={`Ändringar från version ${compare.from} till ${compare.to}`}
              before={JSON.parse(versions.find((v) => v.version === compare.from)!.json) as ProtocolDocument}
              after={JSON.parse(versions.find((v) => v.version === compare.to)!.json) as ProtocolDocument}
            />
          ) : null}
        </section>
      ) : null}

      <section className={styles.section} aria-label="Förhandsvisning">
        <h2 className={styles.heading} data-no-print>
          {status === 'signed' ? `Justerat protokoll, version ${row?.signedVersion}` : 'Så här ser det ut nu'}
        </h2>
        {status === 'signed' && latestDoc ? <ProtocolView doc={latestDoc} approvedOn={row?.approvedOn} /> : live ? <ProtocolView doc={live} /> : null}
      </section>

      {latest ? (
        <RecordApprovalDialog open={recording} meetingId={meeting.id} version={latest.version} approvers={latest.approvers} onClose={() => setRecording(false)} />
      ) : null}
      <FormDialog
        open={correcting}
        title="Påbörja rättelse"
        initial={{ reason: '' }}
        submitLabel="Påbörja rättelse"
        onClose={() => setCorrecting(false)}
        onSubmit={async (values) => {
          await justering.startCorrection(store, meeting.id, values.reason);
          feedback.success('Rättelsen är påbörjad. Det justerade protokollet finns kvar oförändrat.');
        }}
      >
        {({ values, set, errors }) => (
          <>
            <Text>Det justerade protokollet ändras aldrig. Rättelsen blir en ny version som justeras på nytt.</Text>
            <Field label="Vad ska rättas?" required validationMessage={errors.reason} data-field="reason">
              <Textarea value={values.reason} onChange={(_, d) => set('reason', d.value)} />
            </Field>
          </>
        )}
      </FormDialog>
    </div>
  );
}

function CommentEntry({ meetingId, comment, itemTitle }: { meetingId: string; comment: justering.CommentRow; itemTitle?: string }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const [text, setText] = useState('');
  return (
    <li className={styles.comment}>
      <Text>
        <strong>{comment.author}</strong> om {itemTitle ? `”${itemTitle}”` : 'protokollet'} (version {comment.version}): {comment.text}
      </Text>
      {comment.answer ? (
        <Text block>
          Svar: {comment.answer.outcome === 'changed' ? 'Ändrat.' : 'Ändras inte.'} {comment.answer.text}
          {comment.recordInProtocol ? ' (Skiljaktigheten antecknas i protokollet.)' : ''}
        </Text>
      ) : (
        <div className={styles.row}>
          <Field label="Svar till läsaren">
            <Input value={text} onChange={(_, d) => setText(d.value)} />
          </Field>
          <Button onClick={() => void feedback.save(() => justering.answerComment(store, meetingId, comment.id, { outcome: 'changed', text }))}>Ändrat</Button>
          <Button onClick={() => void feedback.save(() => justering.answerComment(store, meetingId, comment.id, { outcome: 'declined', text }, true))}>Ändras inte</Button>
        </div>
      )}
    </li>
  );
}
