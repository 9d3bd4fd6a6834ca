/**
 * Inställningar › Word-mallar: for every kind of template, which one is in use; load the region's own
 * .docx (checked first: the placeholders found, and what is missing or unknown, are shown before it
 * is accepted), save the default to start from, and go back to the default.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatTimestamp } from '../../../shared/domain/dates';
import { checkTemplateFile, defaultTemplateName, templateKinds, templateSpecs, type TemplateCheck, type TemplateKind } from '../../../shared/word/templates';
import { chooseTemplate, getChosenTemplate, restoreDefaultTemplate } from '../../db/templates';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { platform } from '../../platform';
import { defaultTemplate } from '../../word/templates';

const DOCX_FILTER = [{ name: 'Word-dokument', extensions: ['docx'] }];

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '820px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  kind: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingBlock: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  kindHeading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { margin: 0, paddingInlineStart: '1.2em' },
});

interface Pending {
  name: string;
  bytes: Uint8Array;
  check: TemplateCheck;
}

function TemplateKindRow({ kind }: { kind: TemplateKind }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const spec = templateSpecs[kind];
  const chosen = useLiveQuery(() => getChosenTemplate(store, kind), [store, kind]);
  const [pending, setPending] = useState<Pending | null>(null);
  const headingId = `template-${kind}`;
  const label = (key: string) => {
    const [base] = key.split('.');
    const p = spec.placeholders.find((s) => s.key === base);
    return p ? `{{${key}}}: ${p.fields?.find((f) => `${base}.${f.key}` === key)?.description ?? p.description}` : `{{${key}}}`;
  };

  const open = () =>
    void feedback.save(async () => {
      const file = await platform.openFile({ filters: DOCX_FILTER, maxBytes: 10 * 1024 * 1024 });
      if (!file) return;
      setPending({ name: file.name, bytes: file.bytes, check: await checkTemplateFile(file.name, file.bytes, kind) });
    });

  return (
    <section className={styles.kind} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.kindHeading}>
        {spec.label}
      </h3>
      <Text data-testid={`template-in-use-${kind}`}>
        {chosen ? `Används: ${chosen.name} (version ${chosen.version}, vald ${formatTimestamp(chosen.chosenAt)}).` : `Används: ${defaultTemplateName(kind)}.`}
      </Text>
      <div className={styles.actions}>
        <Button onClick={open}>Välj egen mall …</Button>
        <Button
          onClick={() =>
            void feedback.save(async () => {
              const result = await platform.saveFile({ suggestedName: spec.fileName, bytes: await defaultTemplate(kind), filters: DOCX_FILTER });
              if (result.saved) feedback.success('Standardmallen är sparad. Ändra den i Word, behåll platshållarna och välj den sedan här.');
            })
          }
        >
          Spara standardmallen …
        </Button>
        {chosen ? (
          <Button
            onClick={() =>
              void feedback.save(async () => {
                await restoreDefaultTemplate(store, kind);
                feedback.success(`Standardmallen för ${spec.label.toLocaleLowerCase('sv-SE')} används igen.`);
              })
            }
          >
            Återställ standardmallen
          </Button>
        ) : null}
      </div>
      {pending ? (
        <MessageBar intent={pending.check.ok ? (pending.check.unknown.length ? 'warning' : 'success') : 'error'} layout="multiline" data-testid={`template-check-${kind}`}>
          <MessageBarBody>
            <MessageBarTitle>{pending.check.ok ? `”${pending.name}” kan användas.` : `”${pending.name}” kan inte användas.`}</MessageBarTitle>
            {pending.check.messages.length > 0 ? (
              <ul className={styles.list}>
                {pending.check.messages.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            ) : null}
            {pending.check.found.length > 0 ? (
              <>
                <Text block>Platshållare som hittades:</Text>
                <ul className={styles.list}>
                  {pending.check.found.map((key) => (
                    <li key={key}>{label(key)}</li>
                  ))}
                </ul>
              </>
            ) : null}
            <div className={styles.actions}>
              {pending.check.ok ? (
                <Button
                  appearance="primary"
                  onClick={() =>
                    void feedback.save(async () => {
                      await chooseTemplate(store, kind, pending);
                      setPending(null);
                      feedback.success(`”${pending.name}” används nu för ${spec.label.toLocaleLowerCase('sv-SE')}.`);
                    })
                  }
                >
                  Använd mallen
                </Button>
              ) : null}
              <Button onClick={() => setPending(null)}>{pending.check.ok ? 'Avbryt' : 'Stäng'}</Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

export function TemplatesSection() {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="templates-heading">
      <h2 id="templates-heading" className={styles.heading}>
        Word-mallar
      </h2>
      <Text>
        Protokoll, minnesanteckningar och mötestider skrivs till Word i de här mallarna. Regionen kan använda egna mallar: spara standardmallen, ändra typsnitt,
        logotyp, sidhuvud och sidfot i Word, behåll platshållarna inom dubbla klammerparenteser, och välj filen här.
      </Text>
      {templateKinds.map((kind) => (
        <TemplateKindRow key={kind} kind={kind} />
      ))}
    </section>
  );
}
