/** The decision register: a body's decisions of one year, in date order, and the same in Word. */
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
import { DocumentArrowRight20Regular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'wouter';
import { formatDate, todayIso } from '../../../shared/domain/dates';
import { decisionRegisterFileName, renderDecisionRegister } from '../../../shared/word/decisionRegister';
import { decisionRegister, yearsOfBody } from '../../db/history';
import { platform } from '../../platform';
import { useFeedback } from '../../app/feedback';
import { routes } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { useTableStyles } from '../../ui/tableStyles';
import { useChosenBody } from './useBodyAndYear';

export const WORD_FILTER = [{ name: 'Word-dokument', extensions: ['docx'] }];

const useStyles = makeStyles({
  controls: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'flex-end', flexWrap: 'wrap' },
  decision: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  method: { fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  nowrap: { whiteSpace: 'nowrap' },
  pre: { whiteSpace: 'pre-line' },
});

export function DecisionRegisterView() {
  const store = useStore();
  const feedback = useFeedback();
  const styles = useStyles();
  const table = useTableStyles();
  const { bodies, body, setBodyId } = useChosenBody();
  const years = useLiveQuery(() => (body ? yearsOfBody(store, body.id) : Promise.resolve([])), [store, body?.id]);
  const [chosenYear, setYear] = useState<number | null>(null);
  const thisYear = Number(todayIso().slice(0, 4));
  const year = chosenYear && years?.includes(chosenYear) ? chosenYear : (years?.find((y) => y <= thisYear) ?? years?.[0] ?? thisYear);
  const register = useLiveQuery(() => (body ? decisionRegister(store, body.id, year) : Promise.resolve(undefined)), [store, body?.id, year]);

  if (!bodies) return <Loading />;
  if (!body) return <EmptyState title="Inga organ ännu">Lägg till organ under Organ. Deras beslut samlas här.</EmptyState>;

  const exportWord = () =>
    feedback.save(async () => {
      const current = await decisionRegister(store, body.id, year);
      if (!current) return;
      const bytes = await renderDecisionRegister(current, todayIso());
      const result = await platform.saveFile({ suggestedName: decisionRegisterFileName(current), bytes, filters: WORD_FILTER });
      if (result.saved) feedback.success('Beslutsregistret är sparat som Word-dokument.');
    });

  const sectionLabel = register?.entries.some((e) => e.number.startsWith('§')) ? '§' : 'Punkt';
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
        <Field label="År">
          <Select value={String(year)} onChange={(_, d) => setYear(Number(d.value))}>
            {(years && years.length > 0 ? years : [year]).map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Button icon={<DocumentArrowRight20Regular />} onClick={() => void exportWord()} disabled={!register}>
          Exportera till Word
        </Button>
      </div>
      {!register ? (
        <Loading />
      ) : register.entries.length === 0 ? (
        <EmptyState title={`Inga beslut ${year}`}>
          Beslut som skrivs under en punkt på mötet (fältet Beslut, eller hur beslutet fattades) samlas här, i datumordning.
        </EmptyState>
      ) : (
        <>
          <Text>
            {register.entries.length === 1 ? '1 beslut' : `${register.entries.length} beslut`} av {body.name} under {year}.
          </Text>
          <Table aria-label={`Beslut ${year}, ${body.name}`} size="small" className={table.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Möte</TableHeaderCell>
                <TableHeaderCell>{sectionLabel}</TableHeaderCell>
                <TableHeaderCell>Ärende</TableHeaderCell>
                <TableHeaderCell>Beslut</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {register.entries.map((entry) => (
                <TableRow key={entry.itemId}>
                  <TableCell className={styles.nowrap}>{formatDate(entry.date)}</TableCell>
                  <TableCell className={styles.nowrap}>{entry.number}</TableCell>
                  <TableCell>
                    <Link href={routes.meetingItem(entry.meetingId, entry.itemId)} className={table.nameButton}>
                      {entry.title}
                    </Link>
                  </TableCell>
                  <TableCell>
                    <div className={styles.decision}>
                      {entry.decision ? <span className={styles.pre}>{entry.decision}</span> : null}
                      {entry.method ? <span className={styles.method}>{entry.method}</span> : null}
                      {entry.notes.map((note) => (
                        <span key={note} className={styles.method}>
                          {note}
                        </span>
                      ))}
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </>
  );
}
