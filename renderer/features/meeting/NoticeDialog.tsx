/**
 * "Kallelse": the notice of a meeting as a Word file from the notice template and as e-mail text to
 * paste into Outlook (the same content), and the step that records it as sent. Once the notice has
 * gone out, the dialog offers the updated notice ("Uppdaterad kallelse"), which lists what changed
 * on the agenda since the previous notice; marking it sent starts a new notice point.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { Copy20Regular, DocumentArrowDown20Regular, MailCheckmark20Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { todayIso } from '../../../shared/domain/dates';
import { safeFileName } from '../../../shared/domain/fileNames';
import { noticeEmail, noticeFileName, type NoticeKind } from '../../../shared/domain/notice';
import { renderNotice } from '../../../shared/word/notice';
import type { MeetingRow } from '../../db/database';
import { loadNotice, markNoticeSent } from '../../db/notice';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { platform } from '../../platform';
import { activeTemplate } from '../../word/templates';

const DOCX_FILTER = [{ name: 'Word-dokument', extensions: ['docx'] }];

const useStyles = makeStyles({
  surface: { maxWidth: '820px', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  body: { fontFamily: tokens.fontFamilyMonospace, minHeight: '18rem' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function NoticeDialog(props: { meeting: MeetingRow; open: boolean; onClose: () => void }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const { meeting } = props;
  const sent = meeting.noticeSentAt !== null;
  const [chosen, setChosen] = useState<NoticeKind | null>(null);
  const kind: NoticeKind = chosen ?? (sent ? 'update' : 'notice');
  const [copyFailed, setCopyFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  // Live: the text follows the agenda while the dialog is open.
  const model = useLiveQuery(
    () => (props.open ? loadNotice(store, meeting.id, kind).catch(() => null) : Promise.resolve(null)),
    [store, meeting.id, kind, props.open, meeting.noticeSentAt],
  );
  const email = model ? noticeEmail(model) : null;

  const saveWord = async () => {
    if (!model) return;
    setBusy(true);
    try {
      await feedback.save(async () => {
        const bytes = await renderNotice((await activeTemplate(store, 'notice')).bytes, model, todayIso());
        const result = await platform.saveFile({ suggestedName: `${safeFileName(noticeFileName(model), 'Kallelse')}.docx`, bytes, filters: DOCX_FILTER });
        if (result.saved) feedback.success(`${model.heading} är sparad som Word-dokument.`);
      });
    } finally {
      setBusy(false);
    }
  };

  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyFailed(false);
      feedback.success(`${what} är kopierad. Klistra in den i Outlook.`);
    } catch {
      setCopyFailed(true);
    }
  };

  const markSent = async () => {
    const done = await feedback.save(() => markNoticeSent(store, meeting.id));
    if (done === 'notice') feedback.success('Kallelsen är markerad som skickad. Ändringar i dagordningen loggas från och med nu.');
    if (done === 'update') feedback.success('Den uppdaterade kallelsen är markerad som skickad. Nästa uppdatering visar ändringar från och med nu.');
    if (done) {
      setChosen(null);
      props.onClose();
    }
  };

  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && props.onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{kind === 'update' ? 'Uppdaterad kallelse' : 'Kallelse'}</DialogTitle>
          <DialogContent className={styles.content}>
            {sent ? (
              <RadioGroup layout="horizontal" value={kind} onChange={(_, d) => setChosen(d.value as NoticeKind)} aria-label="Vilken kallelse">
                <Radio value="update" label="Uppdaterad kallelse (med ändringarna)" />
                <Radio value="notice" label="Kallelsen som den ser ut nu" />
              </RadioGroup>
            ) : null}
            {!model || !email ? (
              <Spinner size="small" label="Sätter ihop kallelsen …" />
            ) : (
              <>
                {kind === 'update' ? (
                  <MessageBar intent={model.changes.length ? 'warning' : 'info'}>
                    <MessageBarBody>
                      {model.changes.length
                        ? `${model.changes.length} ${model.changes.length === 1 ? 'ändring' : 'ändringar'} sedan kallelsen${model.previousNotice ? ` ${model.previousNotice}` : ''}.`
                        : 'Inga ändringar i dagordningen sedan förra kallelsen.'}
                    </MessageBarBody>
                  </MessageBar>
                ) : null}
                <div className={styles.row}>
                  <Button appearance="primary" icon={<DocumentArrowDown20Regular />} disabled={busy} onClick={() => void saveWord()}>
                    Spara som Word …
                  </Button>
                  <Button icon={<Copy20Regular />} onClick={() => void copy(`${email.subject}\n\n${email.body}`, 'E-posttexten')}>
                    Kopiera e-posttexten
                  </Button>
                </div>
                {copyFailed ? (
                  <MessageBar intent="warning">
                    <MessageBarBody>
                      Det gick inte att kopiera automatiskt. Markera texten nedan (Ctrl+A i rutan) och kopiera med Ctrl+C.
                    </MessageBarBody>
                  </MessageBar>
                ) : null}
                <Field label="Ämnesrad">
                  <Input readOnly value={email.subject} onFocus={(e) => e.currentTarget.select()} />
                </Field>
                <Field label="E-posttext" hint="Texten går att markera och kopiera. Bifoga de bifogade filerna själv i e-postmeddelandet.">
                  <Textarea readOnly resize="vertical" className={styles.body} value={email.body} textarea={{ className: styles.body }} />
                </Field>
                <Text size={200} className={styles.muted}>
                  {sent
                    ? 'När du har skickat den uppdaterade kallelsen: markera den som skickad, så visar nästa uppdatering bara ändringar efter den.'
                    : 'När kallelsen är skickad: markera den som skickad. Från och med då loggas varje ändring i dagordningen.'}
                </Text>
              </>
            )}
          </DialogContent>
          <DialogActions>
            {model && (kind === 'update' || !sent) ? (
              <Button icon={<MailCheckmark20Regular />} onClick={() => void markSent()}>
                {sent ? 'Markera den uppdaterade kallelsen som skickad' : 'Markera kallelsen som skickad'}
              </Button>
            ) : null}
            <Button onClick={props.onClose}>Stäng</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
