/**
 * A protocol or minnesanteckningar as people read it: the header block, who attended, each item
 * with its text, decision and tasks, the points passed on, the topics for coming meetings and the
 * signature block. Used for reading before approval, in the justerare's package, and for print/PDF.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Block, Run } from '../../../shared/document/richText';
import type { ProtocolDocument, ProtocolItem } from '../../../shared/document/protocol';
import { formatDate } from '../../../shared/domain/dates';

const useStyles = makeStyles({
  doc: {
    fontFamily: 'Arial, "Segoe UI", sans-serif',
    fontSize: '14px',
    lineHeight: 1.5,
    maxWidth: '820px',
    padding: tokens.spacingVerticalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    '@media print': { border: 'none', padding: 0, maxWidth: 'none' },
  },
  h: { margin: '0 0 8px', fontSize: '20px' },
  h3: { margin: '16px 0 4px', fontSize: '15px' },
  meta: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 16px', margin: '8px 0 16px' },
  table: { borderCollapse: 'collapse', width: '100%', margin: '4px 0 12px', '& td, & th': { textAlign: 'left', verticalAlign: 'top', padding: '2px 8px 2px 0' } },
  absent: { textDecoration: 'line-through' },
  item: { display: 'grid', gridTemplateColumns: '3.5em 1fr', gap: '0 8px', padding: '8px 0', borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
  itemTitle: { fontWeight: 700 },
  note: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  p: { margin: '0 0 6px' },
  list: { margin: '0 0 6px', paddingInlineStart: '1.4em' },
  sign: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '24px', marginTop: '24px' },
  line: { borderTop: `1px solid ${tokens.colorNeutralForeground1}`, paddingTop: '2px', marginTop: '28px' },
});

function Runs({ runs }: { runs: readonly Run[] }) {
  return (
    <>
      {runs.map((run, i) => {
        let node: React.ReactNode = run.text;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        if (run.link) node = <a href={run.link} target="_blank" rel="noreferrer noopener">{node}</a>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

export function Blocks({ blocks }: { blocks: readonly Block[] }) {
  const styles = useStyles();
  return (
    <>
      {blocks.map((block, i) => {
        if (block.type === 'paragraph') return <p key={i} className={styles.p}><Runs runs={block.runs} /></p>;
        if (block.type === 'heading') return <p key={i} className={styles.p}><strong><Runs runs={block.runs} /></strong></p>;
        const List = block.type === 'orderedList' ? 'ol' : 'ul';
        return (
          <List key={i} className={styles.list}>
            {block.items.map((item, j) => (
              <li key={j}>
                <Blocks blocks={item} />
              </li>
            ))}
          </List>
        );
      })}
    </>
  );
}

function Item({ item }: { item: ProtocolItem }) {
  const styles = useStyles();
  return (
    <div className={styles.item} data-item-id={item.id}>
      <div className={styles.itemTitle}>{item.number}.</div>
      <div>
        <div className={styles.itemTitle}>{item.title}</div>
        {item.presenters.length > 0 ? <div className={styles.note}>{item.presenters.join('; ')}</div> : null}
        <Blocks blocks={item.blocks} />
        {item.round.map((r) => (
          <p key={r.name} className={styles.p}>
            <em>{r.name}:</em> {r.text}
          </p>
        ))}
        {item.decision ? (
          <div>
            {item.decision.proposals.map((p, i) => (
              <p key={i} className={styles.p}>
                Förslag från {p.by}: {p.text}
              </p>
            ))}
            {item.decision.text ? (
              <p className={styles.p}>
                <strong>Beslut:</strong> {item.decision.text}
                {item.decision.method ? ` (${item.decision.method.toLocaleLowerCase('sv-SE')}${item.decision.votes ? `: ${item.decision.votes.yes} ja, ${item.decision.votes.no} nej, ${item.decision.votes.abstain} avstår` : ''})` : ''}
              </p>
            ) : null}
            {item.decision.reservations.map((r, i) => (
              <p key={i} className={styles.p}>
                {r.kind === 'reservation' ? `${r.name} reserverade sig` : `${r.name} lät anteckna`}
                {r.reason ? `: ${r.reason}` : '.'}
              </p>
            ))}
            {item.decision.participants ? <p className={styles.note}>I beslutet deltog {item.decision.participants.join(', ')}.</p> : null}
          </div>
        ) : null}
        {item.tasks.map((t, i) => (
          <p key={i} className={styles.p}>
            <strong>Uppdrag:</strong> {t.text}
            {t.owners.length > 0 ? ` Ansvariga: ${t.owners.map((o) => (o === t.convener ? `${o} (sammankallande)` : o)).join(', ')}.` : ''}
            {t.dueDate ? ` Klart senast ${t.dueDate}.` : ''}
            {t.nextStep ? ` ${t.nextStep}` : ''}
          </p>
        ))}
        {item.postponed ? <p className={styles.note}>{item.postponed}</p> : null}
        {item.immediatelyApproved ? <p className={styles.note}>Paragrafen förklarades omedelbart justerad.</p> : null}
      </div>
    </div>
  );
}

export function ProtocolView({ doc, approvedOn }: { doc: ProtocolDocument; approvedOn?: string | null }) {
  const styles = useStyles();
  const who = (p: { name: string; organisation: string; title?: string }) => [p.name, p.title, p.organisation].filter(Boolean).join(', ');
  return (
    <article className={styles.doc} aria-label={doc.kind === 'notes' ? doc.title : `Protokoll ${doc.bodyNames.join(' och ')}`}>
      <h2 className={styles.h}>{doc.kind === 'notes' ? doc.bodyNames.join(' och ') : `Protokoll – ${doc.bodyNames.join(' och ')}`}</h2>
      <div className={styles.meta}>
        <strong>{doc.kind === 'notes' ? 'När:' : 'Tid:'}</strong>
        <span>
          {doc.dateText} kl {doc.timeText}
        </span>
        <strong>{doc.kind === 'notes' ? 'Var:' : 'Plats:'}</strong>
        <span>{doc.place}</span>
      </div>
      {doc.kind === 'notes' ? (
        <>
          <h3 className={styles.h3}>Kallade:</h3>
          {doc.invited.map((p) => (
            <div key={p.name} className={p.absent ? styles.absent : undefined}>
              {who(p)}
              {p.role && p.role !== 'Ledamot' ? `, ${p.role.toLocaleLowerCase('sv-SE')}` : ''}
              {p.absent ? <span className={styles.note}> (frånvarande)</span> : null}
            </div>
          ))}
          {doc.guests.length > 0 ? (
            <>
              <h3 className={styles.h3}>Gäst:</h3>
              {doc.guests.map((g) => (
                <div key={g.name}>{who(g)}</div>
              ))}
            </>
          ) : null}
          <h3 className={styles.h3}>{doc.title}</h3>
        </>
      ) : (
        <>
          {doc.chair ? (
            <p className={styles.p}>
              <strong>Ordförande:</strong> {who({ name: doc.chair.name, organisation: doc.chair.organisation })}
            </p>
          ) : null}
          <table className={styles.table}>
            <thead>
              <tr>
                <th>Ledamöter:</th>
                <th>Ersättare:</th>
              </tr>
            </thead>
            <tbody>
              {doc.seats.map((seat, i) => (
                <tr key={i}>
                  <td className={seat.member.absent ? styles.absent : undefined}>{who({ name: seat.member.name, organisation: seat.member.organisation })}</td>
                  <td className={seat.deputy?.absent ? styles.absent : undefined}>
                    {seat.deputy ? who({ name: seat.deputy.name, organisation: seat.deputy.organisation }) : ''}
                    {seat.deputy?.note ? <span className={styles.note}> ({seat.deputy.note})</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {doc.officials.length > 0 ? (
            <>
              <h3 className={styles.h3}>Tjänstepersoner:</h3>
              <ul className={styles.list}>
                {doc.officials.map((o) => (
                  <li key={o.name} className={o.absent ? styles.absent : undefined}>
                    {who(o)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
      {doc.items.map((item) => (
        <Item key={item.id} item={item} />
      ))}
      {doc.forwarded.length > 0 ? (
        <>
          <h3 className={styles.h3}>Punkter till {doc.forwarded[0]!.group.toLocaleLowerCase('sv-SE')}</h3>
          <ul className={styles.list}>
            {doc.forwarded.map((f, i) => (
              <li key={i}>
                {f.text}
                {f.group !== doc.forwarded[0]!.group ? ` (till ${f.group})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {doc.upcomingTopics.length > 0 ? (
        <>
          <h3 className={styles.h3}>{doc.kind === 'notes' ? 'Till kommande möten:' : 'Teman till kommande möten'}</h3>
          <ul className={styles.list}>
            {doc.upcomingTopics.map((t, i) => (
              <li key={i}>
                {[t.wantedBy, t.title, t.presenter, t.minutes ? `ca ${t.minutes} min` : ''].filter(Boolean).join(' – ')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {doc.meetingDates && doc.kind === 'notes' ? (
        <>
          <h3 className={styles.h3}>Mötestider {doc.meetingDates.year}</h3>
          <ul className={styles.list}>
            {doc.meetingDates.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      {doc.kind === 'protocol' ? (
        <div className={styles.sign}>
          <div>
            Vid protokollet
            <div className={styles.line}>{doc.secretary?.name ?? ''}</div>
            Sekreterare
          </div>
          <div>Justerat den: {approvedOn ? formatDate(approvedOn) : '……………………'}</div>
          <div>
            <div className={styles.line}>{doc.chair?.name ?? ''}</div>
            Ordförande
          </div>
          {doc.adjusters.map((a) => (
            <div key={a.name}>
              <div className={styles.line}>{who({ name: a.name, organisation: a.organisation })}</div>
              Justerare
            </div>
          ))}
        </div>
      ) : null}
    </article>
  );
}
