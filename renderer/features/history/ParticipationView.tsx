/**
 * Attendance over time for one body: a chart of the share of seats filled each year, and a table
 * of how often each organisation with a seat was there (with bars in the cells). Exported as CSV
 * for Excel.
 */
import {
  Button,
  Field,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { todayIso } from '../../../shared/domain/dates';
import { safeFileName } from '../../../shared/domain/fileNames';
import { csvBytes } from '../../../shared/history/csv';
import { formatShare, participationRows, type OrganisationYear, type YearParticipation } from '../../../shared/history/participation';
import { participationOfBody } from '../../db/history';
import { registerIndex } from '../../db/queries';
import { platform } from '../../platform';
import { useFeedback } from '../../app/feedback';
import { useStore } from '../../app/store-context';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { useTableStyles } from '../../ui/tableStyles';
import { useChosenBody } from './useBodyAndYear';

const useStyles = makeStyles({
  controls: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'flex-end', flexWrap: 'wrap' },
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '640px' },
  caption: { fontWeight: tokens.fontWeightSemibold },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  cell: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: '140px', maxWidth: '220px' },
  track: { height: '6px', borderRadius: '3px', backgroundColor: tokens.colorNeutralBackground5, overflow: 'hidden' },
  bar: { height: '100%', backgroundColor: tokens.colorBrandBackground },
  low: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  muted: { color: tokens.colorNeutralForeground3 },
  explain: { color: tokens.colorNeutralForeground2, maxWidth: '80ch' },
  totalRow: { fontWeight: tokens.fontWeightSemibold },
});

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Below this share the bars turn orange: the council's worry about low participation. */
const LOW = 0.5;

function YearChart({ years, bodyName }: { years: YearParticipation[]; bodyName: string }) {
  const styles = useStyles();
  const barWidth = 56;
  const gap = 32;
  const height = 160;
  const top = 20;
  const axis = 48;
  const width = Math.max(320, axis + gap + years.length * (barWidth + gap));
  const description = years.map((y) => `${y.year}: ${formatShare(y.share)} (${y.filled} av ${count(y.seats, 'plats', 'platser')}, ${count(y.meetings, 'möte', 'möten')})`).join('; ');
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption} id="participation-chart-title">
        Andel av ledamotsplatserna som var besatta, per år
      </figcaption>
      <svg
        role="img"
        aria-labelledby="participation-chart-title participation-chart-description"
        viewBox={`0 0 ${width} ${height + top + 28}`}
        width={Math.min(width, 640)}
        style={{ maxWidth: '100%', height: 'auto' }}
      >
        <desc id="participation-chart-description">{`${bodyName}. ${description}.`}</desc>
        {[0, 0.5, 1].map((tick) => (
          <g key={tick}>
            <line x1={axis - 4} x2={width} y1={top + height * (1 - tick)} y2={top + height * (1 - tick)} stroke="#d1d1d1" strokeDasharray={tick === 0 ? undefined : '3 3'} />
            <text x={axis - 8} y={top + height * (1 - tick) + 4} fontSize="11" textAnchor="end" fill="#616161">
              {tick * 100} %
            </text>
          </g>
        ))}
        {years.map((y, i) => {
          const share = y.share ?? 0;
          const x = axis + gap + i * (barWidth + gap);
          const h = Math.max(1, height * share);
          return (
            <g key={y.year}>
              <rect x={x} y={top + height - h} width={barWidth} height={h} rx={3} fill={share < LOW ? '#bc4b09' : '#0f6cbd'} />
              <text x={x + barWidth / 2} y={top + height - h - 5} fontSize="12" textAnchor="middle" fill="#242424">
                {formatShare(y.share)}
              </text>
              <text x={x + barWidth / 2} y={top + height + 18} fontSize="12" textAnchor="middle" fill="#242424">
                {y.year}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

function ShareCell({ entry }: { entry: OrganisationYear | YearParticipation | undefined }) {
  const styles = useStyles();
  if (!entry) return <span className={styles.muted}>–</span>;
  const [part, whole] = 'seats' in entry ? [entry.filled, entry.seats] : [entry.present, entry.meetings];
  const of = 'seats' in entry ? count(whole, 'plats', 'platser') : count(whole, 'möte', 'möten');
  return (
    <div className={styles.cell}>
      <span>
        {formatShare(entry.share)} <span className={styles.muted}>({part} av {of})</span>
      </span>
      <div className={styles.track} aria-hidden="true">
        <div className={`${styles.bar} ${entry.share !== null && entry.share < LOW ? styles.low : ''}`} style={{ width: `${Math.round((entry.share ?? 0) * 100)}%` }} />
      </div>
    </div>
  );
}

export function ParticipationView() {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const table = useTableStyles();
  const { bodies, body, setBodyId } = useChosenBody();
  const today = todayIso();
  const result = useLiveQuery(() => (body ? participationOfBody(store, body.id, today) : Promise.resolve(undefined)), [store, body?.id, today]);
  const index = useLiveQuery(() => registerIndex(store), [store]);

  if (!bodies) return <Loading />;
  if (!body) return <EmptyState title="Inga organ ännu">Lägg till organ under Organ.</EmptyState>;
  const organisationName = (id: string | null) => (id ? (index?.organisations.get(id)?.name ?? 'Okänd organisation') : 'Utan organisation');
  const organisations = [...(result?.perOrganisation ?? [])].sort((a, b) => organisationName(a.organisationId).localeCompare(organisationName(b.organisationId), 'sv'));

  const exportCsv = () =>
    feedback.save(async () => {
      const current = await participationOfBody(store, body.id, todayIso());
      const bytes = csvBytes(participationRows(current, body.name, organisationName));
      const saved = await platform.saveFile({ suggestedName: `${safeFileName(`Närvaro ${body.name}`)}.csv`, bytes, filters: [{ name: 'CSV för Excel', extensions: ['csv'] }] });
      if (saved.saved) feedback.success('Närvaron är sparad som CSV-fil, för Excel.');
    });

  return (
    <>
      <div className={styles.controls}>
        <Field label="Organ">
          <Select value={body.id} onChange={(_, d) => setBodyId(d.value)}>
            {bodies.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button icon={<ArrowDownload20Regular />} disabled={!result || result.years.length === 0} onClick={() => void exportCsv()}>
          Exportera till Excel (CSV)
        </Button>
      </div>
      <Text className={styles.explain}>
        Räknar de möten som har hållits och där närvaron är förd. En ledamotsplats är besatt när ledamoten eller en ersättare för
        platsen var där, hela mötet eller en del av det. En organisation var med när minst en av dess platser var besatt.
      </Text>
      {!result || !index ? (
        <Loading />
      ) : result.years.length === 0 ? (
        <EmptyState title="Ingen närvaro är förd ännu">När närvaron förs på organets möten (under Mötet, Närvaro) visas den här, år för år.</EmptyState>
      ) : (
        <>
          <YearChart years={result.perYear} bodyName={body.name} />
          <h2 className={styles.heading}>Per organisation</h2>
          <Table aria-label={`Närvaro per organisation, ${body.name}`} size="small" className={table.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Organisation</TableHeaderCell>
                {result.years.map((y) => (
                  <TableHeaderCell key={y}>{y}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {organisations.map((org) => (
                <TableRow key={org.organisationId ?? 'none'}>
                  <TableCell>{organisationName(org.organisationId)}</TableCell>
                  {result.years.map((y) => (
                    <TableCell key={y}>
                      <ShareCell entry={org.years.get(y)} />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
              <TableRow className={styles.totalRow}>
                <TableCell>Alla ledamotsplatser</TableCell>
                {result.years.map((y) => (
                  <TableCell key={y}>
                    <ShareCell entry={result.perYear.find((p) => p.year === y)} />
                  </TableCell>
                ))}
              </TableRow>
            </TableBody>
          </Table>
        </>
      )}
    </>
  );
}
