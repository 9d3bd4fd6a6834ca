/**
 * One agreement: its parties and who has signed (with the signed document), the yearly reports per
 * party or county part, its dated duties, and the meetings where it has been on the agenda.
 */
import {
  Button,
  Select,
  Spinner,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TabList,
  Text,
  Tooltip,
} from '@fluentui/react-components';
import {
  ArrowDownload20Regular,
  Attach20Regular,
  CalendarAdd20Regular,
  Delete20Regular,
  DocumentArrowDown20Regular,
  Edit20Regular,
  PersonAdd20Regular,
  Add20Regular,
  Warning16Filled,
} from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import {
  agendaItemTitle,
  currentReportYear,
  reportDeadline,
  reportYears,
  rowStatusLabel,
  type AgreementDuty,
  type PartyInput,
  type SignatoryInput,
} from '../../../shared/domain/agreements';
import { formatDate, formatDayMonth, todayIso } from '../../../shared/domain/dates';
import { DomainError } from '../../../shared/domain/errors';
import { formatFileSize } from '../../../shared/domain/files';
import { countyPartLabels, reportLabels } from '../../../shared/domain/labels';
import { buildReportTemplate, reportTemplateFileName } from '../../../shared/word/agreements';
import * as db from '../../db/agreements';
import type { SignatoryRow } from '../../db/database';
import { readFile } from '../../db/files';
import { useCommand } from '../../app/commands';
import { useFeedback } from '../../app/feedback';
import { routes } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { platform } from '../../platform';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useTableStyles } from '../../ui/tableStyles';
import { AgendaDialog } from './AgendaDialog';
import { AgreementDialog, type AgreementFormValues } from './AgreementDialog';
import { DeadlineDialog, FollowUpDialog } from './DutyDialogs';
import { DutiesTable, DutyStatusBadge, Kronor, MeetingMentions, ReportStatusBadge, SignatureBadge, useAgreementStyles } from './parts';
import { PartyDialog, SignatoryDialog } from './PartyDialogs';
import { ReportStatusDialog, type ReportStatusValues } from './ReportDialogs';

type TabId = 'parties' | 'reports' | 'duties' | 'meetings';

export function AgreementPage({ id, tab: initialTab, year: initialYear }: { id: string; tab?: TabId; year?: number }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useAgreementStyles();
  const [, navigate] = useLocation();
  const [tab, setTab] = useState<TabId>(initialTab ?? 'parties');
  const [editing, setEditing] = useState(false);
  const [onAgenda, setOnAgenda] = useState(false);
  const details = useLiveQuery(async () => (await db.getAgreementDetails(store, id)) ?? null, [store, id]);

  useCommand(
    details ? { id: 'agreement:agenda', label: 'Lägg på dagordningen', keys: 'Alt+L', group: 'Överenskommelse', run: () => setOnAgenda(true) } : null,
  );

  if (details === undefined) return <Loading />;
  if (details === null) {
    return (
      <Page title="Överenskommelsen finns inte">
        <EmptyState title="Överenskommelsen finns inte längre" action={<Link href={routes.agreements}>Till alla överenskommelser</Link>}>
          Den kan ha tagits bort.
        </EmptyState>
      </Page>
    );
  }
  const { agreement, signatures } = details;

  const remove = async () => {
    const done = await feedback.save(() => db.deleteAgreement(store, id).then(() => true));
    if (done) {
      navigate(routes.agreements);
      feedback.undoable(`Överenskommelsen ${details.label} togs bort.`, () => db.restoreAgreement(store, id));
    }
  };
  const editValues: AgreementFormValues = {
    title: agreement.title,
    reference: agreement.reference,
    from: agreement.from,
    to: agreement.to,
    note: agreement.note,
    reportBy: agreement.reportBy,
    reportDueDay: agreement.reportDueDay,
    planDue: agreement.planDue,
    planAdoptedOn: agreement.planAdoptedOn,
    organisationIds: [],
  };

  return (
    <Page
      title={agreement.title}
      windowTitle={details.label}
      subtitle={
        <span className={styles.row}>
          <Link href={routes.agreements}>Överenskommelser</Link>
          <span aria-hidden="true">›</span>
          <span>
            {details.label} · {formatDate(agreement.from)} – {formatDate(agreement.to)}
            {agreement.reference ? ` · ${agreement.reference}` : ''}
          </span>
        </span>
      }
      actions={
        <>
          <Button icon={<CalendarAdd20Regular />} onClick={() => setOnAgenda(true)}>
            Lägg på dagordningen …
          </Button>
          <Button icon={<Edit20Regular />} onClick={() => setEditing(true)}>
            Ändra
          </Button>
          <Tooltip content="Ta bort överenskommelsen" relationship="label">
            <Button icon={<Delete20Regular />} onClick={() => void remove()} />
          </Tooltip>
        </>
      }
    >
      <div className={styles.row}>
        {signatures.complete ? (
          <SignatureBadge status="signed">Underskriven av alla parter{signatures.completedOn ? ` ${formatDate(signatures.completedOn)}` : ''}</SignatureBadge>
        ) : (
          <SignatureBadge status={signatures.signedParties === 0 ? 'unsigned' : 'partly'}>
            {signatures.signedParties} av {signatures.parties} parter har skrivit under
          </SignatureBadge>
        )}
        {agreement.note ? <Text className={styles.muted}>{agreement.note}</Text> : null}
      </div>

      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label="Överenskommelsens delar">
        <Tab value="parties">Parter och underskrifter</Tab>
        <Tab value="reports">{reportLabels.reports}</Tab>
        <Tab value="duties">Åtaganden</Tab>
        <Tab value="meetings">Möten</Tab>
      </TabList>

      {tab === 'parties' ? <PartiesPanel details={details} /> : null}
      {tab === 'reports' ? <ReportsPanel details={details} initialYear={initialYear} /> : null}
      {tab === 'duties' ? <DutiesPanel details={details} onEditAgreement={() => setEditing(true)} /> : null}
      {tab === 'meetings' ? <MeetingsPanel agreementId={id} onAdd={() => setOnAgenda(true)} /> : null}

      <AgreementDialog
        open={editing}
        title="Ändra överenskommelse"
        initial={editValues}
        onClose={() => setEditing(false)}
        onSubmit={async ({ organisationIds: _ignored, ...input }) => {
          await db.updateAgreement(store, id, input);
          feedback.success('Överenskommelsen är ändrad.');
        }}
      />
      <AgendaDialog
        open={onAgenda}
        target={{ agreementId: id }}
        defaultTitle={agendaItemTitle({ agreementLabel: details.label })}
        onClose={() => setOnAgenda(false)}
      />
    </Page>
  );
}

// --- parties and signatures -------------------------------------------------------------------

function SignedDocument({ details }: { details: db.AgreementDetails }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useAgreementStyles();
  const [busy, setBusy] = useState(false);
  const file = details.agreement.signedDocument;
  const id = details.agreement.id;

  const attach = async () => {
    setBusy(true);
    try {
      const picked = await feedback.save(() =>
        platform.openFile({ filters: [{ name: 'Dokument', extensions: ['pdf', 'docx', 'doc', 'png', 'jpg', 'jpeg', 'tif', 'tiff'] }] }),
      );
      if (!picked) return;
      const ref = await feedback.save(() => db.attachSignedDocument(store, id, picked));
      if (ref) feedback.success(`${ref.name} är bifogad.`);
    } finally {
      setBusy(false);
    }
  };
  const saveCopy = async () => {
    if (!file) return;
    const result = await feedback.save(async () => {
      const stored = await readFile(store, file);
      return platform.saveFile({ suggestedName: stored.name, bytes: stored.bytes });
    });
    if (result?.saved) feedback.success(`En kopia av ${file.name} är sparad.`);
  };
  const detach = async () => {
    if (!file) return;
    const done = await feedback.save(() => db.detachSignedDocument(store, id).then(() => true));
    if (done) feedback.undoable(`${file.name} togs bort från överenskommelsen.`, () => db.reattachSignedDocument(store, id, file));
  };

  return (
    <section className={styles.card} aria-labelledby="signed-document">
      <h3 id="signed-document" className={styles.h3}>
        Underskrivet dokument
      </h3>
      {file ? (
        <div className={styles.row}>
          <Text>
            <strong>{file.name}</strong> <span className={styles.muted}>({formatFileSize(file.size)})</span>
          </Text>
          <Button icon={<ArrowDownload20Regular />} onClick={() => void saveCopy()}>
            Spara en kopia …
          </Button>
          <Button icon={<Attach20Regular />} disabled={busy} onClick={() => void attach()}>
            Byt fil …
          </Button>
          <Tooltip content={`Ta bort ${file.name} från överenskommelsen`} relationship="label">
            <Button appearance="subtle" icon={<Delete20Regular />} onClick={() => void detach()} />
          </Tooltip>
          {busy ? <Spinner size="tiny" label="Sparar filen …" /> : null}
        </div>
      ) : (
        <div className={styles.row}>
          <Text className={styles.muted}>Inget underskrivet dokument är bifogat. Största tillåtna storlek är 25 MB.</Text>
          <Button icon={<Attach20Regular />} disabled={busy} onClick={() => void attach()}>
            Bifoga underskrivet dokument …
          </Button>
          {busy ? <Spinner size="tiny" label="Sparar filen …" /> : null}
        </div>
      )}
    </section>
  );
}

function PartiesPanel({ details }: { details: db.AgreementDetails }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useAgreementStyles();
  const tableStyles = useTableStyles();
  const id = details.agreement.id;
  const [party, setParty] = useState<{ partyId: string | null; initial: PartyInput } | null>(null);
  const [signatory, setSignatory] = useState<{ partyId: string; signatoryId: string | null; title: string; initial: SignatoryInput } | null>(null);

  const available = details.organisations.filter((o) => !details.parties.some((p) => p.party.organisationId === o.id));
  const openNewParty = () => setParty({ partyId: null, initial: { organisationId: '', reports: true } });
  useCommand({ id: 'agreement:party:new', label: 'Lägg till part', keys: 'Alt+N', group: 'Överenskommelse', run: openNewParty });

  const waiting = details.parties.filter((p) => p.status !== 'signed').map((p) => p.organisation?.name ?? 'Okänd organisation');
  const removeParty = async (p: db.PartyDetails) => {
    const name = p.organisation?.name ?? 'Parten';
    const done = await feedback.save(() => db.deleteParty(store, id, p.party.id).then(() => true));
    if (done) feedback.undoable(`${name} togs bort som part.`, () => db.restoreParty(store, id, p.party.id));
  };
  const removeSignatory = async (s: SignatoryRow) => {
    const done = await feedback.save(() => db.deleteSignatory(store, id, s.id).then(() => true));
    if (done) feedback.undoable(`${s.name} togs bort som undertecknare.`, () => db.restoreSignatory(store, id, s.id));
  };

  return (
    <div className={styles.panel} role="tabpanel" aria-label="Parter och underskrifter">
      <SignedDocument details={details} />
      <div className={styles.sectionHeader}>
        <Text>
          {details.parties.length === 0
            ? 'Överenskommelsen har inga parter ännu.'
            : details.signatures.complete
              ? 'Alla parter har skrivit under.'
              : `Väntar på underskrift från ${waiting.join(', ')}.`}
        </Text>
        <Button icon={<Add20Regular />} onClick={openNewParty}>
          Lägg till part
        </Button>
      </div>
      {details.parties.map((p) => {
        const name = p.organisation?.name ?? 'Okänd organisation';
        return (
          <section key={p.party.id} className={styles.card} aria-label={name}>
            <div className={styles.sectionHeader}>
              <div>
                <h3 className={styles.h3}>{name}</h3>
                <Text size={200} className={styles.muted}>
                  {p.organisation?.countyPart ? `Länsdel ${countyPartLabels[p.organisation.countyPart].toLocaleLowerCase('sv-SE')} · ` : ''}
                  {p.party.reports ? 'Lämnar årlig ekonomisk redovisning' : 'Tar emot redovisningarna'}
                </Text>
              </div>
              <div className={styles.row}>
                <SignatureBadge status={p.status} />
                <Button
                  size="small"
                  icon={<PersonAdd20Regular />}
                  onClick={() => setSignatory({ partyId: p.party.id, signatoryId: null, title: `Ny undertecknare för ${name}`, initial: { name: '', role: '', signedOn: null } })}
                >
                  Lägg till undertecknare
                </Button>
                <Tooltip content={`Ändra ${name} som part`} relationship="label">
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<Edit20Regular />}
                    onClick={() => setParty({ partyId: p.party.id, initial: { organisationId: p.party.organisationId, reports: p.party.reports } })}
                  />
                </Tooltip>
                <Tooltip content={`Ta bort ${name} som part`} relationship="label">
                  <Button size="small" appearance="subtle" icon={<Delete20Regular />} onClick={() => void removeParty(p)} />
                </Tooltip>
              </div>
            </div>
            {p.signatories.length === 0 ? (
              <Text className={styles.muted}>Inga undertecknare ännu.</Text>
            ) : (
              <Table aria-label={`Undertecknare för ${name}`} size="small" className={styles.fixedTable}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell style={{ width: '34%' }}>Namn</TableHeaderCell>
                    <TableHeaderCell style={{ width: '34%' }}>Roll</TableHeaderCell>
                    <TableHeaderCell>Underskrivet</TableHeaderCell>
                    <TableHeaderCell style={{ width: '96px' }} className={tableStyles.actionsCell}>
                      <span className={tableStyles.visuallyHidden}>Åtgärder</span>
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {p.signatories.map((s) => (
                    <TableRow key={s.id}>
                      <TableCell>{s.name}</TableCell>
                      <TableCell>{s.role || '–'}</TableCell>
                      <TableCell>{s.signedOn ? formatDate(s.signedOn) : <SignatureBadge status="unsigned">Inte underskriven</SignatureBadge>}</TableCell>
                      <TableCell className={tableStyles.actionsCell}>
                        <Tooltip content={`Ändra ${s.name}`} relationship="label">
                          <Button
                            appearance="subtle"
                            icon={<Edit20Regular />}
                            onClick={() =>
                              setSignatory({
                                partyId: p.party.id,
                                signatoryId: s.id,
                                title: `Ändra undertecknare för ${name}`,
                                initial: { name: s.name, role: s.role, signedOn: s.signedOn },
                              })
                            }
                          />
                        </Tooltip>
                        <Tooltip content={`Ta bort ${s.name}`} relationship="label">
                          <Button appearance="subtle" icon={<Delete20Regular />} onClick={() => void removeSignatory(s)} />
                        </Tooltip>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </section>
        );
      })}
      <PartyDialog
        open={party !== null}
        title={party?.partyId ? 'Ändra part' : 'Lägg till part'}
        initial={party?.initial ?? { organisationId: '', reports: true }}
        organisations={party?.partyId ? details.organisations : available}
        fixedOrganisation={!!party?.partyId}
        onClose={() => setParty(null)}
        onSubmit={async (values) => {
          if (party?.partyId) await db.updateParty(store, id, party.partyId, values);
          else await db.addParty(store, id, values);
          feedback.success(party?.partyId ? 'Parten är ändrad.' : 'Parten är tillagd.');
        }}
      />
      <SignatoryDialog
        open={signatory !== null}
        title={signatory?.title ?? ''}
        initial={signatory?.initial ?? { name: '', role: '', signedOn: null }}
        onClose={() => setSignatory(null)}
        onSubmit={async (values) => {
          if (!signatory) return;
          const name = values.name.trim();
          if (signatory.signatoryId) {
            await db.updateSignatory(store, id, signatory.signatoryId, values);
            feedback.success(values.signedOn ? `${name} skrev under ${formatDate(values.signedOn)}.` : `${name} är ändrad och har inte skrivit under.`);
          } else {
            await db.addSignatory(store, id, signatory.partyId, values);
            feedback.success(values.signedOn ? `${name} är tillagd och skrev under ${formatDate(values.signedOn)}.` : `${name} är tillagd som undertecknare.`);
          }
        }}
      />
    </div>
  );
}

// --- yearly reports ---------------------------------------------------------------------------

function ReportsPanel({ details, initialYear }: { details: db.AgreementDetails; initialYear?: number }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useAgreementStyles();
  const tableStyles = useTableStyles();
  const today = todayIso();
  const { agreement } = details;
  const years = reportYears(agreement);
  const [year, setYear] = useState(() => (initialYear && years.includes(initialYear) ? initialYear : currentReportYear(agreement, today)));
  const [registering, setRegistering] = useState<ReportStatusValues | null>(null);
  const [moving, setMoving] = useState(false);
  const [making, setMaking] = useState(false);
  const rows = useLiveQuery(() => db.listReportRows(store, agreement.id, year, today), [store, agreement.id, year, today]);
  const deadline = reportDeadline(agreement, year);
  const usual = `${year + 1}-${agreement.reportDueDay}`;
  const missingUnits = (rows ?? []).filter((r) => !r.report).map((r) => r.unit);

  const register = (unitKey = missingUnits[0]?.key ?? '') =>
    setRegistering({ unitKey, status: 'received', receivedOn: today, submittedBy: '', note: '' });
  useCommand({ id: 'agreement:report:new', label: 'Registrera redovisning', keys: 'Alt+N', group: 'Överenskommelse', run: () => register() });

  const saveTemplate = async (unit?: { label: string; organisationIds: string[] }) => {
    setMaking(true);
    try {
      const result = await feedback.save(async () => {
        const bytes = await buildReportTemplate({
          year,
          agreementTitle: agreement.title,
          deadline: deadline.date,
          unit: unit
            ? { label: unit.label, organisationNames: unit.organisationIds.map((oid) => details.organisations.find((o) => o.id === oid)?.name ?? '') }
            : null,
        });
        return platform.saveFile({
          suggestedName: reportTemplateFileName(year, unit?.label),
          bytes,
          filters: [{ name: 'Word-dokument', extensions: ['docx'] }],
        });
      });
      if (result?.saved) feedback.success('Mallen är sparad.');
    } finally {
      setMaking(false);
    }
  };

  return (
    <div className={styles.panel} role="tabpanel" aria-label={reportLabels.reports}>
      <div className={styles.toolbar}>
        <Select aria-label="År som redovisas" value={String(year)} onChange={(_, d) => setYear(Number(d.value))}>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              Redovisning för {y}
            </option>
          ))}
        </Select>
        <Button appearance="primary" icon={<Add20Regular />} disabled={missingUnits.length === 0} onClick={() => register()}>
          Registrera redovisning
        </Button>
        <Button icon={<DocumentArrowDown20Regular />} disabled={making} onClick={() => void saveTemplate()}>
          Mall för {year} (Word)
        </Button>
        <Link href={routes.agreementsSummary(year)}>Sammanställning {year} för alla parter</Link>
        {making ? <Spinner size="tiny" label="Skapar mallen …" /> : null}
      </div>
      <div className={styles.row}>
        <Text>
          {reportLabels.deadline}: <strong>{formatDate(deadline.date)}</strong>
          {deadline.moved ? ` (flyttad från ${formatDate(usual)}${deadline.reason ? `: ${deadline.reason}` : ''})` : ''}
        </Text>
        <Button size="small" onClick={() => setMoving(true)}>
          Flytta sista dag …
        </Button>
        {deadline.moved ? (
          <Button
            size="small"
            onClick={() =>
              void feedback
                .save(() => db.removeDeadlineOverride(store, agreement.id, year).then(() => true))
                .then((done) => done && feedback.success(`Sista dag för ${year} är åter ${formatDate(usual)}.`))
            }
          >
            Återställ till {formatDate(usual)}
          </Button>
        ) : null}
      </div>
      {rows === undefined ? (
        <Loading />
      ) : rows.length === 0 ? (
        <EmptyState title="Ingen lämnar redovisning">
          Ingen part är markerad för att lämna årlig ekonomisk redovisning. Ändra det under Parter och underskrifter.
        </EmptyState>
      ) : (
        <Table aria-label={`Redovisningar för ${year}`} className={tableStyles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{reportLabels.unit}</TableHeaderCell>
              <TableHeaderCell>{reportLabels.status}</TableHeaderCell>
              <TableHeaderCell>{reportLabels.receivedOn}</TableHeaderCell>
              <TableHeaderCell className={styles.amountHeader}>{reportLabels.regionPayment}</TableHeaderCell>
              <TableHeaderCell className={styles.amountHeader}>{reportLabels.ownContribution}</TableHeaderCell>
              <TableHeaderCell>Anmärkningar</TableHeaderCell>
              <TableHeaderCell className={tableStyles.actionsCell}>
                <span className={tableStyles.visuallyHidden}>Åtgärder</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => {
              const names = row.unit.organisationIds.map((oid) => details.organisations.find((o) => o.id === oid)?.name ?? '').join(', ');
              const arrived = row.report && row.report.status !== 'expected';
              return (
                <TableRow key={row.unit.key}>
                  <TableCell>
                    {row.report ? (
                      <Link href={routes.report(agreement.id, row.report.id)} className={tableStyles.nameButton}>
                        {row.unit.label}
                      </Link>
                    ) : (
                      <strong>{row.unit.label}</strong>
                    )}
                    {row.unit.organisationIds.length > 1 ? (
                      <Text size={200} block className={styles.muted}>
                        {names}
                      </Text>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    {arrived ? <ReportStatusBadge status={row.report!.status} /> : <DutyStatusBadge status={row.standing} />}
                    <span className={tableStyles.visuallyHidden}> ({rowStatusLabel(row)})</span>
                  </TableCell>
                  <TableCell>{row.report?.receivedOn ? formatDate(row.report.receivedOn) : '–'}</TableCell>
                  <TableCell className={styles.amount}>
                    <Kronor value={arrived && row.sums?.hasFigures ? row.sums.regionPayment : null} />
                  </TableCell>
                  <TableCell className={styles.amount}>
                    <Kronor value={arrived && row.sums?.hasFigures ? row.sums.ownContribution : null} />
                  </TableCell>
                  <TableCell>
                    {row.warnings.length > 0 ? (
                      <span className={styles.row}>
                        <Warning16Filled aria-hidden="true" />
                        {row.warnings.length === 1 ? '1 varning' : `${row.warnings.length} varningar`}
                      </span>
                    ) : (
                      row.report?.note || ''
                    )}
                  </TableCell>
                  <TableCell className={tableStyles.actionsCell}>
                    {row.report ? (
                      <Link href={routes.report(agreement.id, row.report.id)}>Öppna</Link>
                    ) : (
                      <span className={styles.nowrap}>
                        <Button size="small" onClick={() => register(row.unit.key)}>
                          Registrera
                        </Button>
                        <Tooltip content={`Mall för ${row.unit.label} (Word)`} relationship="label">
                          <Button size="small" appearance="subtle" icon={<DocumentArrowDown20Regular />} disabled={making} onClick={() => void saveTemplate(row.unit)} />
                        </Tooltip>
                      </span>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <ReportStatusDialog
        open={registering !== null}
        title={`Registrera redovisning för ${year}`}
        initial={registering ?? { unitKey: '', status: 'received', receivedOn: today, submittedBy: '', note: '' }}
        units={missingUnits}
        onClose={() => setRegistering(null)}
        onSubmit={async ({ unitKey, ...status }) => {
          if (!unitKey) throw new DomainError('Välj vem redovisningen kommer från.', 'unitKey');
          await db.addReport(store, agreement.id, { year, unitKey, status });
          feedback.success('Redovisningen är registrerad.');
        }}
      />
      <DeadlineDialog
        open={moving}
        usualDate={usual}
        initial={{ year, date: deadline.moved ? deadline.date : '', reason: deadline.reason }}
        onClose={() => setMoving(false)}
        onSubmit={async (values) => {
          await db.setDeadlineOverride(store, agreement.id, values);
          feedback.success(`Sista dag för ${year} är nu ${formatDate(values.date)}.`);
        }}
      />
    </div>
  );
}

// --- duties -----------------------------------------------------------------------------------

function DutiesPanel({ details, onEditAgreement }: { details: db.AgreementDetails; onEditAgreement: () => void }) {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useAgreementStyles();
  const today = todayIso();
  const { agreement } = details;
  const duties = useLiveQuery(
    async () => (await db.listAgreementDuties(store, { from: '0000-01-01', to: '9999-12-31', today })).filter((d) => d.agreementId === agreement.id),
    [store, agreement.id, today],
  );
  const [followUp, setFollowUp] = useState<number | null>(null);
  const [moving, setMoving] = useState<number | null>(null);
  const existing = followUp === null ? undefined : agreement.followUps.find((f) => f.year === followUp);
  const override = moving === null ? undefined : agreement.deadlineOverrides.find((o) => o.year === moving);

  const action = (duty: AgreementDuty) => {
    if (duty.kind === 'followUp' && duty.year !== null) {
      const year = duty.year;
      return (
        <Button size="small" onClick={() => setFollowUp(year)}>
          {agreement.followUps.some((f) => f.year === year) ? 'Ändra …' : 'Ange datum …'}
        </Button>
      );
    }
    if (duty.kind === 'plan') {
      return (
        <Button size="small" onClick={onEditAgreement}>
          Ändra …
        </Button>
      );
    }
    if (duty.kind === 'deadline' && duty.year !== null && !duty.reportId && duty.status !== 'complete') {
      const year = duty.year;
      return (
        <Button size="small" onClick={() => setMoving(year)}>
          Flytta sista dag …
        </Button>
      );
    }
    return null;
  };

  return (
    <div className={styles.panel} role="tabpanel" aria-label="Åtaganden">
      <Text>
        Det överenskommelsen ålägger parterna, som datum: den årliga ekonomiska redovisningen (senast {formatDayMonth(`2001-${agreement.reportDueDay}`)} året efter), den årliga uppföljningen av samverkansplanen och den gemensamma samverkansplanen.
      </Text>
      {duties === undefined ? <Loading /> : <DutiesTable duties={duties} label="Åtaganden" action={action} />}
      <FollowUpDialog
        open={followUp !== null}
        initial={existing ?? { year: followUp ?? 0, date: '', done: false, note: '' }}
        onClose={() => setFollowUp(null)}
        onSubmit={async (values) => {
          await db.setFollowUp(store, agreement.id, values);
          feedback.success(`Uppföljningen av ${values.year} är sparad.`);
        }}
      />
      <DeadlineDialog
        open={moving !== null}
        usualDate={`${(moving ?? 0) + 1}-${agreement.reportDueDay}`}
        initial={{ year: moving ?? 0, date: override?.date ?? '', reason: override?.reason ?? '' }}
        onClose={() => setMoving(null)}
        onSubmit={async (values) => {
          await db.setDeadlineOverride(store, agreement.id, values);
          feedback.success(`Sista dag för ${values.year} är nu ${formatDate(values.date)}.`);
        }}
      />
    </div>
  );
}

// --- meetings ---------------------------------------------------------------------------------

function MeetingsPanel({ agreementId, onAdd }: { agreementId: string; onAdd: () => void }) {
  const store = useStore();
  const styles = useAgreementStyles();
  const mentions = useLiveQuery(() => db.listMeetingsLinkingTo(store, { agreementId }), [store, agreementId]);
  const reports = useLiveQuery(() => db.listReportLabels(store, agreementId), [store, agreementId]);
  return (
    <div className={styles.panel} role="tabpanel" aria-label="Möten">
      {mentions === undefined ? (
        <Loading />
      ) : mentions.length === 0 ? (
        <EmptyState title="Inte behandlad på något möte ännu" action={<Button icon={<CalendarAdd20Regular />} onClick={onAdd}>Lägg på dagordningen …</Button>}>
          Sätt upp överenskommelsen eller en redovisning som punkt på ett kommande möte, så syns mötet här.
        </EmptyState>
      ) : (
        <MeetingMentions
          mentions={mentions}
          label="Möten där överenskommelsen behandlats"
          describe={(m) => (m.reportId ? (reports?.get(m.reportId) ?? 'En redovisning') : 'Överenskommelsen')}
        />
      )}
    </div>
  );
}
