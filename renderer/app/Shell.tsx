/**
 * The window's frame: header (app name, save state, keyboard shortcuts), the main menu, and the
 * current screen. The menu's screens are also commands (Alt+1 …), listed under "?".
 */
import {
  Button,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import {
  Building20Regular,
  CalendarLtr20Regular,
  CheckmarkCircle16Regular,
  DocumentSignature20Regular,
  ErrorCircle16Regular,
  Home20Regular,
  Keyboard20Regular,
  PeopleTeam20Regular,
  Person20Regular,
  Settings20Regular,
  Signature20Regular,
  History20Regular,
  Search20Regular,
} from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useCommand } from './commands';
import { useFeedback } from './feedback';
import { ReliabilityMonitor } from './ReliabilityMonitor';
import { routes } from './routes';
import { ShortcutsDialog } from './ShortcutsDialog';
import { HeaderSearch } from '../features/search/HeaderSearch';

const useStyles = makeStyles({
  app: {
    display: 'grid',
    gridTemplateColumns: '232px 1fr',
    gridTemplateRows: '48px 1fr',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  header: {
    gridColumn: '1 / 3',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  brand: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, color: 'inherit' },
  spacer: { flexGrow: 1 },
  saveState: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: 'inherit' },
  headerButton: { color: tokens.colorNeutralForegroundOnBrand, ':hover': { color: tokens.colorNeutralForegroundOnBrand } },
  nav: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowY: 'auto',
  },
  navLink: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  navLinkActive: {
    backgroundColor: tokens.colorNeutralBackground1,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: tokens.shadow2,
  },
  navKeys: { marginLeft: 'auto', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  main: {
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus': { outline: 'none' },
  },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': { left: tokens.spacingHorizontalM, top: tokens.spacingVerticalM, zIndex: 1000 },
  },
});

export interface NavEntry {
  path: string;
  label: string;
  icon: ReactNode;
  keys: string;
  /** Paths below this one count as inside it (e.g. /organ/… for Organ). */
  matchPrefix?: boolean;
}

export const navEntries: NavEntry[] = [
  { path: routes.start, label: 'Översikt', icon: <Home20Regular />, keys: 'Alt+1' },
  { path: routes.calendar, label: 'Kalender', icon: <CalendarLtr20Regular />, keys: 'Alt+2', matchPrefix: true },
  { path: routes.bodies, label: 'Organ', icon: <PeopleTeam20Regular />, keys: 'Alt+3', matchPrefix: true },
  { path: routes.people, label: 'Personer', icon: <Person20Regular />, keys: 'Alt+4' },
  { path: routes.organisations, label: 'Organisationer', icon: <Building20Regular />, keys: 'Alt+5' },
  { path: routes.agreements, label: 'Överenskommelser', icon: <DocumentSignature20Regular />, keys: 'Alt+6', matchPrefix: true },
  { path: routes.search, label: 'Sök', icon: <Search20Regular />, keys: 'Alt+7' },
  { path: routes.history, label: 'Historik', icon: <History20Regular />, keys: 'Alt+8', matchPrefix: true },
  { path: routes.reviews, label: 'Att justera', icon: <Signature20Regular />, keys: 'Alt+0', matchPrefix: true },
  { path: routes.settings, label: 'Inställningar', icon: <Settings20Regular />, keys: 'Alt+9' },
];

function NavCommand({ entry }: { entry: NavEntry }) {
  const [, navigate] = useLocation();
  useCommand({ id: `nav:${entry.path}`, label: `Gå till ${entry.label}`, keys: entry.keys, group: 'Gå till', run: () => navigate(entry.path), whileTyping: true });
  return null;
}

function SaveIndicator() {
  const styles = useStyles();
  const { saveState } = useFeedback();
  const text = saveState === 'saving' ? 'Sparar …' : saveState === 'failed' ? 'Senaste ändringen sparades inte' : 'Allt är sparat';
  return (
    <Text className={styles.saveState} role="status" aria-live="polite" data-testid="save-state" data-state={saveState}>
      {saveState === 'failed' ? <ErrorCircle16Regular /> : <CheckmarkCircle16Regular />}
      {text}
    </Text>
  );
}

export function Shell({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const [location] = useLocation();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  useCommand({ id: 'shortcuts', label: 'Visa kortkommandon', keys: '?', group: 'Allmänt', run: () => setShortcutsOpen(true) });
  useCommand({ id: 'shortcuts-f1', label: 'Visa kortkommandon', keys: 'F1', group: 'Allmänt', run: () => setShortcutsOpen(true), whileTyping: true });

  const isActive = (entry: NavEntry) =>
    entry.path === '/' ? location === '/' : location === entry.path || (!!entry.matchPrefix && location.startsWith(`${entry.path}/`));

  return (
    <div className={styles.app}>
      <button
        type="button"
        className={styles.skip}
        onClick={() => document.getElementById('main')?.focus()}
      >
        Hoppa till innehållet
      </button>
      <header className={styles.header}>
        <Text className={styles.brand}>Justera</Text>
        <HeaderSearch />
        <span className={styles.spacer} />
        <SaveIndicator />
        <Tooltip content="Kortkommandon (?)" relationship="description">
          <Button
            appearance="transparent"
            className={styles.headerButton}
            icon={<Keyboard20Regular />}
            onClick={() => setShortcutsOpen(true)}
          >
            Kortkommandon
          </Button>
        </Tooltip>
      </header>
      <nav className={styles.nav} aria-label="Huvudmeny">
        {navEntries.map((entry) => (
          <Link
            key={entry.path}
            href={entry.path}
            className={mergeClasses(styles.navLink, isActive(entry) && styles.navLinkActive)}
            aria-current={isActive(entry) ? 'page' : undefined}
          >
            {entry.icon}
            {entry.label}
            <span className={styles.navKeys} aria-hidden="true">
              {entry.keys}
            </span>
          </Link>
        ))}
        {navEntries.map((entry) => (
          <NavCommand key={entry.path} entry={entry} />
        ))}
      </nav>
      <main id="main" className={styles.main} tabIndex={-1}>
        <ReliabilityMonitor />
        {children}
      </main>
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </div>
  );
}
