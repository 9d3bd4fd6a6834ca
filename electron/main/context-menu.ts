/**
 * The right-click menu in text fields and the minutes editor: spelling suggestions for a
 * misspelt word (spellcheck is on in webPreferences, but Electron shows no menu by itself, so
 * without this the red underline would offer no fix), "Lägg till i ordlistan", and cut/copy/paste.
 *
 * Reached on every right click in the window ('context-menu' event). A pure function of the
 * event's parameters; the two spelling actions are passed in.
 */
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';

export interface ContextMenuActions {
  replaceMisspelling: (word: string) => void;
  addToDictionary: (word: string) => void;
}

export const MAX_SUGGESTIONS = 5;

type Params = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'>;

/** The menu for one right click; empty when there is nothing to offer (plain, unselected text). */
export function buildContextMenuTemplate(params: Params, actions: ContextMenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (params.isEditable && params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: 'Inga förslag', enabled: false });
    for (const suggestion of suggestions) {
      items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    }
    const word = params.misspelledWord;
    items.push({ label: 'Lägg till i ordlistan', click: () => actions.addToDictionary(word) });
    items.push({ type: 'separator' });
  }
  if (params.isEditable) {
    items.push(
      { role: 'cut', label: 'Klipp ut', enabled: params.editFlags.canCut },
      { role: 'copy', label: 'Kopiera', enabled: params.editFlags.canCopy },
      { role: 'paste', label: 'Klistra in', enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: 'Markera allt', enabled: params.editFlags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: 'Kopiera', enabled: params.editFlags.canCopy });
  }
  return items;
}
