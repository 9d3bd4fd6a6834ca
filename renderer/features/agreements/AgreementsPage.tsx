/**
 * Överenskommelser: what is late or due soon across all agreements, and every agreement with who
 * has signed and how many of last year's reports are in.
 */
import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { Add20Regular, DocumentTable20Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { formatDate, todayIso } from '../../../shared/domain/dates';
import * as db from '../../db/agreements';
import { listOrganisations } from '../../db/queries';
import { useCommand } from '../../app/commands';
import { useFeedback } from '../../app/feedback';
import { routes } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useTableStyles } from '../../ui/tableStyles';
import { AgreementDialog, newAgreementValues } from './AgreementDialog';
import { DutiesTable, SignatureBadge, useAgreementStyles } from './parts';

export function AgreementsPage() {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useAgreementStyles();
  const tableStyles = useTableStyles();
  const [, navigate] = useLocation();
  const [creating, setCreating] = useState(false);
  const [initial] = useState(newAgreementValues);
  const today = todayIso();
  const overviews = useLiveQuery(() => db.listAgreements(store, today), [store, today]);
  const open = useLiveQuery(() => db.listOpenDuties(store, today), [store, today]);
  const organisations = useLiveQuery(() => listOrganisations(store), [store]);
  const summaryYear = Number(today.slice(0, 4)) - 1;

  useCommand({ id: 'agreement:new', label: 'Ny överenskommelse', keys: 'Alt+N', group: 'Överenskommelser', run: () => setCreating(true) });
  useCommand({
    id: 'agreement:summary',
    label: 'Visa årssammanställningen',
    keys: 'Alt+S',
    group: 'Överenskommelser',
    run: () => navigate(routes.agreementsSummary(summaryYear)),
  });

  return (
    <Page
      title="Överenskommelser"
      subtitle="Samverkansöverenskommelserna, vilka som har skrivit under och parternas årliga ekonomiska redovisning."
      actions={
        <>
          <Button icon={<DocumentTable20Regular />} onClick={() => navigate(routes.agreementsSummary(summaryYear))}>
            Årssammanställning
          </Button>
          <Button appearance="primary" icon={<Add20Regular />} onClick={() => setCreating(true)}>
            Ny överenskommelse
          </Button>
        </>
      }
    >
      {overviews === undefined || open === undefined ? (
        <Loading />
      ) : overviews.length === 0 ? (
        <EmptyState title="Inga överenskommelser ännu" action={<Button onClick={() => setCreating(true)}>Lägg till den första överenskommelsen</Button>}>
          Lägg in en samverkansöverenskommelse med dess parter och undertecknare. Årliga redovisningar, uppföljningar och
          samverkansplanen blir då datum att hålla ordning på.
        </EmptyState>
      ) : (
        <>
          <section className={styles.section} aria-labelledby="open-duties">
            <h2 id="open-duties" className={styles.h2}>
              Kommande och försenade
            </h2>
            {open.length === 0 ? (
              <Text>Inget är försenat, och inget förfaller det närmaste halvåret.</Text>
            ) : (
              <DutiesTable duties={open} label="Kommande och försenade" showAgreement />
            )}
          </section>
          <section className={styles.section} aria-labelledby="all-agreements">
            <h2 id="all-agreements" className={styles.h2}>
              Alla överenskommelser
            </h2>
            <Table aria-label="Överenskommelser" className={tableStyles.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Överenskommelse</TableHeaderCell>
                  <TableHeaderCell>Period</TableHeaderCell>
                  <TableHeaderCell>Parter</TableHeaderCell>
                  <TableHeaderCell>Underskrifter</TableHeaderCell>
                  <TableHeaderCell>Redovisningar {summaryYear}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {overviews.map((o) => (
                  <TableRow key={o.agreement.id}>
                    <TableCell>
                      <Link href={routes.agreement(o.agreement.id)} className={tableStyles.nameButton}>
                        {o.label}
                      </Link>
                      <Text size={200} block className={styles.muted}>
                        {o.agreement.title}
                      </Text>
                    </TableCell>
                    <TableCell>
                      {formatDate(o.agreement.from)} – {formatDate(o.agreement.to)}
                    </TableCell>
                    <TableCell>{o.partyNames.length}</TableCell>
                    <TableCell>
                      {o.signatures.complete ? (
                        <SignatureBadge status="signed">Underskriven {o.signatures.completedOn ? formatDate(o.signatures.completedOn) : ''}</SignatureBadge>
                      ) : (
                        <SignatureBadge status={o.signatures.signedParties === 0 ? 'unsigned' : 'partly'}>
                          {o.signatures.signedParties} av {o.signatures.parties} parter
                        </SignatureBadge>
                      )}
                    </TableCell>
                    <TableCell>{o.reportYear === null ? '–' : `${o.reportsIn} av ${o.reportsExpected} inkomna`}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
        </>
      )}
      <AgreementDialog
        open={creating}
        title="Ny överenskommelse"
        initial={initial}
        organisations={organisations ?? []}
        onClose={() => setCreating(false)}
        onSubmit={async ({ organisationIds, ...input }) => {
          const id = await db.createAgreement(store, input, organisationIds);
          feedback.success('Överenskommelsen är tillagd.');
          navigate(routes.agreement(id));
        }}
      />
    </Page>
  );
}
