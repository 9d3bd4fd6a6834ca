/** Adding a party to an agreement, and a party's signatories with their signing dates. */
import { Checkbox, Combobox, Field, Input, Option, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { PartyInput, SignatoryInput } from '../../../shared/domain/agreements';
import { signatoryRoleSuggestions } from '../../../shared/domain/labels';
import type { OrganisationRow } from '../../db/database';
import { FormDialog } from '../../ui/FormDialog';

export function PartyDialog(props: {
  open: boolean;
  title: string;
  initial: PartyInput;
  /** Organisations that may be chosen (those not yet parties, or the party's own when changing it). */
  organisations: readonly OrganisationRow[];
  /** When changing a party its organisation stays. */
  fixedOrganisation?: boolean;
  onClose: () => void;
  onSubmit: (values: PartyInput) => Promise<void>;
}) {
  return (
    <FormDialog open={props.open} title={props.title} initial={props.initial} onClose={props.onClose} onSubmit={props.onSubmit}>
      {({ values, set, errors }) => (
        <>
          <Field label="Organisation" required validationMessage={errors.organisationId} data-field="organisationId">
            <Select
              value={values.organisationId}
              disabled={props.fixedOrganisation}
              autoFocus={!props.fixedOrganisation}
              onChange={(_, d) => {
                set('organisationId', d.value);
                set('reports', props.organisations.find((o) => o.id === d.value)?.kind !== 'region');
              }}
            >
              <option value="">Välj organisation</option>
              {props.organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
          </Field>
          <Checkbox
            autoFocus={props.fixedOrganisation}
            checked={values.reports}
            onChange={(_, d) => set('reports', d.checked === true)}
            label="Lämnar årlig ekonomisk redovisning till regionen"
          />
        </>
      )}
    </FormDialog>
  );
}

function RolePicker(props: { value: string; onChange: (role: string) => void; error?: string }) {
  const [query, setQuery] = useState(props.value);
  const matches = signatoryRoleSuggestions.filter((r) => r.toLocaleLowerCase('sv-SE').includes(query.trim().toLocaleLowerCase('sv-SE')));
  return (
    <Field label="Roll" hint="Till exempel kommunstyrelsens ordförande eller kommundirektör" validationMessage={props.error} data-field="role">
      <Combobox
        freeform
        value={query}
        selectedOptions={signatoryRoleSuggestions.includes(props.value) ? [props.value] : []}
        onChange={(event) => {
          setQuery(event.target.value);
          props.onChange(event.target.value);
        }}
        onOptionSelect={(_, data) => {
          if (data.optionText) {
            setQuery(data.optionText);
            props.onChange(data.optionText);
          }
        }}
        expandIcon={{ 'aria-label': 'Visa vanliga roller' }}
      >
        {(matches.length > 0 ? matches : signatoryRoleSuggestions).map((role) => (
          <Option key={role} value={role}>
            {role}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}

export function SignatoryDialog(props: {
  open: boolean;
  title: string;
  initial: SignatoryInput;
  onClose: () => void;
  onSubmit: (values: SignatoryInput) => Promise<void>;
}) {
  return (
    <FormDialog open={props.open} title={props.title} initial={props.initial} onClose={props.onClose} onSubmit={props.onSubmit}>
      {({ values, set, errors }) => (
        <>
          <Field label="Namn" required validationMessage={errors.name} data-field="name">
            <Input value={values.name} onChange={(_, d) => set('name', d.value)} autoFocus={!props.initial.name} />
          </Field>
          <RolePicker value={values.role} onChange={(role) => set('role', role)} error={errors.role} />
          <Field label="Underskrivet den" hint="Tomt: har inte skrivit under ännu" validationMessage={errors.signedOn} data-field="signedOn">
            <Input type="date" value={values.signedOn ?? ''} onChange={(_, d) => set('signedOn', d.value || null)} autoFocus={!!props.initial.name} />
          </Field>
        </>
      )}
    </FormDialog>
  );
}
