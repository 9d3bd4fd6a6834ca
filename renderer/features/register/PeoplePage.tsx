import {
  Button,
  Field,
  Input,
  SearchBox,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Tooltip,
} from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState } from 'react';
import { normaliseName } from '../../../shared/domain/registerRules';
import type { PersonInput } from '../../../shared/domain/register';
import type { PersonRow } from '../../db/database';
import { listOrganisations, listPeople } from '../../db/queries';
import * as register from '../../db/register';
import { useCommand } from '../../app/commands';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { EmptyState } from '../../ui/EmptyState';
import { FormDialog } from '../../ui/FormDialog';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useTableStyles } from '../../ui/tableStyles';

const emptyPerson: PersonInput = { name: '', title: '', organisationId: null, email: '', phone: '' };

export function PeoplePage() {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useTableStyles();
  const people = useLiveQuery(() => listPeople(store), [store]);
  const organisations = useLiveQuery(() => listOrganisations(store), [store]);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<{ id: string | null; initial: PersonInput } | null>(null);
  const filterRef = useRef<HTMLInputElement>(null);

  const orgName = useMemo(() => new Map((organisations ?? []).map((o) => [o.id, o.name])), [organisations]);
  const shown = useMemo(() => {
    const needle = normaliseName(filter);
    if (!needle) return people ?? [];
    return (people ?? []).filter((p) =>
      [p.name, p.title, p.email, orgName.get(p.organisationId ?? '') ?? ''].some((v) => normaliseName(v).includes(needle)),
    );
  }, [people, filter, orgName]);

  const openNew = () => setEditing({ id: null, initial: emptyPerson });
  useCommand({ id: 'person:new', label: 'Ny person', keys: 'Alt+N', group: 'Personer', run: openNew });
  useCommand({ id: 'person:filter', label: 'Filtrera personer', keys: 'Ctrl+F', group: 'Personer', run: () => filterRef.current?.focus(), whileTyping: true });

  const remove = async (person: PersonRow) => {
    const done = await feedback.save(() => register.deletePerson(store, person.id).then(() => true));
    if (done) feedback.undoable(`${person.name} togs bort.`, () => register.restorePerson(store, person.id));
  };

  return (
    <Page
      title="Personer"
      subtitle="Ledamöter, ersättare, tjänstepersoner och gäster."
      actions={
        <Button appearance="primary" icon={<Add20Regular />} onClick={openNew}>
          Ny person
        </Button>
      }
    >
      {people === undefined ? (
        <Loading />
      ) : people.length === 0 ? (
        <EmptyState title="Inga personer ännu" action={<Button onClick={openNew}>Lägg till den första personen</Button>}>
          Personerna i registret kan sedan bli ledamöter, ersättare eller tjänstepersoner i organen.
        </EmptyState>
      ) : (
        <>
          <Field label="Filtrera" style={{ maxWidth: 360 }}>
            <SearchBox
              ref={filterRef}
              value={filter}
              onChange={(_, d) => setFilter(d.value)}
              placeholder="Namn, titel, organisation eller e-post"
            />
          </Field>
          <Text aria-live="polite">
            {shown.length === people.length ? `${people.length} personer` : `${shown.length} av ${people.length} personer`}
          </Text>
          <Table aria-label="Personer" className={styles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Namn</TableHeaderCell>
                <TableHeaderCell>Titel</TableHeaderCell>
                <TableHeaderCell>Organisation</TableHeaderCell>
                <TableHeaderCell>E-post</TableHeaderCell>
                <TableHeaderCell className={styles.actionsCell}>
                  <span className={styles.visuallyHidden}>Åtgärder</span>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map((person) => (
                <TableRow key={person.id}>
                  <TableCell>
                    <Button
                      appearance="transparent"
                      className={styles.nameButton}
                      onClick={() =>
                        setEditing({
                          id: person.id,
                          initial: {
                            name: person.name,
                            title: person.title,
                            organisationId: person.organisationId,
                            email: person.email,
                            phone: person.phone,
                          },
                        })
                      }
                    >
                      {person.name}
                    </Button>
                  </TableCell>
                  <TableCell>{person.title}</TableCell>
                  <TableCell>{orgName.get(person.organisationId ?? '') ?? '–'}</TableCell>
                  <TableCell>{person.email}</TableCell>
                  <TableCell className={styles.actionsCell}>
                    <Tooltip content={`Ta bort ${person.name}`} relationship="label">
                      <Button appearance="subtle" icon={<Delete20Regular />} onClick={() => void remove(person)} />
                    </Tooltip>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {shown.length === 0 ? <Text>Ingen person matchar ”{filter}”.</Text> : null}
        </>
      )}
      <FormDialog
        open={editing !== null}
        title={editing?.id ? 'Ändra person' : 'Ny person'}
        initial={editing?.initial ?? emptyPerson}
        onClose={() => setEditing(null)}
        onSubmit={async (values) => {
          if (editing?.id) await register.updatePerson(store, editing.id, values);
          else await register.addPerson(store, values);
          feedback.success(editing?.id ? 'Personen är ändrad.' : `${values.name.trim()} är tillagd.`);
        }}
      >
        {({ values, set, errors }) => (
          <>
            <Field label="Namn" required validationMessage={errors.name} data-field="name">
              <Input value={values.name} onChange={(_, d) => set('name', d.value)} autoFocus />
            </Field>
            <Field label="Titel" validationMessage={errors.title} data-field="title">
              <Input value={values.title} onChange={(_, d) => set('title', d.value)} />
            </Field>
            <Field label="Organisation" validationMessage={errors.organisationId} data-field="organisationId">
              <Select value={values.organisationId ?? ''} onChange={(_, d) => set('organisationId', d.value || null)}>
                <option value="">Ingen organisation</option>
                {(organisations ?? []).map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="E-post" validationMessage={errors.email} data-field="email">
              <Input type="email" value={values.email} onChange={(_, d) => set('email', d.value)} />
            </Field>
            <Field label="Telefon" validationMessage={errors.phone} data-field="phone">
              <Input type="tel" value={values.phone} onChange={(_, d) => set('phone', d.value)} />
            </Field>
          </>
        )}
      </FormDialog>
    </Page>
  );
}
