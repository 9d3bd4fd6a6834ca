import {
  Button,
  Field,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Tooltip,
} from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { countyPartLabels, organisationKindLabels } from '../../../shared/domain/labels';
import { countyParts, organisationKinds, type OrganisationInput } from '../../../shared/domain/register';
import type { OrganisationRow } from '../../db/database';
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

const emptyOrganisation: OrganisationInput = { name: '', shortName: '', kind: 'other', countyPart: null };

export function OrganisationsPage() {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useTableStyles();
  const organisations = useLiveQuery(() => listOrganisations(store), [store]);
  const people = useLiveQuery(() => listPeople(store), [store]);
  const [editing, setEditing] = useState<{ id: string | null; initial: OrganisationInput } | null>(null);

  const peopleCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const p of people ?? []) if (p.organisationId) counts.set(p.organisationId, (counts.get(p.organisationId) ?? 0) + 1);
    return counts;
  }, [people]);

  const openNew = () => setEditing({ id: null, initial: emptyOrganisation });
  useCommand({ id: 'organisation:new', label: 'Ny organisation', keys: 'Alt+N', group: 'Organisationer', run: openNew });

  const remove = async (org: OrganisationRow) => {
    const done = await feedback.save(() => register.deleteOrganisation(store, org.id).then(() => true));
    if (done) feedback.undoable(`${org.name} togs bort.`, () => register.restoreOrganisation(store, org.id));
  };

  return (
    <Page
      title="Organisationer"
      subtitle="Parterna i samverkan: regionen, kommunerna och övriga organisationer."
      actions={
        <Button appearance="primary" icon={<Add20Regular />} onClick={openNew}>
          Ny organisation
        </Button>
      }
    >
      {organisations === undefined ? (
        <Loading />
      ) : organisations.length === 0 ? (
        <EmptyState title="Inga organisationer ännu" action={<Button onClick={openNew}>Lägg till den första organisationen</Button>}>
          Lägg till regionen, kommunerna och de andra parterna. Personer och organ hänger sedan ihop med dem.
        </EmptyState>
      ) : (
        <Table aria-label="Organisationer" className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Namn</TableHeaderCell>
              <TableHeaderCell>Typ</TableHeaderCell>
              <TableHeaderCell>Länsdel</TableHeaderCell>
              <TableHeaderCell>Personer</TableHeaderCell>
              <TableHeaderCell className={styles.actionsCell}>
                <span className={styles.visuallyHidden}>Åtgärder</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {organisations.map((org) => (
              <TableRow key={org.id}>
                <TableCell>
                  <Button
                    appearance="transparent"
                    className={styles.nameButton}
                    onClick={() => setEditing({ id: org.id, initial: { name: org.name, shortName: org.shortName, kind: org.kind, countyPart: org.countyPart } })}
                  >
                    {org.name}
                    {org.shortName ? ` (${org.shortName})` : ''}
                  </Button>
                </TableCell>
                <TableCell>{organisationKindLabels[org.kind]}</TableCell>
                <TableCell>{org.countyPart ? countyPartLabels[org.countyPart] : '–'}</TableCell>
                <TableCell>{peopleCount.get(org.id) ?? 0}</TableCell>
                <TableCell className={styles.actionsCell}>
                  <Tooltip content={`Ta bort ${org.name}`} relationship="label">
                    <Button appearance="subtle" icon={<Delete20Regular />} onClick={() => void remove(org)} />
                  </Tooltip>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <FormDialog
        open={editing !== null}
        title={editing?.id ? 'Ändra organisation' : 'Ny organisation'}
        initial={editing?.initial ?? emptyOrganisation}
        onClose={() => setEditing(null)}
        onSubmit={async (values) => {
          if (editing?.id) await register.updateOrganisation(store, editing.id, values);
          else await register.addOrganisation(store, values);
          feedback.success(editing?.id ? 'Organisationen är ändrad.' : `${values.name.trim()} är tillagd.`);
        }}
      >
        {({ values, set, errors }) => (
          <>
            <Field label="Namn" required validationMessage={errors.name} data-field="name">
              <Input value={values.name} onChange={(_, d) => set('name', d.value)} autoFocus />
            </Field>
            <Field label="Kortnamn" hint="Till exempel ÖLBF. Lämna tomt om det inte behövs." validationMessage={errors.shortName} data-field="shortName">
              <Input value={values.shortName} onChange={(_, d) => set('shortName', d.value)} />
            </Field>
            <Field label="Typ" validationMessage={errors.kind} data-field="kind">
              <Select value={values.kind} onChange={(_, d) => set('kind', d.value as OrganisationInput['kind'])}>
                {organisationKinds.map((k) => (
                  <option key={k} value={k}>
                    {organisationKindLabels[k]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Länsdel" validationMessage={errors.countyPart} data-field="countyPart">
              <Select
                value={values.countyPart ?? ''}
                onChange={(_, d) => set('countyPart', d.value ? (d.value as OrganisationInput['countyPart']) : null)}
              >
                <option value="">Ingen (hela länet)</option>
                {countyParts.map((c) => (
                  <option key={c} value={c}>
                    {countyPartLabels[c]}
                  </option>
                ))}
              </Select>
            </Field>
          </>
        )}
      </FormDialog>
    </Page>
  );
}
