// The Swedish application menu and the right-click menu: edit commands keep their roles,
// developer items exist only in development, and the spelling actions reach their callbacks.
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildContextMenuTemplate, MAX_SUGGESTIONS } from '../../../electron/main/context-menu';
import { buildMenuTemplate, type MenuOptions } from '../../../electron/main/menu';

function menu(overrides: Partial<MenuOptions> = {}) {
  const actions = { openBackupFolder: vi.fn(), showAbout: vi.fn() };
  const template = buildMenuTemplate({ appName: 'Justera', isMac: false, isDev: false, actions, ...overrides });
  return { template, actions };
}

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

const roles = (items: MenuItemConstructorOptions[]) => allItems(items).map((i) => i.role).filter(Boolean);
const submenuOf = (template: MenuItemConstructorOptions[], label: string) =>
  template.find((i) => i.label === label)!.submenu as MenuItemConstructorOptions[];
const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('application menu', () => {
  it('has the Swedish top-level menus', () => {
    expect(menu().template.map((i) => i.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);
    expect(menu({ isMac: true }).template.map((i) => i.label)).toEqual(['Justera', 'Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);
  });

  it('keeps the roles of the edit commands, with Swedish labels', () => {
    const edit = submenuOf(menu().template, 'Redigera');
    const byRole = Object.fromEntries(edit.filter((i) => i.role).map((i) => [i.role, i.label]));
    expect(byRole).toEqual({
      undo: 'Ångra',
      redo: 'Gör om',
      cut: 'Klipp ut',
      copy: 'Kopiera',
      paste: 'Klistra in',
      pasteAndMatchStyle: 'Klistra in utan formatering',
      delete: 'Ta bort',
      selectAll: 'Markera allt',
    });
  });

  it('gives every item a Swedish label (no English role defaults)', () => {
    for (const isMac of [false, true]) {
      for (const item of allItems(menu({ isMac, isDev: true }).template)) {
        if (item.type === 'separator') continue;
        expect(item.label, JSON.stringify(item)).toBeTruthy();
        expect(item.label).not.toMatch(/^(Undo|Redo|Cut|Copy|Paste|Quit|Close|Reload|Toggle|Zoom In|Zoom Out)\b/);
      }
    }
  });

  it.each([false, true])('has no reload or developer tools in production (macOS: %s)', (isMac) => {
    const found = roles(menu({ isDev: false, isMac }).template);
    expect(found).not.toContain('toggleDevTools');
    expect(found).not.toContain('forceReload');
    expect(found).not.toContain('reload');
  });

  it('has them in development', () => {
    const found = roles(menu({ isDev: true }).template);
    expect(found).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('quits from Arkiv on Windows/Linux and from the app menu on macOS', () => {
    expect(roles(submenuOf(menu().template, 'Arkiv'))).toContain('quit');
    expect(roles(submenuOf(menu({ isMac: true }).template, 'Arkiv'))).not.toContain('quit');
    expect(roles(submenuOf(menu({ isMac: true }).template, 'Justera'))).toContain('quit');
  });

  it('opens the backup folder and the about box through the given actions', () => {
    const { template, actions } = menu();
    click(submenuOf(template, 'Arkiv').find((i) => i.label === 'Öppna mappen med säkerhetskopior')!);
    click(submenuOf(template, 'Hjälp').find((i) => i.label === 'Om Justera')!);
    expect(actions.openBackupFolder).toHaveBeenCalledOnce();
    expect(actions.showAbout).toHaveBeenCalledOnce();
  });
});

describe('context menu', () => {
  const params = (overrides: Partial<ContextMenuParams>): ContextMenuParams =>
    ({
      isEditable: true,
      selectionText: '',
      misspelledWord: '',
      dictionarySuggestions: [],
      editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true, canUndo: true, canRedo: true, canDelete: true, canEditRichly: true },
      ...overrides,
    }) as ContextMenuParams;

  it('offers spelling suggestions for a misspelt word and adds words to the dictionary', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    const suggestions = ['protokoll', 'protokollet', 'protokollen', 'protokolls', 'protokollför', 'protokollera'];
    const template = buildContextMenuTemplate(params({ misspelledWord: 'protokol', dictionarySuggestions: suggestions }), actions);
    const labels = template.map((i) => i.label);
    expect(labels.slice(0, MAX_SUGGESTIONS)).toEqual(suggestions.slice(0, MAX_SUGGESTIONS));
    expect(labels).not.toContain('protokollera');
    click(template[1]!);
    expect(actions.replaceMisspelling).toHaveBeenCalledWith('protokollet');
    click(template.find((i) => i.label === 'Lägg till i ordlistan')!);
    expect(actions.addToDictionary).toHaveBeenCalledWith('protokol');
    expect(roles(template)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('says when there are no suggestions', () => {
    const template = buildContextMenuTemplate(params({ misspelledWord: 'xqzv' }), { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() });
    expect(template[0]).toMatchObject({ label: 'Inga förslag', enabled: false });
  });

  it('follows the edit flags', () => {
    const template = buildContextMenuTemplate(
      params({ editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } as ContextMenuParams['editFlags'] }),
      { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() },
    );
    expect(template.find((i) => i.role === 'cut')?.enabled).toBe(false);
    expect(template.find((i) => i.role === 'paste')?.enabled).toBe(true);
  });

  it('offers only Kopiera for selected read-only text, and nothing for a plain click', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    expect(roles(buildContextMenuTemplate(params({ isEditable: false, selectionText: 'Beslut' }), actions))).toEqual(['copy']);
    expect(buildContextMenuTemplate(params({ isEditable: false }), actions)).toEqual([]);
  });
});
