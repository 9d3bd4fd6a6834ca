/**
 * The Swedish application menu: Arkiv, Redigera, Visa, Fönster, Hjälp (plus the app menu on macOS).
 *
 * Edit commands keep their Electron roles, so undo, cut, copy, paste and their keyboard shortcuts
 * work in every text field and in the minutes editor without any code of ours. Reload and developer
 * tools exist only in development builds. Reached once at start-up (Menu.setApplicationMenu).
 *
 * A pure function: the actions that need Electron (open a folder, show a dialog) are passed in.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  /** "Öppna mappen med säkerhetskopior" */
  openBackupFolder: () => void;
  /** "Om Justera" on Windows and Linux (macOS uses the standard about panel). */
  showAbout: () => void;
}

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  isDev: boolean;
  actions: MenuActions;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate({ appName, isMac, isDev, actions }: MenuOptions): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about', label: `Om ${appName}` },
      separator,
      { role: 'services', label: 'Tjänster' },
      separator,
      { role: 'hide', label: `Göm ${appName}` },
      { role: 'hideOthers', label: 'Göm övriga' },
      { role: 'unhide', label: 'Visa alla' },
      separator,
      { role: 'quit', label: `Avsluta ${appName}` },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'Arkiv',
    submenu: [
      { label: 'Öppna mappen med säkerhetskopior', click: () => actions.openBackupFolder() },
      separator,
      isMac ? { role: 'close', label: 'Stäng fönster' } : { role: 'quit', label: 'Avsluta' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Redigera',
    submenu: [
      { role: 'undo', label: 'Ångra' },
      { role: 'redo', label: 'Gör om' },
      separator,
      { role: 'cut', label: 'Klipp ut' },
      { role: 'copy', label: 'Kopiera' },
      { role: 'paste', label: 'Klistra in' },
      { role: 'pasteAndMatchStyle', label: 'Klistra in utan formatering' },
      { role: 'delete', label: 'Ta bort' },
      separator,
      { role: 'selectAll', label: 'Markera allt' },
    ],
  };

  const devItems: MenuItemConstructorOptions[] = isDev
    ? [
        { role: 'reload', label: 'Läs in igen' },
        { role: 'forceReload', label: 'Tvinga omläsning' },
        { role: 'toggleDevTools', label: 'Utvecklarverktyg' },
        separator,
      ]
    : [];

  const viewMenu: MenuItemConstructorOptions = {
    label: 'Visa',
    submenu: [
      ...devItems,
      { role: 'resetZoom', label: 'Normal storlek' },
      { role: 'zoomIn', label: 'Zooma in' },
      { role: 'zoomOut', label: 'Zooma ut' },
      separator,
      { role: 'togglefullscreen', label: 'Helskärm' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: 'Fönster',
    submenu: isMac
      ? [
          { role: 'minimize', label: 'Minimera' },
          { role: 'zoom', label: 'Zooma' },
          separator,
          { role: 'front', label: 'Lägg alla överst' },
        ]
      : [
          { role: 'minimize', label: 'Minimera' },
          { role: 'close', label: 'Stäng' },
        ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: 'Hjälp',
    submenu: isMac ? [] : [{ label: `Om ${appName}`, click: () => actions.showAbout() }],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
