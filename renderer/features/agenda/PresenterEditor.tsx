/**
 * Presenters of an item or topic: a person from the register, or free text with an organisation
 * for someone who is not (a guest speaker).
 */
import { Button, Combobox, Input, makeStyles, Option, tokens, Tooltip } from '@fluentui/react-components';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { Presenter } from '../../../shared/domain/meeting';
import type { Organisation, Person } from '../../../shared/domain/register';
import { normaliseName } from '../../../shared/domain/registerRules';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'grid', gridTemplateColumns: '1fr 1fr auto', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  fieldset: { border: 'none', margin: 0, padding: 0 },
});

export function presenterLabel(p: Presenter): string {
  return p.organisation ? `${p.name}, ${p.organisation}` : p.name;
}

function PresenterRow(props: {
  index: number;
  value: Presenter;
  people: readonly Person[];
  organisations: readonly Organisation[];
  onChange: (value: Presenter) => void;
  onRemove: () => void;
}) {
  const styles = useStyles();
  const orgName = (id: string | null) => props.organisations.find((o) => o.id === id)?.name ?? '';
  const [query, setQuery] = useState(props.value.name);
  const matches = useMemo(() => {
    const needle = normaliseName(query);
    return (needle ? props.people.filter((p) => normaliseName(p.name).includes(needle)) : props.people).slice(0, 50);
  }, [query, props.people]);
  return (
    <div className={styles.row}>
      <Combobox
        aria-label={`Föredragande ${props.index + 1}, namn`}
        freeform
        value={query}
        placeholder="Namn (ur registret eller fritt)"
        expandIcon={{ 'aria-label': 'Visa personer i registret' }}
        selectedOptions={props.value.personId ? [props.value.personId] : []}
        onChange={(event) => {
          setQuery(event.target.value);
          props.onChange({ personId: null, name: event.target.value, organisation: props.value.organisation });
        }}
        onOptionSelect={(_, data) => {
          const person = props.people.find((p) => p.id === data.optionValue);
          if (!person) return;
          setQuery(person.name);
          props.onChange({ personId: person.id, name: person.name, organisation: orgName(person.organisationId) });
        }}
      >
        {matches.map((p) => (
          <Option key={p.id} value={p.id} text={p.name}>
            {p.organisationId ? `${p.name}, ${orgName(p.organisationId)}` : p.name}
          </Option>
        ))}
      </Combobox>
      <Input
        aria-label={`Föredragande ${props.index + 1}, organisation`}
        placeholder="Organisation"
        value={props.value.organisation}
        onChange={(_, d) => props.onChange({ ...props.value, organisation: d.value })}
      />
      <Tooltip content="Ta bort föredragande" relationship="label">
        <Button appearance="subtle" icon={<Delete16Regular />} onClick={props.onRemove} />
      </Tooltip>
    </div>
  );
}

export function PresenterEditor(props: {
  legend?: string;
  value: Presenter[];
  max?: number;
  people: readonly Person[];
  organisations: readonly Organisation[];
  onChange: (value: Presenter[]) => void;
}) {
  const styles = useStyles();
  const max = props.max ?? 20;
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{props.legend ?? 'Föredragande'}</legend>
      <div className={styles.list}>
        {props.value.map((presenter, index) => (
          <PresenterRow
            key={index}
            index={index}
            value={presenter}
            people={props.people}
            organisations={props.organisations}
            onChange={(next) => props.onChange(props.value.map((p, i) => (i === index ? next : p)))}
            onRemove={() => props.onChange(props.value.filter((_, i) => i !== index))}
          />
        ))}
        {props.value.length < max ? (
          <div>
            <Button size="small" icon={<Add16Regular />} onClick={() => props.onChange([...props.value, { personId: null, name: '', organisation: '' }])}>
              Lägg till föredragande
            </Button>
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}
