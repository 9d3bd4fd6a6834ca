import { Combobox, Field, Input, makeStyles, Option, Select, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { todayIso } from '../../../shared/domain/dates';
import { membershipRoleLabels } from '../../../shared/domain/labels';
import { membershipRoles, votingRoles, type Membership, type MembershipInput, type Organisation, type Person } from '../../../shared/domain/register';
import { normaliseName } from '../../../shared/domain/registerRules';
import { FormDialog } from '../../ui/FormDialog';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

export function newMembershipInput(): MembershipInput {
  return { personId: '', role: 'member', organisationId: null, deputyFor: null, from: todayIso(), to: null };
}

function PersonPicker(props: { people: readonly Person[]; organisations: readonly Organisation[]; value: string; onChange: (id: string) => void; error?: string }) {
  const label = (p: Person) => {
    const org = props.organisations.find((o) => o.id === p.organisationId);
    return org ? `${p.name}, ${org.name}` : p.name;
  };
  const selected = props.people.find((p) => p.id === props.value);
  const [query, setQuery] = useState(selected ? label(selected) : '');
  const matches = useMemo(() => {
    const needle = normaliseName(query);
    const list = needle && (!selected || label(selected) !== query) ? props.people.filter((p) => normaliseName(label(p)).includes(needle)) : props.people;
    return list.slice(0, 100);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, props.people, selected]);
  return (
    <Field label="Person" required validationMessage={props.error} data-field="personId">
      <Combobox
        value={query}
        selectedOptions={props.value ? [props.value] : []}
        placeholder="Skriv för att söka i registret"
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_, data) => {
          if (data.optionValue) {
            props.onChange(data.optionValue);
            setQuery(data.optionText ?? '');
          }
        }}
        autoFocus
        expandIcon={{ 'aria-label': 'Visa alla personer' }}
      >
        {matches.map((p) => (
          <Option key={p.id} value={p.id} text={label(p)}>
            {label(p)}
          </Option>
        ))}
        {matches.length === 0 ? (
          <Option key="none" value="" text="" disabled>
            Ingen person matchar
          </Option>
        ) : null}
      </Combobox>
    </Field>
  );
}

/** Adding or changing a membership: who, in which role, for which organisation, from when to when. */
export function MembershipDialog(props: {
  open: boolean;
  title: string;
  initial: MembershipInput;
  people: readonly Person[];
  organisations: readonly Organisation[];
  memberships: readonly Membership[];
  selfId?: string;
  onClose: () => void;
  onSubmit: (values: MembershipInput) => Promise<void>;
}) {
  const styles = useStyles();
  const personName = (id: string) => props.people.find((p) => p.id === id)?.name ?? 'Okänd person';
  const seats = props.memberships.filter((m) => votingRoles.includes(m.role) && m.id !== props.selfId);
  return (
    <FormDialog open={props.open} title={props.title} initial={props.initial} onClose={props.onClose} onSubmit={props.onSubmit}>
      {({ values, set, errors }) => (
        <>
          <PersonPicker
            people={props.people}
            organisations={props.organisations}
            value={values.personId}
            onChange={(id) => set('personId', id)}
            error={errors.personId}
          />
          <Field label="Roll" validationMessage={errors.role} data-field="role">
            <Select
              value={values.role}
              onChange={(_, d) => {
                set('role', d.value as MembershipInput['role']);
                if (d.value !== 'deputy') set('deputyFor', null);
              }}
            >
              {membershipRoles.map((r) => (
                <option key={r} value={r}>
                  {membershipRoleLabels[r]}
                </option>
              ))}
            </Select>
          </Field>
          {values.role === 'deputy' ? (
            <Field label="Ersättare för" required validationMessage={errors.deputyFor} data-field="deputyFor">
              <Select value={values.deputyFor ?? ''} onChange={(_, d) => set('deputyFor', d.value || null)}>
                <option value="">Välj ledamot</option>
                {seats.map((m) => (
                  <option key={m.id} value={m.id}>
                    {personName(m.personId)} ({membershipRoleLabels[m.role].toLocaleLowerCase('sv-SE')}
                    {m.to ? `, till ${m.to}` : ''})
                  </option>
                ))}
              </Select>
            </Field>
          ) : null}
          <Field label="Företräder" hint="Förvalt: personens egen organisation" validationMessage={errors.organisationId} data-field="organisationId">
            <Select value={values.organisationId ?? ''} onChange={(_, d) => set('organisationId', d.value || null)}>
              <option value="">Personens egen organisation</option>
              {props.organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.row}>
            <Field label="Från och med" required validationMessage={errors.from} data-field="from">
              <Input type="date" value={values.from} onChange={(_, d) => set('from', d.value)} />
            </Field>
            <Field label="Till och med" hint="Tomt: tills vidare" validationMessage={errors.to} data-field="to">
              <Input type="date" value={values.to ?? ''} onChange={(_, d) => set('to', d.value || null)} />
            </Field>
          </div>
        </>
      )}
    </FormDialog>
  );
}
