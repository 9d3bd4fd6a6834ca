/**
 * One year across all parties: the region's payments, the parties' own contributions, who has not
 * reported and what does not add up; saved to Word (for the meeting) or CSV (for Excel).
 */
import { Button, Select, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { DocumentArrowDown20Regular, DocumentTable20Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { checkNotes, hasArrived, rowStatusLabel } from '../../../shared/domain/agreements';
import { formatDate, todayIso } from '../../../shared/domain/dates';
import { reportLabels } from '../../../shared/domain/labels';
import { yearSummaryCsv } from '../../../shared/exchange/agreementsCsv';
import { buildYearSummary, yearSummaryFileName } from '../../../shared/word/agreements';
import * as db from '../../db/agreements';
import { registerIndex } from '../../db/queries';
import { useCommand } from '../../app/commands';
import { useFeedback } from '../../app/feedback';
import { routes } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { platform } from '../../platform';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useTableStyles } from '../../ui/tableStyles';
import { DutyStatusBadge, Kronor, ReportStatusBadge, useAgreementStyles } from './parts';

export function YearSummaryPage({ year }: { year: number }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useAgreementStyles();
  const tableStyles = useTableStyles();
  const [, navigate] = useLocation();
  const today = todayIso();
  const [busy, setBusy] = useState<'docx' | 'csv' | null>(null);
  const summary = useLiveQuery(() => db.yearSummary(store, year, today), [store, year, today]);
  const years = useLiveQuery(() => db.reportingYears(store), [store]);

  const save = async (kind: 'docx' | 'csv') => {
    if (!summary || busy) return;
    setBusy(kind);
    try {
      const result = await feedback.save(async () => {
        let bytes: Uint8Array<ArrayBuffer>;
        if (kind === 'docx') {
          bytes = await buildYearSummary(summary);
        } else {
          const { organisations } = await registerIndex(store);
          bytes = yearSummaryCsv(summary, (id) => organisations.get(id)?.name ?? '');
        }
        return platform.saveFile({
          suggestedName: yearSummaryFileName(year, kind),
          bytes,
          filters: [kind === 'docx' ? { name: 'Word-dokument', extensions: ['docx'] } : { name: 'CSV för Excel', extensions: ['csv'] }],
        });
      });
      if (result?.saved) feedback.success(kind === 'docx' ? 'Sammanställningen är sparad som Word-dokument.' : 'Sammanställningen är sparad som CSV.');
    } finally {
      setBusy(null);
    }
  };
  useCommand({ id: 'summary:docx', label: 'Spara sammanställningen som Word', keys: 'Alt+W', group: 'Årssammanställning', run: () => void save('docx') });
  useCommand({ id: 'summary:csv', label: 'Spara sammanställningen som CSV', keys: 'Alt+E', group: 'Årssammanställning', run: () => void save('csv') });

  const choices = [...new Set([...(years ?? []), year])].sort((a, b) => b - a);
  const title = `${reportLabels.report} ${year} – sammanställning`;

  return (
    <Page
      title={title}
      windowTitle={`Sammanställning ${year}`}
      subtitle={
        <span className={styles.row}>
          <Link href={routes.agreements}>Överenskommelser</Link>
          <span aria-hidden="true">›</span>
          <span>Regionens ersättning, parternas egen insats och vilka som saknas, för alla överenskommelser som gäller {year}.</span>
        </span>
      }
      actions={
        <>
          <Select aria-label="År" value={String(year)} onChange={(_, d) => navigate(routes.agreementsSummary(Number(d.value)))}>
            {choices.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </Select>
          <Button icon={<DocumentArrowDown20Regular />} disabled={!summary || busy !== null} onClick={() => void save('docx')}>
            Spara som Word …
          </Button>
          <Button icon={<DocumentTable20Regular />} disabled={!summary || busy !== null} onClick={() => void save('csv')}>
            Spara som CSV …
          </Button>
        </>
      }
    >
      {busy ? <Spinner size="tiny" label={busy === 'docx' ? 'Skapar Word-dokumentet …' : 'Skapar CSV-filen …'} /> : null}
      {summary === undefined ? (
        <Loading />
      ) : summary.rows.length === 0 ? (
        <EmptyState title={`Ingen överenskommelse gäller ${year}`}>Välj ett annat år, eller lägg in överenskommelsen under Överenskommelser.</EmptyState>
      ) : (
        <>
          <div className={styles.figures}>
            <div className={styles.figure}>
              <Text size={200}>Inkomna redovisningar</Text>
              <span className={styles.figureValue}>
                {summary.totals.received} av {summary.totals.expected}
              </span>
            </div>
            <div className={styles.figure}>
              <Text size={200}>{reportLabels.regionPayment}</Text>
              <span className={styles.figureValue}>
                <Kronor value={summary.totals.regionPayment} />
              </span>
            </div>
            <div className={styles.figure}>
              <Text size={200}>Parternas egen insats</Text>
              <span className={styles.figureValue}>
                <Kronor value={summary.totals.ownContribution} />
              </span>
            </div>
          </div>
          <Table aria-label={`Redovisningar ${year}`} size="small" className={tableStyles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{reportLabels.unit}</TableHeaderCell>
                <TableHeaderCell>Överenskommelse</TableHeaderCell>
                <TableHeaderCell>{reportLabels.status}</TableHeaderCell>
                <TableHeaderCell>{reportLabels.deadline}</TableHeaderCell>
                <TableHeaderCell>{reportLabels.receivedOn}</TableHeaderCell>
                <TableHeaderCell className={styles.amountHeader}>{reportLabels.regionPayment}</TableHeaderCell>
                <TableHeaderCell className={styles.amountHeader}>{reportLabels.ownContribution}</TableHeaderCell>
                <TableHeaderCell className={styles.amountHeader}>{reportLabels.result}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.rows.map((row) => {
                const sums = hasArrived(row) && row.sums?.hasFigures ? row.sums : null;
                return (
                  <TableRow key={`${row.agreementId}:${row.unit.key}`}>
                    <TableCell>
                      {row.report ? (
                        <Link href={routes.report(row.agreementId, row.report.id)} className={tableStyles.nameButton}>
                          {row.unit.label}
                        </Link>
                      ) : (
                        <Link href={routes.agreementReports(row.agreementId, year)} className={tableStyles.nameButton}>
                          {row.unit.label}
                        </Link>
                      )}
                    </TableCell>
                    <TableCell>{row.agreementLabel}</TableCell>
                    <TableCell>
                      {hasArrived(row) ? <ReportStatusBadge status={row.report!.status} /> : <DutyStatusBadge status={row.standing} />}
                      <span className={tableStyles.visuallyHidden}> ({rowStatusLabel(row)})</span>
                    </TableCell>
                    <TableCell>
                      {formatDate(row.deadline.date)}
                      {row.deadline.moved ? <span className={styles.muted}> (flyttad)</span> : null}
                    </TableCell>
                    <TableCell>{row.report?.receivedOn ? formatDate(row.report.receivedOn) : '–'}</TableCell>
                    <TableCell className={styles.amount}>
                      <Kronor value={sums?.regionPayment} />
                    </TableCell>
                    <TableCell className={styles.amount}>
                      <Kronor value={sums?.ownContribution} />
                    </TableCell>
                    <TableCell className={styles.amount}>
                      <Kronor value={sums?.result} />
                    </TableCell>
                  </TableRow>
                );
              })}
              <TableRow>
                <TableCell>
                  <strong>Summa</strong>
                </TableCell>
                <TableCell>
                  {summary.totals.received} av {summary.totals.expected} inkomna
                </TableCell>
                <TableCell />
                <TableCell />
                <TableCell />
                <TableCell className={styles.amount}>
                  <strong>
                    <Kronor value={summary.totals.regionPayment} />
                  </strong>
                </TableCell>
                <TableCell className={styles.amount}>
                  <strong>
                    <Kronor value={summary.totals.ownContribution} />
                  </strong>
                </TableCell>
                <TableCell />
              </TableRow>
            </TableBody>
          </Table>
          <section className={styles.section} aria-labelledby="summary-missing">
            <h2 id="summary-missing" className={styles.h2}>
              Saknas
            </h2>
            {summary.missing.length === 0 ? (
              <Text>Alla redovisningar för {year} har kommit in.</Text>
            ) : (
              <ul className={styles.list}>
                {summary.missing.map((row) => (
                  <li key={`${row.agreementId}:${row.unit.key}`}>
                    <strong>{row.unit.label}</strong> ({row.agreementLabel}): sista dag {formatDate(row.deadline.date)}
                    {row.standing === 'overdue' ? ', försenad' : ''}.
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className={styles.section} aria-labelledby="summary-check">
            <h2 id="summary-check" className={styles.h2}>
              Att kontrollera
            </h2>
            {summary.toCheck.length === 0 ? (
              <Text>Inga anmärkningar: de inkomna redovisningarnas rader summerar till deras angivna summor.</Text>
            ) : (
              <ul className={styles.list}>
                {summary.toCheck.map((row) => (
                  <li key={`${row.agreementId}:${row.unit.key}`}>
                    <strong>{row.unit.label}</strong>:{' '}
                    {checkNotes(row).join(' ')}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
