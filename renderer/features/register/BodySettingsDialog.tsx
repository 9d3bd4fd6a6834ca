import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import { Add16Regular, ArrowDown16Regular, ArrowUp16Regular, Delete16Regular } from '@fluentui/react-icons';
import { itemKindLabels, numberingLabels, recordKindLabels } from '../../../shared/domain/labels';
import { itemKinds, numberingStyles, recordKinds, type BodyInput, type StandardItem } from '../../../shared/domain/register';
import { FormDialog } from '../../ui/FormDialog';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: '200px' },
  items: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  itemRow: { display: 'grid', gridTemplateColumns: '1fr 130px 90px auto', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS, padding: 0 },
  fieldset: { border: 'none', margin: 0, padding: 0 },
});

export const newBodyInput: BodyInput = {
  name: '',
  shortName: '',
  recordKind: 'protocol',
  defaultPlace: '',
  defaultStartTime: '09:00',
  defaultEndTime: '12:00',
  numbering: 'sequential',
  openingItems: [
    { title: 'Mötet öppnas', kind: 'information', minutes: 2, role: 'opening' },
    { title: 'Val av justerare', kind: 'decision', minutes: 2, role: 'adjusters' },
    { title: 'Godkännande av dagordning', kind: 'decision', minutes: 2, role: 'agenda' },
    { title: 'Föregående mötes protokoll', kind: 'decision', minutes: 5, role: 'previousMinutes' },
  ],
  closingItems: [
    { title: 'Övriga frågor', kind: 'discussion', minutes: 10, role: 'otherMatters' },
    { title: 'Mötet avslutas', kind: 'information', minutes: 1, role: 'closing' },
  ],
  textModules: [],
};

function StandardItemsEditor(props: { legend: string; items: StandardItem[]; onChange: (items: StandardItem[]) => void }) {
  const styles = useStyles();
  const { items, onChange } = props;
  const update = (index: number, patch: Partial<StandardItem>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const move = (index: number, delta: number) => {
    const target = index + delta;
    if (target < 0 || target >= items.length) return;
    const next = [...items];
    const [moved] = next.splice(index, 1);
    next.splice(target, 0, moved!);
    onChange(next);
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{props.legend}</legend>
      <div className={styles.items}>
        {items.map((item, index) => (
          <div key={index} className={styles.itemRow}>
            <Input aria-label={`${props.legend}, punkt ${index + 1}, rubrik`} value={item.title} onChange={(_, d) => update(index, { title: d.value })} />
            <Select aria-label={`${props.legend}, punkt ${index + 1}, typ`} value={item.kind} onChange={(_, d) => update(index, { kind: d.value as StandardItem['kind'] })}>
              {itemKinds.map((k) => (
                <option key={k} value={k}>
                  {itemKindLabels[k]}
                </option>
              ))}
            </Select>
            <Input
              aria-label={`${props.legend}, punkt ${index + 1}, minuter`}
              type="number"
              min={0}
              max={600}
              value={String(item.minutes)}
              contentAfter="min"
              onChange={(_, d) => update(index, { minutes: Math.max(0, Math.min(600, Number.parseInt(d.value || '0', 10) || 0)) })}
            />
            <div>
              <Tooltip content="Flytta upp" relationship="label">
                <Button size="small" appearance="subtle" icon={<ArrowUp16Regular />} disabled={index === 0} onClick={() => move(index, -1)} />
              </Tooltip>
              <Tooltip content="Flytta ner" relationship="label">
                <Button size="small" appearance="subtle" icon={<ArrowDown16Regular />} disabled={index === items.length - 1} onClick={() => move(index, 1)} />
              </Tooltip>
              <Tooltip content={`Ta bort ${item.title || 'punkten'}`} relationship="label">
                <Button size="small" appearance="subtle" icon={<Delete16Regular />} onClick={() => onChange(items.filter((_, i) => i !== index))} />
              </Tooltip>
            </div>
          </div>
        ))}
        <div>
          <Button size="small" icon={<Add16Regular />} onClick={() => onChange([...items, { title: '', kind: 'information', minutes: 5, role: null }])}>
            Lägg till punkt
          </Button>
        </div>
      </div>
    </fieldset>
  );
}

/** Name, kind of record, default place and time, numbering and the standard agenda items of a body. */
export function BodySettingsDialog(props: {
  open: boolean;
  title: string;
  initial: BodyInput;
  onClose: () => void;
  onSubmit: (values: BodyInput) => Promise<void>;
}) {
  const styles = useStyles();
  return (
    <FormDialog
      open={props.open}
      title={props.title}
      initial={props.initial}
      onClose={props.onClose}
      onSubmit={(values) =>
        props.onSubmit({
          ...values,
          openingItems: values.openingItems.filter((i) => i.title.trim()),
          closingItems: values.closingItems.filter((i) => i.title.trim()),
        })
      }
    >
      {({ values, set, errors }) => (
        <>
          <Field label="Namn" required validationMessage={errors.name} data-field="name">
            <Input value={values.name} onChange={(_, d) => set('name', d.value)} autoFocus />
          </Field>
          <Field label="Anteckningar från mötena" validationMessage={errors.recordKind} data-field="recordKind">
            <RadioGroup value={values.recordKind} onChange={(_, d) => set('recordKind', d.value as BodyInput['recordKind'])}>
              {recordKinds.map((k) => (
                <Radio key={k} value={k} label={k === 'protocol' ? `${recordKindLabels[k]} (justeras)` : `${recordKindLabels[k]} (godkänns vid nästa möte)`} />
              ))}
            </RadioGroup>
          </Field>
          <Field label="Plats" hint="Förvald plats för nya möten" validationMessage={errors.defaultPlace} data-field="defaultPlace">
            <Input value={values.defaultPlace} onChange={(_, d) => set('defaultPlace', d.value)} />
          </Field>
          <div className={styles.row}>
            <Field label="Börjar" validationMessage={errors.defaultStartTime} data-field="defaultStartTime">
              <Input type="time" value={values.defaultStartTime} onChange={(_, d) => set('defaultStartTime', d.value)} />
            </Field>
            <Field label="Slutar" validationMessage={errors.defaultEndTime} data-field="defaultEndTime">
              <Input type="time" value={values.defaultEndTime} onChange={(_, d) => set('defaultEndTime', d.value)} />
            </Field>
            <Field label="Numrering av punkter" className={styles.grow} validationMessage={errors.numbering} data-field="numbering">
              <Select value={values.numbering} onChange={(_, d) => set('numbering', d.value as BodyInput['numbering'])}>
                {numberingStyles.map((n) => (
                  <option key={n} value={n}>
                    {numberingLabels[n]}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <StandardItemsEditor legend="Inledande punkter på dagordningen" items={values.openingItems} onChange={(items) => set('openingItems', items)} />
          <StandardItemsEditor legend="Avslutande punkter på dagordningen" items={values.closingItems} onChange={(items) => set('closingItems', items)} />
        </>
      )}
    </FormDialog>
  );
}
