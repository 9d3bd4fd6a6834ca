/**
 * One yearly report: its status, its figures as the party sent them (with sums, and a warning where
 * the lines and the stated totals disagree), the most important events, staff, and the meetings
 * where it was dealt with.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Tooltip,
} from '@fluentui/react-components';
import { CalendarAdd20Regular, Delete20Regular, Edit20Regular, Warning16Filled } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { agendaItemTitle, rowStatusLabel } from '../../../shared/domain/agreements';
import { formatDate, todayIso } from '../../../shared/domain/dates';
import { incomeKindLabels, reportLabels } from '../../../shared/domain/labels';
import * as db from '../../db/agreements';
import { useCommand } from '../../app/commands';
import { useFeedback } from '../../app/feedback';
import { routes } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useTableStyles } from '../../ui/tableStyles';
import { AgendaDialog } from './AgendaDialog';
import { DutyStatusBadge, Kronor, MeetingMentions, ReportStatusBadge, useAgreementStyles } from './parts';
import { figuresValues, FiguresDialog, narrativeValues, NarrativeDialog, ReportStatusDialog } from './ReportDialogs';

export function ReportPage({ agreementId, reportId }: { agreementId: string; reportId: string }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useAgreementStyles();
  const tableStyles = useTableStyles();
  const [, navigate] = useLocation();
  const today = todayIso();
  const [dialog, setDialog] = useState<'status' | 'figures' | 'narrative' | 'agenda' | null>(null);
  const details = useLiveQuery(async () => (await db.getReport(store, reportId, today)) ?? null, [store, reportId, today]);
  const agreement = useLiveQuery(async () => (await db.getAgreementDetails(store, agreementId)) ?? null, [store, agreementId]);
  const mentions = useLiveQuery(() => db.listMeetingsLinkingTo(store, { agreementId, reportId }), [store, agreementId, reportId]);

  useCommand(details ? { id: 'report:agenda', label: 'Lägg på dagordningen', keys: 'Alt+L', group: 'Redovisning', run: () => setDialog('agenda') } : null);
  useCommand(details ? { id: 'report:figures', label: 'Ändra intäkter och kostnader', keys: 'Alt+E', group: 'Redovisning', run: () => setDialog('figures') } : null);

  if (details === undefined || agreement === undefined) return <Loading />;
  if (details === null || agreement === null) {
    return (
      <Page title="Redovisningen finns inte">
        <EmptyState title="Redovisningen finns inte längre" action={<Link href={routes.agreement(agreementId)}>Till överenskommelsen</Link>}>
          Den kan ha tagits bort.
        </EmptyState>
      </Page>
    );
  }
  const { report, sums, warnings, row } = details;
  const title = `${reportLabels.report} ${report.year}: ${details.unitLabel}`;
  const hasLines = report.incomeLines.length + report.costLines.length > 0;

  const remove = async () => {
    const done = await feedback.save(() => db.deleteReport(store, reportId).then(() => true));
    if (done) {
      navigate(routes.agreementReports(agreementId, report.year));
      feedback.undoable(`Redovisningen för ${details.unitLabel} ${report.year} togs bort.`, () => db.restoreReport(store, reportId));
    }
  };

  return (
    <Page
      title={title}
      subtitle={
        <span className={styles.row}>
          <Link href={routes.agreements}>Överenskommelser</Link>
          <span aria-hidden="true">›</span>
          <Link href={routes.agreementReports(agreementId, report.year)}>{agreement.label}</Link>
          <span aria-hidden="true">›</span>
          <span>Redovisning för {report.year}</span>
        </span>
      }
      actions={
        <>
          <Button icon={<CalendarAdd20Regular />} onClick={() => setDialog('agenda')}>
            Lägg på dagordningen …
          </Button>
          <Tooltip content="Ta bort redovisningen" relationship="label">
            <Button icon={<Delete20Regular />} onClick={() => void remove()} />
          </Tooltip>
        </>
      }
    >
      <section className={styles.section} aria-labelledby="report-status">
        <div className={styles.sectionHeader}>
          <h2 id="report-status" className={styles.h2}>
            Status
          </h2>
          <Button icon={<Edit20Regular />} onClick={() => setDialog('status')}>
            Ändra status …
          </Button>
        </div>
        <dl className={styles.dl}>
          <dt className={styles.dt}>{reportLabels.status}</dt>
          <dd className={styles.dd}>
            {report.status === 'expected' && row ? <DutyStatusBadge status={row.standing} /> : <ReportStatusBadge status={report.status} />}
            <span className={tableStyles.visuallyHidden}> ({row ? rowStatusLabel(row) : ''})</span>
          </dd>
          <dt className={styles.dt}>{reportLabels.deadline}</dt>
          <dd className={styles.dd}>{row ? `${formatDate(row.deadline.date)}${row.deadline.moved ? ' (flyttad)' : ''}` : '–'}</dd>
          <dt className={styles.dt}>Inkom</dt>
          <dd className={styles.dd}>{report.receivedOn ? formatDate(report.receivedOn) : '–'}</dd>
          <dt className={styles.dt}>Inskickad av</dt>
          <dd className={styles.dd}>{report.submittedBy || '–'}</dd>
          {row && row.unit.organisationIds.length > 1 ? (
            <>
              <dt className={styles.dt}>Kommuner</dt>
              <dd className={styles.dd}>
                {row.unit.organisationIds.map((id) => agreement.organisations.find((o) => o.id === id)?.name ?? 'Okänd organisation').join(', ')}
              </dd>
            </>
          ) : null}
          {report.note ? (
            <>
              <dt className={styles.dt}>Anteckning</dt>
              <dd className={styles.dd}>{report.note}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section className={styles.section} aria-labelledby="report-figures">
        <div className={styles.sectionHeader}>
          <h2 id="report-figures" className={styles.h2}>
            Ekonomi {report.year}
          </h2>
          <Button icon={<Edit20Regular />} onClick={() => setDialog('figures')}>
            {hasLines ? 'Ändra intäkter och kostnader …' : 'Fyll i intäkter och kostnader …'}
          </Button>
        </div>
        {warnings.length > 0 ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Redovisningen går inte ihop</MessageBarTitle>
              <ul className={styles.list}>
                {warnings.map((w) => (
                  <li key={w.kind}>{w.message}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {!sums.hasFigures ? (
          <Text className={styles.muted}>Inga belopp är ifyllda ännu.</Text>
        ) : (
          <>
            <div className={styles.figures}>
              {(
                [
                  [reportLabels.regionPayment, sums.regionPayment],
                  [reportLabels.ownContribution, sums.ownContribution],
                  [reportLabels.income, sums.income],
                  [reportLabels.cost, sums.cost],
                  [reportLabels.result, sums.result],
                ] as const
              ).map(([label, value]) => (
                <div key={label} className={styles.figure}>
                  <Text size={200}>{label}</Text>
                  <span className={styles.figureValue}>
                    <Kronor value={value} />
                  </span>
                </div>
              ))}
            </div>
            <Table aria-label={reportLabels.income} size="small" className={tableStyles.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{reportLabels.income}</TableHeaderCell>
                  <TableHeaderCell>Typ</TableHeaderCell>
                  <TableHeaderCell className={styles.amountHeader}>Belopp</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {report.incomeLines.map((line) => (
                  <TableRow key={line.id}>
                    <TableCell>
                      {line.label}
                      {line.note ? (
                        <Text size={200} block className={styles.muted}>
                          {line.note}
                        </Text>
                      ) : null}
                    </TableCell>
                    <TableCell>{incomeKindLabels[line.kind]}</TableCell>
                    <TableCell className={styles.amount}>
                      <Kronor value={line.amount} />
                    </TableCell>
                  </TableRow>
                ))}
                <SumRows computed={sums.incomeFromLines} stated={report.statedIncomeTotal} label="intäkter" span={2} />
              </TableBody>
            </Table>
            <Table aria-label={reportLabels.cost} size="small" className={tableStyles.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{reportLabels.cost}</TableHeaderCell>
                  <TableHeaderCell className={styles.amountHeader}>Belopp</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {report.costLines.map((line) => (
                  <TableRow key={line.id}>
                    <TableCell>
                      {line.label}
                      {line.note ? (
                        <Text size={200} block className={styles.muted}>
                          {line.note}
                        </Text>
                      ) : null}
                    </TableCell>
                    <TableCell className={styles.amount}>
                      <Kronor value={line.amount} />
                    </TableCell>
                  </TableRow>
                ))}
                <SumRows computed={sums.costFromLines} stated={report.statedCostTotal} label="kostnader" span={1} />
              </TableBody>
            </Table>
            {report.statedOwnContribution !== null || report.statedResult !== null ? (
              <Text size={200} className={styles.muted}>
                Enligt redovisningen:
                {report.statedResult !== null ? (
                  <>
                    {' '}
                    resultat <Kronor value={report.statedResult} />.
                  </>
                ) : null}
                {report.statedOwnContribution !== null ? (
                  <>
                    {' '}
                    egen insats <Kronor value={report.statedOwnContribution} />.
                  </>
                ) : null}
              </Text>
            ) : null}
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby="report-events">
        <div className={styles.sectionHeader}>
          <h2 id="report-events" className={styles.h2}>
            {reportLabels.events}
          </h2>
          <Button icon={<Edit20Regular />} onClick={() => setDialog('narrative')}>
            Ändra händelser och personal …
          </Button>
        </div>
        {report.events.length === 0 ? (
          <Text className={styles.muted}>Inga händelser är ifyllda.</Text>
        ) : (
          <ol className={styles.list}>
            {report.events.map((event, i) => (
              <li key={i} className={styles.preWrap}>
                {event}
              </li>
            ))}
          </ol>
        )}
        <h3 className={styles.h3}>{reportLabels.staff}</h3>
        {report.staff ? <p className={styles.preWrap}>{report.staff}</p> : <Text className={styles.muted}>Ingen beskrivning av personal.</Text>}
      </section>

      <section className={styles.section} aria-labelledby="report-meetings">
        <h2 id="report-meetings" className={styles.h2}>
          Behandlad på möten
        </h2>
        {mentions === undefined ? (
          <Loading />
        ) : mentions.length === 0 ? (
          <Text className={styles.muted}>Redovisningen har inte varit uppe på något möte ännu.</Text>
        ) : (
          <MeetingMentions mentions={mentions} label="Möten där redovisningen behandlats" />
        )}
      </section>

      <ReportStatusDialog
        open={dialog === 'status'}
        title={`Status för ${title}`}
        initial={{ unitKey: report.unitKey, status: report.status, receivedOn: report.receivedOn ?? (report.status === 'expected' ? today : null), submittedBy: report.submittedBy, note: report.note }}
        onClose={() => setDialog(null)}
        onSubmit={async ({ unitKey: _unit, ...status }) => {
          await db.updateReportStatus(store, reportId, status);
          feedback.success('Statusen är sparad.');
        }}
      />
      <FiguresDialog
        open={dialog === 'figures'}
        title={`Intäkter och kostnader ${report.year}: ${details.unitLabel}`}
        initial={figuresValues(report)}
        onClose={() => setDialog(null)}
        onSubmit={async (figures) => {
          await db.updateReportFigures(store, reportId, figures);
          feedback.success('Beloppen är sparade.');
        }}
      />
      <NarrativeDialog
        open={dialog === 'narrative'}
        title={`Händelser och personal ${report.year}: ${details.unitLabel}`}
        initial={narrativeValues(report)}
        onClose={() => setDialog(null)}
        onSubmit={async (values) => {
          await db.updateReportNarrative(store, reportId, values);
          feedback.success('Händelser och personal är sparade.');
        }}
      />
      <AgendaDialog
        open={dialog === 'agenda'}
        target={{ agreementId, reportId }}
        defaultTitle={agendaItemTitle({ agreementLabel: agreement.label, report: { year: report.year, unitLabel: details.unitLabel } })}
        onClose={() => setDialog(null)}
      />
    </Page>
  );
}

/** The sum of the lines, and the report's own total beside it when it states one (marked when they differ). */
function SumRows({ computed, stated, label, span }: { computed: number; stated: number | null; label: string; span: number }) {
  const styles = useAgreementStyles();
  const off = stated !== null && stated !== computed;
  return (
    <>
      <TableRow>
        <TableCell colSpan={span}>
          <strong>Summa {label} enligt raderna</strong>
        </TableCell>
        <TableCell className={styles.amount}>
          <strong>
            <Kronor value={computed} />
          </strong>
        </TableCell>
      </TableRow>
      {stated !== null ? (
        <TableRow>
          <TableCell colSpan={span}>
            <span className={styles.row}>
              {off ? <Warning16Filled className={styles.warningIcon} aria-hidden="true" /> : null}
              Summa {label} enligt redovisningen{off ? ' (stämmer inte med raderna)' : ''}
            </span>
          </TableCell>
          <TableCell className={styles.amount}>
            <Kronor value={stated} />
          </TableCell>
        </TableRow>
      ) : null}
    </>
  );
}
