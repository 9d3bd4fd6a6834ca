/**
 * Recording a yearly report: its status (when it came in, from whom), its figures (income and
 * costs by line, with the report's own totals kept as stated and checked live against the lines),
 * and its narrative (the three most important events, staff).
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  Select,
  Text,
  Textarea,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import { Add20Regular, Delete20Regular, Warning16Filled } from '@fluentui/react-icons';
import type { CSSProperties } from 'react';
import {
  costAmount,
  incomeKinds,
  reportStatuses,
  templateCostLines,
  templateIncomeLines,
  type IncomeKind,
  type ReportFigures,
  type ReportingUnit,
  type ReportNarrative,
  type ReportStatusInput,
  type YearlyReport,
} from '../../../shared/domain/agreements';
import { DomainError, isDomainError } from '../../../shared/domain/errors';
import { newId } from '../../../shared/domain/ids';
import { incomeKindLabels, reportLabels, reportStatusLabels } from '../../../shared/domain/labels';
import { formatAmount, formatKronor, parseKronor } from '../../../shared/domain/money';
import { FormDialog } from '../../ui/FormDialog';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  lines: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  lineGrid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(180px, 2fr) 140px var(--kind-column, 0px) minmax(120px, 1.5fr) 32px',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  columnHead: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground3 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  sumLine: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', color: tokens.colorNeutralForeground2 },
  mismatch: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  amountInput: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  totals: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))', gap: tokens.spacingHorizontalM },
});

// --- status -----------------------------------------------------------------------------------

export interface ReportStatusValues extends ReportStatusInput {
  unitKey: string;
}

export function ReportStatusDialog(props: {
  open: boolean;
  title: string;
  initial: ReportStatusValues;
  /** For a new report: the units that have none yet this year. Omitted when changing a report. */
  units?: readonly ReportingUnit[];
  onClose: () => void;
  onSubmit: (values: ReportStatusValues) => Promise<void>;
}) {
  const styles = useStyles();
  return (
    <FormDialog open={props.open} title={props.title} initial={props.initial} onClose={props.onClose} onSubmit={props.onSubmit}>
      {({ values, set, errors }) => (
        <>
          {props.units ? (
            <Field label={reportLabels.unit} required validationMessage={errors.unitKey} data-field="unitKey">
              <Select value={values.unitKey} onChange={(_, d) => set('unitKey', d.value)} autoFocus>
                <option value="">Välj</option>
                {props.units.map((unit) => (
                  <option key={unit.key} value={unit.key}>
                    {unit.label}
                  </option>
                ))}
              </Select>
            </Field>
          ) : null}
          <div className={styles.row}>
            <Field label={reportLabels.status} validationMessage={errors.status} data-field="status">
              <Select value={values.status} onChange={(_, d) => set('status', d.value as ReportStatusInput['status'])} autoFocus={!props.units}>
                {reportStatuses.map((status) => (
                  <option key={status} value={status}>
                    {reportStatusLabels[status]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Inkom den" required={values.status !== 'expected'} validationMessage={errors.receivedOn} data-field="receivedOn">
              <Input
                type="date"
                value={values.receivedOn ?? ''}
                disabled={values.status === 'expected'}
                onChange={(_, d) => set('receivedOn', d.value || null)}
              />
            </Field>
          </div>
          <Field label="Inskickad av" hint="Namn och roll, till exempel handläggare eller folkhälsochef" validationMessage={errors.submittedBy} data-field="submittedBy">
            <Input value={values.submittedBy} onChange={(_, d) => set('submittedBy', d.value)} />
          </Field>
          <Field label="Anteckning" hint="Till exempel vad som saknas" validationMessage={errors.note} data-field="note">
            <Textarea value={values.note} onChange={(_, d) => set('note', d.value)} rows={2} resize="vertical" />
          </Field>
        </>
      )}
    </FormDialog>
  );
}

// --- figures ----------------------------------------------------------------------------------

interface LineValues {
  id: string;
  label: string;
  amount: string;
  kind: IncomeKind;
  note: string;
}

export interface FiguresValues {
  incomeLines: LineValues[];
  costLines: LineValues[];
  statedIncomeTotal: string;
  statedCostTotal: string;
  statedResult: string;
  statedOwnContribution: string;
}

const shown = (amount: number | null) => (amount === null ? '' : formatAmount(amount));

/** The form's starting values: the report's lines, or the common template's lines when it has none. */
export function figuresValues(report: YearlyReport): FiguresValues {
  const empty = report.incomeLines.length + report.costLines.length === 0;
  return {
    incomeLines: empty
      ? templateIncomeLines.map((l) => ({ id: newId(), label: l.label, amount: '', kind: l.kind, note: '' }))
      : report.incomeLines.map((l) => ({ id: l.id, label: l.label, amount: shown(l.amount), kind: l.kind, note: l.note })),
    costLines: empty
      ? templateCostLines.map((label) => ({ id: newId(), label, amount: '', kind: 'other' as const, note: '' }))
      : report.costLines.map((l) => ({ id: l.id, label: l.label, amount: shown(l.amount), kind: 'other' as const, note: l.note })),
    statedIncomeTotal: shown(report.statedIncomeTotal),
    statedCostTotal: shown(report.statedCostTotal),
    statedResult: shown(report.statedResult),
    statedOwnContribution: shown(report.statedOwnContribution),
  };
}

/**
 * Reads the form: rows without an amount are left out (the template's unused lines), every amount
 * is read as whole kronor, and costs printed negative are kept as positive amounts.
 */
export function toFigures(values: FiguresValues): ReportFigures {
  const lines = (rows: LineValues[], field: 'incomeLines' | 'costLines', what: string) =>
    rows
      .map((row, index) => ({ row, index }))
      .filter(({ row }) => row.amount.trim() !== '' || row.note.trim() !== '' || (row.label.trim() !== '' && !isTemplateLabel(row.label)))
      .map(({ row, index }) => {
        let amount: number | null;
        try {
          amount = parseKronor(row.amount, field);
        } catch (error) {
          throw isDomainError(error) ? new DomainError(`Rad ${index + 1} bland ${what}: ${error.message}`, field) : error;
        }
        if (amount === null) throw new DomainError(`Rad ${index + 1} bland ${what} saknar belopp.`, field);
        return { id: row.id, label: row.label, amount: field === 'costLines' ? costAmount(amount) : amount, kind: row.kind, note: row.note };
      });
  const incomeLines = lines(values.incomeLines, 'incomeLines', 'intäkterna');
  const costLines = lines(values.costLines, 'costLines', 'kostnaderna').map(({ kind: _kind, ...line }) => line);
  const statedCost = parseKronor(values.statedCostTotal, 'statedCostTotal');
  return {
    incomeLines,
    costLines,
    statedIncomeTotal: parseKronor(values.statedIncomeTotal, 'statedIncomeTotal'),
    statedCostTotal: statedCost === null ? null : costAmount(statedCost),
    statedResult: parseKronor(values.statedResult, 'statedResult'),
    statedOwnContribution: parseKronor(values.statedOwnContribution, 'statedOwnContribution'),
  };
}

function isTemplateLabel(label: string): boolean {
  return templateIncomeLines.some((l) => l.label === label) || templateCostLines.includes(label);
}

/** The sum of the rows that can be read, for live feedback while typing. */
function lenientSum(rows: LineValues[], cost: boolean): number {
  return rows.reduce((total, row) => {
    try {
      const amount = parseKronor(row.amount);
      return total + (amount === null ? 0 : cost ? costAmount(amount) : amount);
    } catch {
      return total;
    }
  }, 0);
}

function lenient(text: string, cost = false): number | null {
  try {
    const value = parseKronor(text);
    return value === null ? null : cost ? costAmount(value) : value;
  } catch {
    return null;
  }
}

function LinesEditor(props: {
  title: string;
  what: string;
  rows: LineValues[];
  income: boolean;
  error?: string;
  field: string;
  autoFocus?: boolean;
  onChange: (rows: LineValues[]) => void;
}) {
  const styles = useStyles();
  const change = (index: number, patch: Partial<LineValues>) => props.onChange(props.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const gridStyle = { '--kind-column': props.income ? '190px' : '0px' } as CSSProperties;
  return (
    <Field label={props.title} validationMessage={props.error} data-field={props.field}>
      <div className={styles.lines} role="group" aria-label={props.title}>
        <div className={styles.lineGrid} style={gridStyle} aria-hidden="true">
          <span className={styles.columnHead}>Benämning</span>
          <span className={styles.columnHead}>Belopp (kr)</span>
          {props.income ? <span className={styles.columnHead}>Typ</span> : <span />}
          <span className={styles.columnHead}>Anteckning</span>
          <span />
        </div>
        {props.rows.map((row, index) => (
          <div key={row.id} className={styles.lineGrid} style={gridStyle}>
            <Input
              aria-label={`Benämning, ${props.what} rad ${index + 1}`}
              value={row.label}
              autoFocus={props.autoFocus && index === 0}
              onChange={(_, d) => change(index, { label: d.value })}
            />
            <Input
              aria-label={`Belopp, ${props.what} rad ${index + 1}`}
              inputMode="numeric"
              input={{ className: styles.amountInput }}
              value={row.amount}
              onChange={(_, d) => change(index, { amount: d.value })}
            />
            {props.income ? (
              <Select aria-label={`Typ, ${props.what} rad ${index + 1}`} value={row.kind} onChange={(_, d) => change(index, { kind: d.value as IncomeKind })}>
                {incomeKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {incomeKindLabels[kind]}
                  </option>
                ))}
              </Select>
            ) : (
              <span />
            )}
            <Input aria-label={`Anteckning, ${props.what} rad ${index + 1}`} value={row.note} onChange={(_, d) => change(index, { note: d.value })} />
            <Tooltip content={`Ta bort rad ${index + 1} bland ${props.what}`} relationship="label">
              <Button appearance="subtle" icon={<Delete20Regular />} onClick={() => props.onChange(props.rows.filter((_, i) => i !== index))} />
            </Tooltip>
          </div>
        ))}
        <div>
          <Button
            size="small"
            icon={<Add20Regular />}
            onClick={() => props.onChange([...props.rows, { id: newId(), label: '', amount: '', kind: 'other', note: '' }])}
          >
            {props.income ? 'Lägg till intäkt' : 'Lägg till kostnad'}
          </Button>
        </div>
      </div>
    </Field>
  );
}

function TotalField(props: { label: string; value: string; field: string; error?: string; computed?: number; cost?: boolean; onChange: (value: string) => void }) {
  const styles = useStyles();
  const stated = lenient(props.value, props.cost);
  const off = props.computed !== undefined && stated !== null && stated !== props.computed;
  return (
    <Field
      label={props.label}
      validationMessage={props.error}
      data-field={props.field}
      hint={
        props.computed === undefined ? undefined : (
          <span className={styles.sumLine}>
            {off ? <Warning16Filled className={styles.mismatch} /> : null}
            <span className={off ? styles.mismatch : undefined}>Raderna: {formatKronor(props.computed)}</span>
          </span>
        )
      }
    >
      <Input inputMode="numeric" input={{ className: styles.amountInput }} value={props.value} onChange={(_, d) => props.onChange(d.value)} />
    </Field>
  );
}

export function FiguresDialog(props: {
  open: boolean;
  title: string;
  initial: FiguresValues;
  onClose: () => void;
  onSubmit: (figures: ReportFigures) => Promise<void>;
}) {
  const styles = useStyles();
  return (
    <FormDialog wide open={props.open} title={props.title} initial={props.initial} onClose={props.onClose} onSubmit={(values) => props.onSubmit(toFigures(values))}>
      {({ values, set, errors }) => (
        <>
          <Text>
            Skriv in beloppen som de står i redovisningen, i hela kronor. Kostnader sparas som positiva belopp (ett minustecken tas bort). Rader utan
            belopp tas inte med.
          </Text>
          <LinesEditor
            title={reportLabels.income}
            what="intäkterna"
            field="incomeLines"
            income
            autoFocus
            rows={values.incomeLines}
            error={errors.incomeLines}
            onChange={(rows) => set('incomeLines', rows)}
          />
          <LinesEditor
            title={reportLabels.cost}
            what="kostnaderna"
            field="costLines"
            income={false}
            rows={values.costLines}
            error={errors.costLines}
            onChange={(rows) => set('costLines', rows)}
          />
          <h3 className={styles.heading}>Summor som de står i redovisningen</h3>
          <Text size={200}>Lämna tomt det som redovisningen inte anger. Stämmer en summa inte med raderna visas en varning.</Text>
          <div className={styles.totals}>
            <TotalField
              label="Summa intäkter"
              field="statedIncomeTotal"
              value={values.statedIncomeTotal}
              error={errors.statedIncomeTotal}
              computed={lenientSum(values.incomeLines, false)}
              onChange={(v) => set('statedIncomeTotal', v)}
            />
            <TotalField
              label="Summa kostnader"
              field="statedCostTotal"
              cost
              value={values.statedCostTotal}
              error={errors.statedCostTotal}
              computed={lenientSum(values.costLines, true)}
              onChange={(v) => set('statedCostTotal', v)}
            />
            <TotalField label={reportLabels.result} field="statedResult" value={values.statedResult} error={errors.statedResult} onChange={(v) => set('statedResult', v)} />
            <TotalField
              label={reportLabels.ownContribution}
              field="statedOwnContribution"
              value={values.statedOwnContribution}
              error={errors.statedOwnContribution}
              onChange={(v) => set('statedOwnContribution', v)}
            />
          </div>
        </>
      )}
    </FormDialog>
  );
}

// --- narrative --------------------------------------------------------------------------------

export function narrativeValues(report: YearlyReport): ReportNarrative {
  const events = [...report.events];
  while (events.length < 3) events.push('');
  return { events, staff: report.staff };
}

export function NarrativeDialog(props: {
  open: boolean;
  title: string;
  initial: ReportNarrative;
  onClose: () => void;
  onSubmit: (values: ReportNarrative) => Promise<void>;
}) {
  return (
    <FormDialog wide open={props.open} title={props.title} initial={props.initial} onClose={props.onClose} onSubmit={props.onSubmit}>
      {({ values, set, errors }) => (
        <>
          {values.events.map((event, index) => (
            <Field key={index} label={`Händelse ${index + 1}`} validationMessage={index === 0 ? errors.events : undefined} data-field={index === 0 ? 'events' : undefined}>
              <Textarea
                value={event}
                rows={3}
                resize="vertical"
                autoFocus={index === 0}
                onChange={(_, d) => set('events', values.events.map((e, i) => (i === index ? d.value : e)))}
              />
            </Field>
          ))}
          {values.events.length < 10 ? (
            <div>
              <Button size="small" icon={<Add20Regular />} onClick={() => set('events', [...values.events, ''])}>
                Lägg till händelse
              </Button>
            </div>
          ) : null}
          <Field label={reportLabels.staff} hint="En rad per tjänst, till exempel: 1 samordnare för psykisk hälsa 100 %" validationMessage={errors.staff} data-field="staff">
            <Textarea value={values.staff} onChange={(_, d) => set('staff', d.value)} rows={6} resize="vertical" />
          </Field>
        </>
      )}
    </FormDialog>
  );
}
