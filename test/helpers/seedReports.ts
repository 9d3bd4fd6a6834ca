/**
 * The two seed reports (test/fixtures/ekonomisk-redovisning-*.json, transcribed from
 * ../shared/seeds/) turned into report figures through the same gate as the app's form: every
 * printed amount is read with parseKronor, costs printed negative become positive amounts, and the
 * result passes checkReportFigures.
 */
import { checkReportFigures, costAmount, type IncomeKind, type ReportFigures } from '../../shared/domain/agreements';
import { parseKronor } from '../../shared/domain/money';
import karlskoga from '../fixtures/ekonomisk-redovisning-karlskoga-degerfors-2023.json';
import orebro from '../fixtures/ekonomisk-redovisning-orebro-2023.json';

interface PrintedLine {
  label: string;
  printed: string;
  kind?: string;
  note?: string;
}

export interface SeedReport {
  fixture: typeof karlskoga | typeof orebro;
  figures: ReportFigures;
  events: string[];
  staff: string;
  /** The totals as printed in the seed, read as numbers (costs positive). */
  printed: { income: number | null; cost: number | null; result: number | null; ownContribution: number | null };
}

const amount = (printed: string | null) => (printed === null ? null : parseKronor(printed));

function toSeedReport(fixture: typeof karlskoga | typeof orebro): SeedReport {
  const income = (fixture.incomeLines as PrintedLine[]).map((line, i) => ({
    id: `income-${i}`,
    label: line.label,
    amount: parseKronor(line.printed)!,
    kind: (line.kind ?? 'other') as IncomeKind,
    note: line.note ?? '',
  }));
  const costs = (fixture.costLines as PrintedLine[]).map((line, i) => ({
    id: `cost-${i}`,
    label: line.label,
    amount: costAmount(parseKronor(line.printed)!),
    note: line.note ?? '',
  }));
  const printedCost = amount(fixture.printedTotals.cost);
  const printed = {
    income: amount(fixture.printedTotals.income),
    cost: printedCost === null ? null : costAmount(printedCost),
    result: amount(fixture.printedTotals.result),
    ownContribution: amount(fixture.printedTotals.ownContribution),
  };
  const figures = checkReportFigures({
    incomeLines: income,
    costLines: costs,
    statedIncomeTotal: printed.income,
    statedCostTotal: printed.cost,
    statedResult: printed.result,
    statedOwnContribution: printed.ownContribution,
  });
  return { fixture, figures, events: fixture.events, staff: fixture.staff.join('\n'), printed };
}

export const karlskogaDegerfors2023 = toSeedReport(karlskoga);
export const orebro2023 = toSeedReport(orebro);
