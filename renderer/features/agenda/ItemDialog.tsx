import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Textarea,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import { newId } from '../../../shared/domain/ids';
import { itemKindLabels } from '../../../shared/domain/labels';
import type { AgendaItemInput, Attachment } from '../../../shared/domain/meeting';
import { itemKinds, type Organisation, type Person } from '../../../shared/domain/register';
import { FormDialog } from '../../ui/FormDialog';
import { AttachmentsEditor } from './Attachments';
import { PresenterEditor } from './PresenterEditor';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', alignItems: 'flex-start' },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  pair: { display: 'grid', gridTemplateColumns: '1fr 2fr auto', gap: tokens.spacingHorizontalS },
  single: { display: 'grid', gridTemplateColumns: '1fr auto', gap: tokens.spacingHorizontalS },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  fieldset: { border: 'none', margin: 0, padding: 0 },
});

export const emptyItem: AgendaItemInput = {
  title: '',
  kind: 'information',
  minutes: 15,
  description: '',
  presenters: [],
  subPoints: [],
  links: [],
  timeSlotId: null,
};

/** Strips empty rows the user added but did not fill in. */
function tidy(values: AgendaItemInput): AgendaItemInput {
  return {
    ...values,
    presenters: values.presenters.filter((p) => p.name.trim()),
    subPoints: values.subPoints.map((s) => s.trim()).filter(Boolean),
    links: values.links.filter((l) => l.url.trim()).map((l) => ({ ...l, url: l.url.trim(), label: l.label.trim() })),
  };
}

export function ItemDialog(props: {
  open: boolean;
  title: string;
  initial: AgendaItemInput;
  people: readonly Person[];
  organisations: readonly Organisation[];
  onClose: () => void;
  onSubmit: (values: AgendaItemInput) => Promise<void>;
  /** The item's files, stored at once (not with the dialog's Spara); itemId null for a new item. */
  attachments?: { meetingId: string; itemId: string | null; current: readonly Attachment[] };
}) {
  const styles = useStyles();
  return (
    <FormDialog open={props.open} title={props.title} initial={props.initial} onClose={props.onClose} onSubmit={(v) => props.onSubmit(tidy(v))}>
      {({ values, set, errors }) => (
        <>
          <Field label="Rubrik" required validationMessage={errors.title} data-field="title">
            <Input value={values.title} onChange={(_, d) => set('title', d.value)} autoFocus />
          </Field>
          <div className={styles.row}>
            <Field label="Typ av punkt" validationMessage={errors.kind} data-field="kind">
              <RadioGroup layout="horizontal" value={values.kind} onChange={(_, d) => set('kind', d.value as AgendaItemInput['kind'])}>
                {itemKinds.map((k) => (
                  <Radio key={k} value={k} label={itemKindLabels[k]} />
                ))}
              </RadioGroup>
            </Field>
            <Field label="Planerad tid" validationMessage={errors.minutes} data-field="minutes">
              <Input
                type="number"
                min={0}
                max={600}
                contentAfter="min"
                value={String(values.minutes)}
                onChange={(_, d) => set('minutes', Math.max(0, Math.min(600, Number.parseInt(d.value || '0', 10) || 0)))}
              />
            </Field>
          </div>
          <PresenterEditor people={props.people} organisations={props.organisations} value={values.presenters} onChange={(v) => set('presenters', v)} />
          <Field label="Beskrivning" validationMessage={errors.description} data-field="description">
            <Textarea resize="vertical" rows={3} value={values.description} onChange={(_, d) => set('description', d.value)} />
          </Field>
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>Underpunkter</legend>
            <div className={styles.list}>
              {values.subPoints.map((point, index) => (
                <div key={index} className={styles.single}>
                  <Input
                    aria-label={`Underpunkt ${index + 1}`}
                    value={point}
                    onChange={(_, d) => set('subPoints', values.subPoints.map((p, i) => (i === index ? d.value : p)))}
                  />
                  <Tooltip content={`Ta bort underpunkt ${index + 1}`} relationship="label">
                    <Button appearance="subtle" icon={<Delete16Regular />} onClick={() => set('subPoints', values.subPoints.filter((_, i) => i !== index))} />
                  </Tooltip>
                </div>
              ))}
              <div>
                <Button size="small" icon={<Add16Regular />} onClick={() => set('subPoints', [...values.subPoints, ''])}>
                  Lägg till underpunkt
                </Button>
              </div>
            </div>
          </fieldset>
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>Länkar</legend>
            <div className={styles.list}>
              {values.links.map((link, index) => (
                <div key={link.id} className={styles.pair}>
                  <Input
                    aria-label={`Länk ${index + 1}, text`}
                    placeholder="Text, t.ex. Underlag i Projify"
                    value={link.label}
                    onChange={(_, d) => set('links', values.links.map((l, i) => (i === index ? { ...l, label: d.value } : l)))}
                  />
                  <Input
                    aria-label={`Länk ${index + 1}, adress`}
                    type="url"
                    placeholder="https://"
                    value={link.url}
                    onChange={(_, d) => set('links', values.links.map((l, i) => (i === index ? { ...l, url: d.value } : l)))}
                  />
                  <Tooltip content={`Ta bort länk ${index + 1}`} relationship="label">
                    <Button appearance="subtle" icon={<Delete16Regular />} onClick={() => set('links', values.links.filter((_, i) => i !== index))} />
                  </Tooltip>
                </div>
              ))}
              <div>
                <Button size="small" icon={<Add16Regular />} onClick={() => set('links', [...values.links, { id: newId(), label: '', url: '' }])}>
                  Lägg till länk
                </Button>
              </div>
            </div>
          </fieldset>
          {props.attachments ? (
            <AttachmentsEditor
              meetingId={props.attachments.meetingId}
              itemId={props.attachments.itemId}
              itemTitle={values.title}
              attachments={props.attachments.current}
            />
          ) : null}
        </>
      )}
    </FormDialog>
  );
}
