/**
 * Small pieces the agreement screens share: status badges (one colour per meaning everywhere),
 * the list of dated duties, the list of meetings that dealt with an agreement, and styles.
 */
import {
  Badge,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { AgreementDuty, DutyStatus, ReportStatus, SignatureStatus } from '../../../shared/domain/agreements';
import { formatDate } from '../../../shared/domain/dates';
import { dutyStatusLabels, reportStatusLabels, signatureStatusLabels } from '../../../shared/domain/labels';
import { formatKronor } from '../../../shared/domain/money';
import type { MeetingMention } from '../../db/agreements';
import { routes } from '../../app/routes';
import { useTableStyles } from '../../ui/tableStyles';

export const useAgreementStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  sectionHeader: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingTop: tokens.spacingVerticalM },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dl: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`, margin: 0 },
  dt: { fontWeight: tokens.fontWeightSemibold },
  dd: { margin: 0 },
  figures: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: tokens.spacingHorizontalM },
  figure: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  figureValue: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  amount: { textAlign: 'end', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  muted: { color: tokens.colorNeutralForeground3 },
  preWrap: { whiteSpace: 'pre-wrap', margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  breadcrumb: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  nowrap: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'nowrap', justifyContent: 'flex-end' },
  amountHeader: { '& > *': { justifyContent: 'flex-end', width: '100%' }, textAlign: 'end' },
  badge: { whiteSpace: 'nowrap' },
  fixedTable: { tableLayout: 'fixed', width: '100%' },
  warningIcon: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

type BadgeColor = 'danger' | 'warning' | 'success' | 'informative' | 'brand' | 'subtle' | 'important' | 'severe';

const dutyColors: Record<DutyStatus, BadgeColor> = {
  overdue: 'danger',
  missingDocuments: 'warning',
  upcoming: 'informative',
  received: 'brand',
  complete: 'success',
};

const reportColors: Record<ReportStatus, BadgeColor> = {
  expected: 'informative',
  received: 'brand',
  complete: 'success',
  missingDocuments: 'warning',
};

const signatureColors: Record<SignatureStatus, BadgeColor> = {
  signed: 'success',
  partly: 'warning',
  unsigned: 'danger',
  noSignatories: 'subtle',
};

export function DutyStatusBadge({ status }: { status: DutyStatus }) {
  const styles = useAgreementStyles();
  return (
    <Badge appearance="tint" color={dutyColors[status]} className={styles.badge}>
      {dutyStatusLabels[status]}
    </Badge>
  );
}

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const styles = useAgreementStyles();
  return (
    <Badge appearance="tint" color={reportColors[status]} className={styles.badge}>
      {reportStatusLabels[status]}
    </Badge>
  );
}

export function SignatureBadge({ status, children }: { status: SignatureStatus; children?: ReactNode }) {
  const styles = useAgreementStyles();
  return (
    <Badge appearance="tint" color={signatureColors[status]} className={styles.badge}>
      {children ?? signatureStatusLabels[status]}
    </Badge>
  );
}

/** An amount in kronor, or a dash when there is none. */
export function Kronor({ value }: { value: number | null | undefined }) {
  return <>{value === null || value === undefined ? '–' : formatKronor(value)}</>;
}

export function dutyHref(duty: AgreementDuty): string {
  if (duty.reportId) return routes.report(duty.agreementId, duty.reportId);
  if (duty.kind === 'deadline' && duty.year !== null) return routes.agreementReports(duty.agreementId, duty.year);
  return routes.agreement(duty.agreementId);
}

/** Dated duties: when, what, which agreement, where it stands; an optional action per row. */
export function DutiesTable(props: {
  duties: readonly AgreementDuty[];
  label: string;
  showAgreement?: boolean;
  action?: (duty: AgreementDuty) => ReactNode;
}) {
  const tableStyles = useTableStyles();
  const styles = useAgreementStyles();
  return (
    <Table aria-label={props.label} size="small" className={tableStyles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Datum</TableHeaderCell>
          <TableHeaderCell>Åtagande</TableHeaderCell>
          {props.showAgreement ? <TableHeaderCell>Överenskommelse</TableHeaderCell> : null}
          <TableHeaderCell>Status</TableHeaderCell>
          {props.action ? (
            <TableHeaderCell className={tableStyles.actionsCell}>
              <span className={tableStyles.visuallyHidden}>Åtgärder</span>
            </TableHeaderCell>
          ) : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.duties.map((duty) => (
          <TableRow key={duty.id}>
            <TableCell>
              {formatDate(duty.date)}
              {duty.moved ? <span className={styles.muted}> (flyttad)</span> : null}
              {duty.tentative ? (
                <Text size={200} className={styles.muted} block>
                  senast, inget datum satt
                </Text>
              ) : null}
            </TableCell>
            <TableCell>
              <Link href={dutyHref(duty)} className={tableStyles.nameButton}>
                {duty.title}
              </Link>
            </TableCell>
            {props.showAgreement ? (
              <TableCell>
                <Link href={routes.agreement(duty.agreementId)}>{duty.agreementLabel}</Link>
              </TableCell>
            ) : null}
            <TableCell>
              <DutyStatusBadge status={duty.status} />
            </TableCell>
            {props.action ? <TableCell className={tableStyles.actionsCell}>{props.action(duty)}</TableCell> : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The meetings whose agendas link here: the way back from an agreement or report to the minutes. */
export function MeetingMentions(props: { mentions: readonly MeetingMention[]; label: string; describe?: (mention: MeetingMention) => string }) {
  const tableStyles = useTableStyles();
  return (
    <Table aria-label={props.label} size="small" className={tableStyles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Möte</TableHeaderCell>
          <TableHeaderCell>Organ</TableHeaderCell>
          <TableHeaderCell>Punkt på dagordningen</TableHeaderCell>
          {props.describe ? <TableHeaderCell>Gäller</TableHeaderCell> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.mentions.map((mention) => (
          <TableRow key={mention.item.id}>
            <TableCell>{formatDate(mention.meeting.date)}</TableCell>
            <TableCell>{mention.bodyNames.join(', ')}</TableCell>
            <TableCell>{mention.item.title}</TableCell>
            {props.describe ? <TableCell>{props.describe(mention)}</TableCell> : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
