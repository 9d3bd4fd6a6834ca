/**
 * The year's summary as CSV, one row per reporting party or county part: for Excel, where the
 * region adds up and compares. Amounts are whole kronor without spaces (so Excel reads them as
 * numbers), the ratio has a decimal comma, dates are ISO (Excel in Swedish reads them as dates).
 */
import { checkNotes, hasArrived, ownContributionRatio, rowStatusLabel, type YearSummary } from '../domain/agreements';
import { reportLabels } from '../domain/labels';
import { csvBytes, type CsvValue } from './csv';

export const yearSummaryCsvHeader = [
  'År',
  reportLabels.unit,
  'Ingående organisationer',
  'Överenskommelse',
  reportLabels.status,
  reportLabels.deadline,
  'Sista dag flyttad',
  reportLabels.receivedOn,
  `${reportLabels.regionPayment} (kr)`,
  `${reportLabels.ownContribution} (kr)`,
  `${reportLabels.income} (kr)`,
  `${reportLabels.cost} (kr)`,
  `${reportLabels.result} (kr)`,
  'Egen insats per krona ersättning',
  'Att kontrollera',
] as const;

export function yearSummaryRows(summary: YearSummary, organisationName: (id: string) => string): CsvValue[][] {
  const rows: CsvValue[][] = [[...yearSummaryCsvHeader]];
  for (const row of summary.rows) {
    const sums = hasArrived(row) && row.sums?.hasFigures ? row.sums : null;
    const ratio = sums ? ownContributionRatio(sums) : null;
    const notes = checkNotes(row);
    rows.push([
      summary.year,
      row.unit.label,
      row.unit.organisationIds.map(organisationName).join(', '),
      row.agreementLabel,
      rowStatusLabel(row),
      row.deadline.date,
      row.deadline.moved ? 'ja' : 'nej',
      row.report?.receivedOn ?? '',
      sums?.regionPayment ?? null,
      sums?.ownContribution ?? null,
      sums ? sums.income : null,
      sums ? sums.cost : null,
      sums ? sums.result : null,
      ratio === null ? null : Math.round(ratio * 100) / 100,
      notes.join(' ').replace(/\u00a0/g, ' '),
    ]);
  }
  rows.push([
    summary.year,
    'Summa',
    '',
    `${summary.totals.received} av ${summary.totals.expected} inkomna`,
    '',
    '',
    '',
    '',
    summary.totals.regionPayment,
    summary.totals.ownContribution,
    summary.totals.income,
    summary.totals.cost,
    null,
    null,
    '',
  ]);
  return rows;
}

export function yearSummaryCsv(summary: YearSummary, organisationName: (id: string) => string): Uint8Array<ArrayBuffer> {
  return csvBytes(yearSummaryRows(summary, organisationName));
}
