/**
 * A new agreement (with its parties ticked from the register) or changes to one: title, period,
 * how and when the parties report, and the common collaboration plan.
 */
import { Button, Checkbox, Field, Input, makeStyles, Select, Text, Textarea, tokens } from '@fluentui/react-components';
import { reportByOptions, type AgreementInput } from '../../../shared/domain/agreements';
import { countyPartLabels, organisationKindLabels, reportByLabels } from '../../../shared/domain/labels';
import { countyParts, type CountyPart } from '../../../shared/domain/register';
import type { OrganisationRow } from '../../db/database';
import { FormDialog } from '../../ui/FormDialog';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalS,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  dueDay: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  quick: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  choices: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    maxHeight: '220px',
    overflowY: 'auto',
  },
  group: { gridColumn: '1 / -1', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface AgreementFormValues extends AgreementInput {
  organisationIds: string[];
}

const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

export function newAgreementValues(): AgreementFormValues {
  const year = new Date().getFullYear();
  return {
    title: 'Överenskommelse om samverkan för god, jämlik och jämställd hälsa i Örebro län',
    reference: '',
    from: `${year}-01-01`,
    to: `${year + 5}-12-31`,
    note: '',
    reportBy: 'countyPart',
    reportDueDay: '01-31',
    planDue: null,
    planAdoptedOn: null,
    organisationIds: [],
  };
}

export function AgreementDialog(props: {
  open: boolean;
  title: string;
  initial: AgreementFormValues;
  /** Shown only for a new agreement: parties are changed one by one on the agreement's page. */
  organisations?: readonly OrganisationRow[];
  onClose: () => void;
  onSubmit: (values: AgreementFormValues) => Promise<void>;
}) {
  const styles = useStyles();
  const organisations = props.organisations ?? [];
  const groups = [
    { label: organisationKindLabels.region, items: organisations.filter((o) => o.kind === 'region') },
    ...countyParts.map((cp) => ({
      label: `Kommuner, ${countyPartLabels[cp].toLocaleLowerCase('sv-SE')}`,
      items: organisations.filter((o) => o.kind === 'municipality' && o.countyPart === cp),
    })),
    { label: 'Övriga', items: organisations.filter((o) => o.kind !== 'region' && !(o.kind === 'municipality' && o.countyPart)) },
  ].filter((g) => g.items.length > 0);

  return (
    <FormDialog open={props.open} title={props.title} initial={props.initial} onClose={props.onClose} onSubmit={props.onSubmit}>
      {({ values, set, errors }) => {
        const [month, day] = values.reportDueDay.split('-');
        const countyPartSet = (cp: CountyPart) => [
          ...organisations.filter((o) => o.kind === 'region').map((o) => o.id),
          ...organisations.filter((o) => o.kind === 'municipality' && o.countyPart === cp).map((o) => o.id),
        ];
        return (
          <>
            <Field label="Rubrik" required validationMessage={errors.title} data-field="title">
              <Textarea value={values.title} onChange={(_, d) => set('title', d.value)} rows={2} resize="vertical" autoFocus />
            </Field>
            <div className={styles.row}>
              <Field label="Gäller från och med" required validationMessage={errors.from} data-field="from">
                <Input type="date" value={values.from} onChange={(_, d) => set('from', d.value)} />
              </Field>
              <Field label="Gäller till och med" required validationMessage={errors.to} data-field="to">
                <Input type="date" value={values.to} onChange={(_, d) => set('to', d.value)} />
              </Field>
              <Field label="Diarienummer" validationMessage={errors.reference} data-field="reference">
                <Input value={values.reference} onChange={(_, d) => set('reference', d.value)} />
              </Field>
            </div>
            {props.organisations ? (
              <fieldset className={styles.fieldset} data-field="organisationIds">
                <legend className={styles.legend}>Parter</legend>
                <div className={styles.quick}>
                  <span>Välj regionen och länsdelens kommuner:</span>
                  {countyParts.map((cp) => (
                    <Button key={cp} size="small" onClick={() => set('organisationIds', [...new Set([...values.organisationIds, ...countyPartSet(cp)])])}>
                      {countyPartLabels[cp]}
                    </Button>
                  ))}
                </div>
                <div className={styles.choices}>
                  {groups.map((group) => [
                    <span key={`g-${group.label}`} className={styles.group} aria-hidden="true">
                      {group.label}
                    </span>,
                    ...group.items.map((o) => (
                      <Checkbox
                        key={o.id}
                        label={o.name}
                        checked={values.organisationIds.includes(o.id)}
                        onChange={(_, d) =>
                          set('organisationIds', d.checked ? [...values.organisationIds, o.id] : values.organisationIds.filter((id) => id !== o.id))
                        }
                      />
                    )),
                  ])}
                </div>
              </fieldset>
            ) : null}
            <Field label="Årlig ekonomisk redovisning" validationMessage={errors.reportBy} data-field="reportBy">
              <Select value={values.reportBy} onChange={(_, d) => set('reportBy', d.value as AgreementInput['reportBy'])}>
                {reportByOptions.map((option) => (
                  <option key={option} value={option}>
                    {reportByLabels[option]}
                  </option>
                ))}
              </Select>
            </Field>
            <div className={styles.dueDay}>
              <div className={styles.row}>
                <Field label="Sista dag för redovisningen, dag" validationMessage={errors.reportDueDay} data-field="reportDueDay">
                  <Select value={String(Number(day))} onChange={(_, d) => set('reportDueDay', `${month}-${d.value.padStart(2, '0')}`)}>
                    {Array.from({ length: 31 }, (_, i) => (
                      <option key={i + 1} value={String(i + 1)}>
                        {i + 1}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label="månad">
                  <Select value={String(Number(month))} onChange={(_, d) => set('reportDueDay', `${d.value.padStart(2, '0')}-${day}`)}>
                    {months.map((name, i) => (
                      <option key={name} value={String(i + 1)}>
                        {name}
                      </option>
                    ))}
                  </Select>
                </Field>
              </div>
              <Text size={200}>Året efter det år som redovisas. Ett enstaka år kan flyttas under Återrapportering.</Text>
            </div>
            <div className={styles.row}>
              <Field label="Gemensam samverkansplan klar senast" validationMessage={errors.planDue} data-field="planDue">
                <Input type="date" value={values.planDue ?? ''} onChange={(_, d) => set('planDue', d.value || null)} />
              </Field>
              <Field label="Samverkansplanen antogs" hint="Tomt: inte antagen ännu" validationMessage={errors.planAdoptedOn} data-field="planAdoptedOn">
                <Input type="date" value={values.planAdoptedOn ?? ''} onChange={(_, d) => set('planAdoptedOn', d.value || null)} />
              </Field>
            </div>
            <Field label="Anteckning" validationMessage={errors.note} data-field="note">
              <Textarea value={values.note} onChange={(_, d) => set('note', d.value)} rows={3} resize="vertical" />
            </Field>
          </>
        );
      }}
    </FormDialog>
  );
}
