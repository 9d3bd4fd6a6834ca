/**
 * A body's composition on one day, laid out like the region's protocol: the chair, then
 * Ledamöter beside their Ersättare per organisation, then Tjänstepersoner with titles.
 */
import {
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
import type { Membership, Organisation, Person } from '../../../shared/domain/register';
import { seatingOn } from '../../../shared/domain/registerRules';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function SeatingTable(props: {
  date: string;
  memberships: readonly Membership[];
  people: ReadonlyMap<string, Person>;
  organisations: readonly Organisation[];
}) {
  const styles = useStyles();
  const seating = seatingOn(props.date, props.memberships, props.organisations);
  const orgName = (id: string | null) => props.organisations.find((o) => o.id === id)?.name ?? '';
  const who = (m: Membership, withOrg = true) => {
    const name = props.people.get(m.personId)?.name ?? 'Okänd person';
    return withOrg && m.organisationId ? `${name}, ${orgName(m.organisationId)}` : name;
  };
  const empty =
    seating.chair.length + seating.seats.length + seating.officials.length + seating.secretaries.length + seating.coopted.length === 0;
  if (empty) return <Text>Organet har inga medlemmar detta datum.</Text>;

  return (
    <div className={styles.section}>
      {seating.chair.length > 0 ? (
        <Text>
          <strong>Ordförande:</strong> {seating.chair.map((c) => who(c.member)).join('; ')}
          {seating.chair.some((c) => c.deputies.length > 0)
            ? ` (ersättare: ${seating.chair.flatMap((c) => c.deputies.map((d) => who(d))).join(', ')})`
            : ''}
        </Text>
      ) : null}
      {seating.seats.length > 0 ? (
        <Table aria-label="Ledamöter och ersättare" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Ledamöter</TableHeaderCell>
              <TableHeaderCell>Ersättare</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {seating.seats.map((seat) => (
              <TableRow key={seat.member.id}>
                <TableCell>
                  {who(seat.member)}
                  {seat.member.role === 'viceChair' ? <span className={styles.muted}> (vice ordförande)</span> : null}
                </TableCell>
                <TableCell>
                  {seat.deputies.length > 0 ? seat.deputies.map((d) => who(d)).join(', ') : <span className={styles.muted}>Ingen ersättare</span>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {seating.unpairedDeputies.length > 0 ? (
        <Text>
          <strong>Ersättare utan ledamot detta datum:</strong> {seating.unpairedDeputies.map((d) => who(d)).join(', ')}
        </Text>
      ) : null}
      {(
        [
          ['Tjänstepersoner', seating.officials],
          ['Sekreterare', seating.secretaries],
          ['Adjungerade', seating.coopted],
        ] as const
      ).map(([heading, list]) =>
        list.length > 0 ? (
          <section key={heading} className={styles.section}>
            <h3 className={styles.heading}>{heading}</h3>
            <ul className={styles.list}>
              {list.map((m) => {
                const person = props.people.get(m.personId);
                return (
                  <li key={m.id}>
                    {person?.name ?? 'Okänd person'}
                    {person?.title ? `, ${person.title}` : ''}
                    {m.organisationId ? `, ${orgName(m.organisationId)}` : ''}
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null,
      )}
    </div>
  );
}
