/**
 * The minutes of one item as rich text: Tiptap bound to the item's Yjs document (so two windows on
 * the same meeting stay in step; ItemPanel gives it a copy whose changes are stored in batches).
 * Paragraphs, bullet and numbered lists, bold, italic and links — what the region's notes use. Keys as in Word: Ctrl+B,
 * Ctrl+I, Ctrl+K for a link, Ctrl+Shift+8 for a bullet list; text modules with Ctrl+Shift+1 … 9.
 */
import { Button, Field, Input, makeStyles, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Popover, PopoverSurface, tokens, Toolbar, ToolbarButton, ToolbarDivider, Tooltip } from '@fluentui/react-components';
import { LinkRegular, TextBold20Regular, TextBulletList20Regular, TextItalic20Regular, TextNumberListLtr20Regular, TextQuote20Regular } from '@fluentui/react-icons';
import Collaboration from '@tiptap/extension-collaboration';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { CONTENT_FIELD } from '../../../shared/document/richText';
import { isAllowedLink } from '../../../shared/domain/meeting';
import type { TextModule } from '../../../shared/domain/register';

const useStyles = makeStyles({
  root: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-within': { borderBottomColor: tokens.colorCompoundBrandStroke, boxShadow: `inset 0 -1px 0 ${tokens.colorCompoundBrandStroke}` },
  },
  toolbar: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexWrap: 'wrap' },
  content: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minHeight: '180px',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase400,
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected },
  linkForm: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
});

export interface MinutesEditorHandle {
  insertText(text: string): void;
  focus(): void;
}

function LinkButton({ editor, open, setOpen }: { editor: Editor; open: boolean; setOpen: (open: boolean) => void }) {
  const styles = useStyles();
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (!open) return;
    setUrl(String(editor.getAttributes('link').href ?? 'https://'));
    setError(undefined);
  }, [open, editor]);
  const apply = () => {
    const value = url.trim();
    if (!value || value === 'https://') {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      setOpen(false);
      return;
    }
    if (!isAllowedLink(value) || value.startsWith('#')) {
      setError('Länken måste börja med https:// eller http://.');
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href: value }).run();
    setOpen(false);
  };
  return (
    <Popover open={open} onOpenChange={(_, d) => setOpen(d.open)} trapFocus>
      <Tooltip content="Länk (Ctrl + K)" relationship="label">
        <ToolbarButton
          icon={<LinkRegular />}
          className={editor.isActive('link') ? styles.active : undefined}
          aria-pressed={editor.isActive('link')}
          onClick={() => setOpen(true)}
        />
      </Tooltip>
      <PopoverSurface aria-label="Länk">
        <form
          className={styles.linkForm}
          onSubmit={(event) => {
            event.preventDefault();
            apply();
          }}
        >
          <Field label="Adress" validationMessage={error}>
            <Input type="url" value={url} onChange={(_, d) => setUrl(d.value)} autoFocus />
          </Field>
          <Button type="submit" appearance="primary">
            Lägg in länk
          </Button>
        </form>
      </PopoverSurface>
    </Popover>
  );
}

export const MinutesEditor = forwardRef<
  MinutesEditorHandle,
  {
    /** The document to type into: the item's minutes, or the copy of them written in batches (ItemPanel). */
    doc: Y.Doc;
    label: string;
    textModules: readonly TextModule[];
    readOnly?: boolean;
    /** The editor lost the focus (what it holds back is written then). */
    onBlur?: () => void;
  }
>(function MinutesEditor(props, ref) {
  const styles = useStyles();
  const { doc, textModules } = props;
  const [linkOpen, setLinkOpen] = useState(false);
  // The key handler is created once with the editor; it reaches the current state through refs.
  const editorRef = useRef<Editor | null>(null);
  const modulesRef = useRef(textModules);
  modulesRef.current = textModules;
  const onBlurRef = useRef(props.onBlur);
  onBlurRef.current = props.onBlur;
  const editor = useEditor(
    {
      injectCSS: false,
      editable: !props.readOnly,
      onBlur: () => onBlurRef.current?.(),
      extensions: [
        StarterKit.configure({
          undoRedo: false,
          code: false,
          codeBlock: false,
          horizontalRule: false,
          strike: false,
          underline: false,
          link: { openOnClick: false, autolink: true, protocols: ['https', 'http', 'mailto'], defaultProtocol: 'https' },
        }),
        Collaboration.configure({ document: doc, field: CONTENT_FIELD }),
      ],
      editorProps: {
        attributes: { 'aria-label': props.label, 'aria-multiline': 'true', role: 'textbox', spellcheck: 'true', lang: 'sv' },
        handleKeyDown: (_view, event) => {
          if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k') {
            event.preventDefault();
            setLinkOpen(true);
            return true;
          }
          if ((event.ctrlKey || event.metaKey) && event.shiftKey && /^Digit[1-9]$/.test(event.code)) {
            const module = modulesRef.current[Number(event.code.slice(5)) - 1];
            if (module) {
              event.preventDefault();
              editorRef.current?.chain().focus().insertContent(module.text).run();
              return true;
            }
          }
          return false;
        },
      },
    },
    [doc],
  );
  editorRef.current = editor;

  useImperativeHandle(
    ref,
    () => ({
      insertText: (text: string) => editor?.chain().focus().insertContent(text).run(),
      focus: () => editor?.commands.focus('end'),
    }),
    [editor],
  );

  if (!editor) return null;
  return (
    <div className={styles.root}>
      {!props.readOnly ? (
        <Toolbar aria-label="Formatering" size="small" className={styles.toolbar}>
          <Tooltip content="Fetstil (Ctrl + B)" relationship="label">
            <ToolbarButton icon={<TextBold20Regular />} aria-pressed={editor.isActive('bold')} onClick={() => editor.chain().focus().toggleBold().run()} />
          </Tooltip>
          <Tooltip content="Kursiv (Ctrl + I)" relationship="label">
            <ToolbarButton icon={<TextItalic20Regular />} aria-pressed={editor.isActive('italic')} onClick={() => editor.chain().focus().toggleItalic().run()} />
          </Tooltip>
          <ToolbarDivider />
          <Tooltip content="Punktlista (Ctrl + Skift + 8)" relationship="label">
            <ToolbarButton icon={<TextBulletList20Regular />} aria-pressed={editor.isActive('bulletList')} onClick={() => editor.chain().focus().toggleBulletList().run()} />
          </Tooltip>
          <Tooltip content="Numrerad lista (Ctrl + Skift + 7)" relationship="label">
            <ToolbarButton icon={<TextNumberListLtr20Regular />} aria-pressed={editor.isActive('orderedList')} onClick={() => editor.chain().focus().toggleOrderedList().run()} />
          </Tooltip>
          <LinkButton editor={editor} open={linkOpen} setOpen={setLinkOpen} />
          <ToolbarDivider />
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <ToolbarButton icon={<TextQuote20Regular />} disabled={textModules.length === 0}>
                Textmoduler
              </ToolbarButton>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {textModules.map((module, index) => (
                  <MenuItem key={module.id} secondaryContent={index < 9 ? `Ctrl+Skift+${index + 1}` : undefined} onClick={() => editor.chain().focus().insertContent(module.text).run()}>
                    {module.label}
                  </MenuItem>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
        </Toolbar>
      ) : null}
      <EditorContent editor={editor} className={styles.content} />
    </div>
  );
});
