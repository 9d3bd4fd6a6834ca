/**
 * For a justerare with Justera: the review packages received (opened with Ctrl+Shift+O or from
 * here), each read as the protocol it is, with what changed since the version read before, a
 * comment field per item, and "Godkänn" or "Begär ändringar" — which saves a signed approval file
 * to send back to the secretary.
 */
import {
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
import { FolderOpen20Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { formatDate, formatTimestamp } from '../../../shared/domain/dates';
import * as justering from '../../db/justering';
import { getActor } from '../../db/actor';
import { platform } from '../../platform';
import { useFeedback } from '../../app/feedback';
import { routes } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { JUSTERING_FILTERS } from './filters';
import { useOpenReviewFile } from './OpenReviewFile';
import { ProtocolView } from './ProtocolView';
import { VersionDiff } from './VersionDiff';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '880px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  comments: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function ReviewListPage() {
  const store = useStore();
  const open = useOpenReviewFile();
  const reviews = useLiveQuery(() => justering.listReceivedReviews(store), [store]);
  return (
    <Page
      title="Att justera"
      subtitle="Protokoll som du har fått för justering som fil."
      actions={
        <Button appearance="primary" icon={<FolderOpen20Regular />} onClick={() => void open()}>
          Öppna justeringsfil …
        </Button>
      }
    >
      {reviews === undefined ? (
        <Loading />
      ) : reviews.length === 0 ? (
        <EmptyState title="Inga justeringsfiler ännu">
          När sekreteraren skickar en justeringsfil (.justera-justering.json) öppnar du den här, läser protokollet och svarar med ett godkännande.
        </EmptyState>
      ) : (
        <Table aria-label="Mottagna justeringsfiler" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Protokoll</TableHeaderCell>
              <TableHeaderCell>Version</TableHeaderCell>
              <TableHeaderCell>Mottagen</TableHeaderCell>
              <TableHeaderCell>Svar</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {reviews.map((r) => (
              <TableRow key={r.id}>
                <TableCell>
                  <Link href={routes.review(r.id)}>Öppna</Link>
                </TableCell>
                <TableCell>{r.version}</TableCell>
                <TableCell>{formatTimestamp(r.receivedAt)}</TableCell>
                <TableCell>{r.answeredAt ? `Besvarad ${formatTimestamp(r.answeredAt)}` : 'Ej besvarad'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Page>
  );
}

export function ReviewPage({ id }: { id: string }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const [review, setReview] = useState<Awaited<ReturnType<typeof justering.getReceivedReview>> | undefined>(undefined);
  const [approverIndex, setApproverIndex] = useState('');
  const [decision, setDecision] = useState<'approve' | 'changes'>('approve');
  const [comments, setComments] = useState<Record<string, string>>({});
  const actor = useLiveQuery(() => getActor(store), [store]);

  useEffect(() => {
    void justering.getReceivedReview(store, id).then(setReview, (e: unknown) => {
      feedback.error(e);
      setReview(null);
    });
  }, [store, id, feedback]);
  useEffect(() => {
    if (!review || approverIndex) return;
    const mine = review.pkg.approvers.findIndex((a) => actor?.name && a.name === actor.name);
    setApproverIndex(String(mine >= 0 ? mine : review.pkg.approvers.findIndex((a) => a.role === 'adjuster')));
  }, [review, actor, approverIndex]);

  if (review === undefined) return <Loading />;
  if (review === null) return <Page title="Justeringsfilen finns inte">Den kan ha tagits bort.</Page>;
  const doc = review.document;
  const previous = review.earlier.at(-1);
  const title = `${doc.kind === 'notes' ? doc.title : `Protokoll ${doc.bodyNames.join(' och ')}`}, ${formatDate(doc.date)}`;

  const answer = () =>
    void feedback.save(async () => {
      const approver = review.pkg.approvers[Number(approverIndex)];
      if (!approver) throw new Error('no approver');
      const list = Object.entries(comments)
        .filter(([, text]) => text.trim())
        .map(([itemId, text]) => ({ itemId: itemId === 'whole' ? null : itemId, text: text.trim() }));
      const file = await justering.writeApprovalFile(store, id, { approver, decision, comments: list });
      const result = await platform.saveFile({ suggestedName: file.name, bytes: file.bytes, filters: JUSTERING_FILTERS.approval });
      if (result.saved) feedback.success('Ditt svar är sparat som fil. Skicka den till sekreteraren.');
    });

  return (
    <Page title={title} windowTitle="Justering" subtitle={`Version ${review.pkg.current.version}, skickad ${formatTimestamp(review.pkg.sentAt)} av ${review.pkg.sentBy}`}>
      {review.answeredAt ? (
        <MessageBar intent="success">
          <MessageBarBody>Du svarade på den här versionen {formatTimestamp(review.answeredAt)}.</MessageBarBody>
        </MessageBar>
      ) : null}
      {previous ? (
        <section className={styles.section} aria-labelledby="changes-heading">
          <h2 id="changes-heading" className={styles.heading}>
            Ändringar sedan version {previous.version}
          </h2>
          <VersionDiff label={`Ändringar sedan version ${previous.version}`} before={previous.document} after={doc} />
        </section>
      ) : null}
      <ProtocolView doc={doc} />
      <section className={styles.section} aria-labelledby="answer-heading">
        <h2 id="answer-heading" className={styles.heading}>
          Ditt svar
        </h2>
        <Field label="Du svarar som">
          <Select value={approverIndex} onChange={(_, d) => setApproverIndex(d.value)}>
            {review.pkg.approvers.map((a, i) => (
              <option key={i} value={String(i)}>
                {a.name}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.comments}>
          {doc.items.map((item) => (
            <Field key={item.id} label={`Kommentar till ${item.number}. ${item.title}`}>
              <Input value={comments[item.id] ?? ''} onChange={(_, d) => setComments((c) => ({ ...c, [item.id]: d.value }))} />
            </Field>
          ))}
          <Field label="Kommentar till hela protokollet">
            <Textarea value={comments.whole ?? ''} onChange={(_, d) => setComments((c) => ({ ...c, whole: d.value }))} />
          </Field>
        </div>
        <Field label="Beslut">
          <RadioGroup value={decision} onChange={(_, d) => setDecision(d.value as 'approve' | 'changes')}>
            <Radio value="approve" label="Jag godkänner protokollet" />
            <Radio value="changes" label="Jag begär ändringar (se kommentarerna)" />
          </RadioGroup>
        </Field>
        <div>
          <Button appearance="primary" onClick={answer}>
            Spara svar som fil …
          </Button>
        </div>
        <Text size={200}>Svaret skrivs under med den här datorns nyckel och gäller exakt den här versionen.</Text>
      </section>
    </Page>
  );
}
