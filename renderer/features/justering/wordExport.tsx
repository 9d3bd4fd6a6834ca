/**
 * Word from the protocol panel: export the review version, the signed version or minnesanteckningar
 * in the template in use (Inställningar › Word-mallar), record each saved export, save the signed
 * version's archive file for the command-line export, and check a .docx against the signed versions.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { CheckmarkStarburst20Regular, DocumentArrowDown20Regular, DocumentSearch20Regular, Archive20Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { verificationCode } from '../../../shared/document/canonical';
import { formatTimestamp } from '../../../shared/domain/dates';
import * as wordExports from '../../db/wordExports';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { platform } from '../../platform';
import { activeTemplate } from '../../word/templates';

export const DOCX_FILTER = [{ name: 'Word-dokument', extensions: ['docx'] }];
const ARCHIVE_FILTER = [{ name: 'Justerat protokoll från Justera', extensions: ['json'] }];

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  list: { margin: 0, paddingInlineStart: '1.2em' },
});

export function WordActions(props: { meetingId: string; kind: 'protocol' | 'notes'; reviewVersion: number | null; signed: boolean }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [check, setCheck] = useState<wordExports.WordCheck | null>(null);
  const exports = useLiveQuery(() => wordExports.listWordExports(store, props.meetingId), [store, props.meetingId]) ?? [];

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await feedback.save(work);
    } finally {
      setBusy(false);
    }
  };

  const exportWord = (source: wordExports.WordSource) =>
    run(async () => {
      const template = await activeTemplate(store, props.kind);
      const file = await wordExports.protocolWordFile(store, props.meetingId, source, template);
      const result = await platform.saveFile({ suggestedName: file.fileName, bytes: file.bytes, filters: DOCX_FILTER });
      if (!result.saved) return;
      await wordExports.recordWordExport(store, props.meetingId, file.record);
      feedback.success(`Word-filen är sparad (kontrollkod ${verificationCode(file.record.hash)}, mall ${template.name}).`);
    });

  const saveArchive = () =>
    run(async () => {
      const file = await wordExports.signedProtocolArchive(store, props.meetingId);
      const result = await platform.saveFile({ suggestedName: file.name, bytes: file.bytes, filters: ARCHIVE_FILTER });
      if (result.saved) feedback.success('Arkivfilen med det justerade protokollet är sparad.');
    });

  const checkFile = () =>
    run(async () => {
      const file = await platform.openFile({ filters: DOCX_FILTER, maxBytes: 50 * 1024 * 1024 });
      if (!file) return;
      setCheck(await wordExports.checkWordFile(store, file.bytes));
    });

  const versionLabel = (e: wordExports.WordExport) =>
    e.kind === 'notes' ? 'minnesanteckningar' : e.signed ? `version ${e.version}, justerad` : `version ${e.version} för justering`;

  return (
    <>
      <div className={styles.actions} role="group" aria-label="Word">
        {props.kind === 'notes' ? (
          <Button icon={<DocumentArrowDown20Regular />} disabled={busy} onClick={() => void exportWord('notes')}>
            Exportera till Word …
          </Button>
        ) : null}
        {props.kind === 'protocol' && props.signed ? (
          <>
            <Button icon={<DocumentArrowDown20Regular />} disabled={busy} onClick={() => void exportWord('signed')}>
              Exportera justerat protokoll till Word …
            </Button>
            <Button icon={<Archive20Regular />} disabled={busy} onClick={() => void saveArchive()}>
              Spara arkivfil …
            </Button>
          </>
        ) : null}
        {props.kind === 'protocol' && !props.signed && props.reviewVersion !== null ? (
          <Button icon={<DocumentArrowDown20Regular />} disabled={busy} onClick={() => void exportWord('review')}>
            Exportera version {props.reviewVersion} till Word …
          </Button>
        ) : null}
        {props.kind === 'protocol' ? (
          <Button icon={<DocumentSearch20Regular />} disabled={busy} onClick={() => void checkFile()}>
            Kontrollera Word-fil …
          </Button>
        ) : null}
      </div>
      {check ? (
        <MessageBar intent={check.outcome === 'match' ? 'success' : check.outcome === 'changed' ? 'error' : 'warning'} data-testid="word-check" icon={check.outcome === 'match' ? <CheckmarkStarburst20Regular /> : undefined}>
          <MessageBarBody>{check.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {exports.length > 0 ? (
        <div>
          <Text weight="semibold" id={`word-exports-${props.meetingId}`}>
            Exporterade Word-filer
          </Text>
          <ul className={styles.list} aria-labelledby={`word-exports-${props.meetingId}`}>
            {exports
              .slice(-5)
              .reverse()
              .map((e) => (
                <li key={`${e.at}-${e.hash}`}>
                  {formatTimestamp(e.at)}: {versionLabel(e)}, kontrollkod {verificationCode(e.hash)}, mall {e.templateName} ({e.templateVersion})
                </li>
              ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
