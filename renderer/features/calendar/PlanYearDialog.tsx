/**
 * Planning a year for a body: the user sets a simple rule ("4 möten per termin, fredagar kl. 9–12,
 * inte veckorna 27–32"), gets proposed dates, edits them, and creates them all at once (one
 * transaction; "Ångra" takes them away again). Proposals avoid holidays, days off, excluded weeks
 * and dates that would clash; an edited date shows its warnings at once.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatLongDate, isIsoDate } from '../../../shared/domain/dates';
import { isDomainError } from '../../../shared/domain/errors';
import { meetingWarnings, type MeetingSlot, type WarningContext } from '../../../shared/domain/meetingWarnings';
import {
  checkRule,
  describeRule,
  formatWeeks,
  parseWeeks,
  proposeMeetings,
  suggestRule,
  termLabels,
  weekdayPlurals,
  type PlanRule,
} from '../../../shared/domain/planning';
import type { BodyRow } from '../../db/database';
import { createMeetings, deleteMeetings, listEvents, loadWarningContext } from '../../db/calendar';
import { listMeetingsOfBody } from '../../db/meetings';
import { messageOf, useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { useTableStyles } from '../../ui/tableStyles';
import { WarningLines } from './warnings';

const useStyles = makeStyles({
  surface: { maxWidth: '860px', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-start' },
  grow: { flexGrow: 1, minWidth: '220px' },
  narrow: { width: '120px' },
  fieldset: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, margin: 0, padding: tokens.spacingHorizontalM },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  summary: { color: tokens.colorNeutralForeground2 },
  dateCell: { minWidth: '170px' },
  timeCell: { width: '110px' },
  hint: { color: tokens.colorNeutralForeground3 },
});

interface RuleForm {
  bodyId: string;
  year: string;
  weekday: string;
  startTime: string;
  endTime: string;
  place: string;
  excludedWeeks: string;
  springCount: string;
  springFrom: string;
  springTo: string;
  autumnCount: string;
  autumnFrom: string;
  autumnTo: string;
}

interface Row {
  key: number;
  date: string;
  startTime: string;
  endTime: string;
}

function formFromRule(bodyId: string, rule: PlanRule, place: string): RuleForm {
  return {
    bodyId,
    year: String(rule.year),
    weekday: String(rule.weekday),
    startTime: rule.startTime,
    endTime: rule.endTime,
    place,
    excludedWeeks: formatWeeks(rule.excludedWeeks),
    springCount: String(rule.spring.count),
    springFrom: rule.spring.from,
    springTo: rule.spring.to,
    autumnCount: String(rule.autumn.count),
    autumnFrom: rule.autumn.from,
    autumnTo: rule.autumn.to,
  };
}

function ruleFromForm(form: RuleForm): PlanRule {
  const count = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value) : Number.NaN);
  return checkRule({
    year: Number(form.year),
    weekday: Number(form.weekday),
    startTime: form.startTime,
    endTime: form.endTime,
    excludedWeeks: parseWeeks(form.excludedWeeks),
    spring: { from: form.springFrom, to: form.springTo, count: count(form.springCount) },
    autumn: { from: form.autumnFrom, to: form.autumnTo, count: count(form.autumnCount) },
  });
}

export interface PlanYearDialogProps {
  open: boolean;
  bodies: readonly BodyRow[];
  /** The body and year to start with (default: the first body, next year). */
  bodyId?: string;
  year?: number;
  onClose: () => void;
  /** After the meetings are created. */
  onPlanned?: (result: { bodyId: string; year: number; meetingIds: string[] }) => void;
}

export function PlanYearDialog(props: PlanYearDialogProps) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const tableStyles = useTableStyles();
  const [step, setStep] = useState<'rule' | 'dates'>('rule');
  const [form, setForm] = useState<RuleForm | null>(null);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const [context, setContext] = useState<WarningContext | null>(null);
  const [busy, setBusy] = useState(false);
  const nextKey = useRef(1);
  const firstDate = useRef<HTMLInputElement>(null);

  const defaultYear = props.year ?? new Date().getFullYear() + 1;
  const startBody = props.bodies.find((b) => b.id === props.bodyId) ?? props.bodies[0];
  const history = useLiveQuery(async () => (startBody ? listMeetingsOfBody(store, startBody.id) : []), [store, startBody?.id]);

  // Learn from the meetings the body held itself (not the joint ones another body hosted).
  const suggest = (body: BodyRow, year: number, previous: readonly { date: string; status: string; bodyIds: string[] }[]) =>
    formFromRule(
      body.id,
      suggestRule(year, { startTime: body.defaultStartTime, endTime: body.defaultEndTime }, previous.filter((m) => m.bodyIds[0] === body.id)),
      body.defaultPlace,
    );

  // Each opening starts afresh from the body's history.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (props.open && !wasOpen.current && history !== undefined && startBody) {
      setForm(suggest(startBody, defaultYear, history ?? []));
      setStep('rule');
      setErrors({});
      setGeneral(null);
      setRows([]);
      setNotes([]);
      wasOpen.current = true;
    }
    if (!props.open) wasOpen.current = false;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.open, history]);

  // The proposals replace the rule's fields: start at the first date (after the dialog has settled its focus).
  useEffect(() => {
    if (step !== 'dates') return;
    const frame = requestAnimationFrame(() => firstDate.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [step]);

  const body = props.bodies.find((b) => b.id === form?.bodyId);
  const existing = useLiveQuery(
    async () => (form && body ? (await listMeetingsOfBody(store, body.id)).filter((m) => m.date.startsWith(`${form.year}-`)) : []),
    [store, body?.id, form?.year],
  );

  const set = <K extends keyof RuleForm>(key: K, value: RuleForm[K]) => {
    setForm((f) => (f ? { ...f, [key]: value } : f));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const changeBodyOrYear = async (bodyId: string, year: string) => {
    const next = props.bodies.find((b) => b.id === bodyId);
    if (!next || !/^\d{4}$/.test(year)) {
      setForm((f) => (f ? { ...f, bodyId, year } : f));
      return;
    }
    const previous = await listMeetingsOfBody(store, bodyId);
    setForm((f) => (f ? { ...suggest(next, Number(year), previous), excludedWeeks: f.excludedWeeks } : f));
    setErrors({});
  };

  const propose = async () => {
    if (!form || !body) return;
    setGeneral(null);
    let rule: PlanRule;
    try {
      rule = ruleFromForm(form);
    } catch (error) {
      if (isDomainError(error) && error.field && error.field in form) {
        setErrors({ [error.field]: error.message });
        requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-plan-field="${error.field}"] input, [data-plan-field="${error.field}"] select`)?.focus());
      } else setGeneral(messageOf(error));
      return;
    }
    setBusy(true);
    try {
      const range = { from: `${rule.year}-01-01`, to: `${rule.year}-12-31` };
      const [loaded, events] = await Promise.all([loadWarningContext(store, range), listEvents(store, { ...range, bodyIds: [body.id] })]);
      const own = new Set([...loaded.meetings.filter((m) => m.bodyIds.includes(body.id) && m.status !== 'cancelled').map((m) => m.date), ...events.map((e) => e.date)]);
      // Leave out dates where the body already meets or has an event, or where someone would be double-booked.
      const clashes = (date: string) =>
        own.has(date) || meetingWarnings({ bodyIds: [body.id], date, startTime: rule.startTime, endTime: rule.endTime }, { ...loaded, events: [] }).some((w) => w.kind === 'overlap');
      const proposal = proposeMeetings(rule, clashes);
      setContext(loaded);
      setRows(proposal.meetings.map((m) => ({ key: nextKey.current++, date: m.date, startTime: m.startTime, endTime: m.endTime })));
      setNotes(proposal.notes);
      setStep('dates');
    } catch (error) {
      setGeneral(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const warningsFor = useMemo(() => {
    if (!context || !body) return () => [];
    return (row: Row) => {
      if (!isIsoDate(row.date)) return [];
      const others: MeetingSlot[] = rows.filter((r) => r.key !== row.key && isIsoDate(r.date)).map((r) => ({ id: `new-${r.key}`, bodyIds: [body.id], title: `det föreslagna mötet ${formatLongDate(r.date)}`, date: r.date, startTime: r.startTime, endTime: r.endTime }));
      return meetingWarnings({ id: `new-${row.key}`, bodyIds: [body.id], date: row.date, startTime: row.startTime, endTime: row.endTime }, { ...context, meetings: [...context.meetings, ...others] });
    };
  }, [context, body, rows]);

  const create = async () => {
    if (!form || !body) return;
    if (rows.length === 0) {
      setGeneral('Lägg till minst ett datum.');
      return;
    }
    const invalid = rows.findIndex((r) => !isIsoDate(r.date));
    if (invalid >= 0) {
      setGeneral(`Möte ${invalid + 1} saknar ett giltigt datum.`);
      return;
    }
    setBusy(true);
    setGeneral(null);
    try {
      const sorted = [...rows].sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
      const ids = await createMeetings(
        store,
        sorted.map((r) => ({ bodyIds: [body.id], date: r.date, startTime: r.startTime, endTime: r.endTime, place: form.place })),
      );
      feedback.undoable(`${ids.length} ${ids.length === 1 ? 'möte är inlagt' : 'möten är inlagda'} för ${body.name} ${form.year}.`, () => deleteMeetings(store, ids));
      props.onPlanned?.({ bodyId: body.id, year: Number(form.year), meetingIds: ids });
      props.onClose();
    } catch (error) {
      setGeneral(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  if (!props.open) return null;
  const warningCount = step === 'dates' ? rows.reduce((n, r) => n + warningsFor(r).length, 0) : 0;
  let summary = '';
  if (form) {
    try {
      summary = describeRule(ruleFromForm(form));
    } catch {
      summary = '';
    }
  }

  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && props.onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            // Enter proposes in the first step; in the second only the button (or Ctrl+Enter) creates.
            if (step === 'rule') void propose();
          }}
          onKeyDown={(event) => {
            if (step === 'dates' && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void create();
            }
          }}
        >
          <DialogBody>
            <DialogTitle>{body && form ? `Planera ${form.year} för ${body.name}` : 'Planera ett år'}</DialogTitle>
            <DialogContent className={styles.content}>
              {general ? (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{general}</MessageBarBody>
                </MessageBar>
              ) : null}
              {!form ? (
                <Spinner size="small" label="Läser in …" />
              ) : step === 'rule' ? (
                <>
                  <div className={styles.row}>
                    <Field label="Organ" className={styles.grow} data-plan-field="bodyId">
                      <Select value={form.bodyId} onChange={(_, d) => void changeBodyOrYear(d.value, form.year)} autoFocus>
                        {props.bodies.map((b) => (
                          <option key={b.id} value={b.id}>
                            {b.name}
                          </option>
                        ))}
                      </Select>
                    </Field>
                    <Field label="År" validationMessage={errors.year} data-plan-field="year">
                      <Input className={styles.narrow} inputMode="numeric" value={form.year} onChange={(_, d) => void changeBodyOrYear(form.bodyId, d.value)} />
                    </Field>
                  </div>
                  <div className={styles.row}>
                    <Field label="Möten på vårterminen" validationMessage={errors.springCount} data-plan-field="springCount">
                      <Input className={styles.narrow} type="number" min={0} max={26} value={form.springCount} onChange={(_, d) => set('springCount', d.value)} />
                    </Field>
                    <Field label="Möten på höstterminen" validationMessage={errors.autumnCount} data-plan-field="autumnCount">
                      <Input className={styles.narrow} type="number" min={0} max={26} value={form.autumnCount} onChange={(_, d) => set('autumnCount', d.value)} />
                    </Field>
                    <Field label="Veckodag" validationMessage={errors.weekday} data-plan-field="weekday">
                      <Select value={form.weekday} onChange={(_, d) => set('weekday', d.value)}>
                        {weekdayPlurals.slice(0, 5).map((name, i) => (
                          <option key={name} value={String(i + 1)}>
                            {name.charAt(0).toLocaleUpperCase('sv-SE') + name.slice(1)}
                          </option>
                        ))}
                      </Select>
                    </Field>
                    <Field label="Börjar" validationMessage={errors.startTime} data-plan-field="startTime">
                      <Input type="time" value={form.startTime} onChange={(_, d) => set('startTime', d.value)} />
                    </Field>
                    <Field label="Slutar" validationMessage={errors.endTime} data-plan-field="endTime">
                      <Input type="time" value={form.endTime} onChange={(_, d) => set('endTime', d.value)} />
                    </Field>
                  </div>
                  <div className={styles.row}>
                    <Field label="Inte dessa veckor" hint="Veckonummer, till exempel 27–32, 52" className={styles.grow} validationMessage={errors.excludedWeeks} data-plan-field="excludedWeeks">
                      <Input value={form.excludedWeeks} onChange={(_, d) => set('excludedWeeks', d.value)} />
                    </Field>
                    <Field label="Plats" className={styles.grow} data-plan-field="place">
                      <Input value={form.place} onChange={(_, d) => set('place', d.value)} />
                    </Field>
                  </div>
                  {(['spring', 'autumn'] as const).map((term) => (
                    <fieldset key={term} className={styles.fieldset}>
                      <legend className={styles.legend}>{termLabels[term]}</legend>
                      <div className={styles.row}>
                        <Field label="Från och med" validationMessage={errors[`${term}From`]} data-plan-field={`${term}From`}>
                          <Input type="date" value={form[`${term}From`]} onChange={(_, d) => set(`${term}From`, d.value)} />
                        </Field>
                        <Field label="Till och med" validationMessage={errors[`${term}To`]} data-plan-field={`${term}To`}>
                          <Input type="date" value={form[`${term}To`]} onChange={(_, d) => set(`${term}To`, d.value)} />
                        </Field>
                      </div>
                    </fieldset>
                  ))}
                  {summary ? <Text className={styles.summary}>Regel: {summary}.</Text> : null}
                  {existing && existing.length > 0 ? (
                    <MessageBar intent="info">
                      <MessageBarBody>
                        {body?.name} har redan {existing.length} {existing.length === 1 ? 'möte' : 'möten'} {form.year}. De finns kvar, och förslaget undviker deras datum.
                      </MessageBarBody>
                    </MessageBar>
                  ) : null}
                </>
              ) : (
                <>
                  <Text className={styles.summary}>
                    {summary ? `${summary.charAt(0).toLocaleUpperCase('sv-SE')}${summary.slice(1)}.` : ''} Ändra datum och tider här innan du skapar mötena.
                  </Text>
                  {notes.map((note) => (
                    <MessageBar key={note} intent="info">
                      <MessageBarBody>{note}</MessageBarBody>
                    </MessageBar>
                  ))}
                  <Text aria-live="polite" weight="semibold">
                    {rows.length} {rows.length === 1 ? 'möte' : 'möten'}
                    {warningCount > 0 ? `, ${warningCount} ${warningCount === 1 ? 'varning' : 'varningar'}` : ', inga varningar'}
                  </Text>
                  <Table aria-label="Föreslagna möten" size="small" className={tableStyles.table}>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell>Möte</TableHeaderCell>
                        <TableHeaderCell>Datum</TableHeaderCell>
                        <TableHeaderCell>Börjar</TableHeaderCell>
                        <TableHeaderCell>Slutar</TableHeaderCell>
                        <TableHeaderCell>Att kontrollera</TableHeaderCell>
                        <TableHeaderCell className={tableStyles.actionsCell}>
                          <span className={tableStyles.visuallyHidden}>Åtgärder</span>
                        </TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {rows.map((row, index) => {
                        const warnings = warningsFor(row);
                        const update = (patch: Partial<Row>) => setRows((all) => all.map((r) => (r.key === row.key ? { ...r, ...patch } : r)));
                        return (
                          <TableRow key={row.key} data-testid="proposal">
                            <TableCell>{index + 1}</TableCell>
                            <TableCell className={styles.dateCell}>
                              <Input
                                ref={index === 0 ? firstDate : undefined}
                                type="date"
                                aria-label={`Datum för möte ${index + 1}`}
                                value={row.date}
                                onChange={(_, d) => update({ date: d.value })}
                              />
                            </TableCell>
                            <TableCell className={styles.timeCell}>
                              <Input type="time" aria-label={`Möte ${index + 1} börjar`} value={row.startTime} onChange={(_, d) => update({ startTime: d.value })} />
                            </TableCell>
                            <TableCell className={styles.timeCell}>
                              <Input type="time" aria-label={`Möte ${index + 1} slutar`} value={row.endTime} onChange={(_, d) => update({ endTime: d.value })} />
                            </TableCell>
                            <TableCell>
                              {warnings.length ? <WarningLines warnings={warnings} /> : <Text className={styles.hint}>{isIsoDate(row.date) ? formatLongDate(row.date) : 'Ange ett datum'}</Text>}
                            </TableCell>
                            <TableCell className={tableStyles.actionsCell}>
                              <Tooltip content={`Ta bort möte ${index + 1}`} relationship="label">
                                <Button appearance="subtle" icon={<Delete16Regular />} onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))} />
                              </Tooltip>
                            </TableCell>
                          </TableRow>
                        );
                      })}
                    </TableBody>
                  </Table>
                  <div>
                    <Button
                      size="small"
                      icon={<Add16Regular />}
                      onClick={() =>
                        setRows((all) => [...all, { key: nextKey.current++, date: '', startTime: form.startTime, endTime: form.endTime }])
                      }
                    >
                      Lägg till ett datum
                    </Button>
                  </div>
                  <Text size={200} className={styles.hint}>
                    Ctrl + Enter skapar mötena. Varje möte får organets standardpunkter på dagordningen.
                  </Text>
                </>
              )}
            </DialogContent>
            <DialogActions>
              {step === 'dates' ? (
                <Button onClick={() => setStep('rule')} disabled={busy}>
                  Tillbaka till regeln
                </Button>
              ) : null}
              <Button onClick={props.onClose} disabled={busy}>
                Avbryt
              </Button>
              {step === 'rule' ? (
                <Button appearance="primary" type="submit" disabled={busy || !form} icon={busy ? <Spinner size="tiny" /> : undefined}>
                  Föreslå datum
                </Button>
              ) : (
                <Button appearance="primary" onClick={() => void create()} disabled={busy || rows.length === 0} icon={busy ? <Spinner size="tiny" /> : undefined}>
                  {rows.length === 1 ? 'Skapa 1 möte' : `Skapa ${rows.length} möten`}
                </Button>
              )}
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
