import { autocompletion, type Completion, type CompletionContext, type CompletionResult, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { html } from '@codemirror/lang-html';
import { markdown } from '@codemirror/lang-markdown';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import {
  Decoration,
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  MatchDecorator,
  placeholder as placeholderText,
  ViewPlugin,
  type ViewUpdate,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { useEffect, useRef } from 'react';
import type { LineDiagnostic } from './error-placement';
import { completeHandlebars, type Describe, type Vocabulary } from './handlebars-completion';

export type CodeLanguage = 'mjml' | 'markdown' | 'text';

// `{{…}}` stands out over the HTML or Markdown highlighting, whatever the host language makes of it.
const handlebarsMarks = new MatchDecorator({ regexp: /{{[^}]*}?}}|{{[^}]*$/g, decoration: Decoration.mark({ class: 'cm-handlebars' }) });
const handlebarsHighlight = ViewPlugin.fromClass(
  class {
    decorations;
    constructor(view: EditorView) {
      this.decorations = handlebarsMarks.createDeco(view);
    }
    update(update: ViewUpdate) {
      this.decorations = handlebarsMarks.updateDeco(update, this.decorations);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

// Colours that keep a 4.5:1 contrast on white and on the active line (CodeMirror's default style does not).
const highlightStyle = HighlightStyle.define([
  { tag: [tags.tagName, tags.angleBracket], color: '#116329' },
  { tag: tags.attributeName, color: '#6f42c1' },
  { tag: [tags.attributeValue, tags.string], color: '#0a3069' },
  { tag: tags.comment, color: '#57606a', fontStyle: 'italic' },
  { tag: [tags.heading, tags.keyword], color: '#953800', fontWeight: 'bold' },
  { tag: [tags.link, tags.url], color: '#0550ae', textDecoration: 'underline' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strong, fontWeight: 'bold' },
  { tag: [tags.processingInstruction, tags.meta, tags.punctuation, tags.list, tags.quote], color: '#57606a' },
  { tag: tags.invalid, color: '#82071e' },
]);

const theme = EditorView.theme({
  '&': { fontSize: '13px', border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-sm)', backgroundColor: 'var(--mantine-color-body)' },
  '&.cm-focused': { outline: '2px solid var(--mantine-primary-color-filled)', outlineOffset: '-1px' },
  '.cm-content': { fontFamily: 'var(--mantine-font-family-monospace)' },
  '.cm-scroller': { overflow: 'auto' },
  '.cm-gutters': { backgroundColor: 'var(--mantine-color-gray-0)', color: 'var(--mantine-color-gray-7)', borderRight: '1px solid var(--mantine-color-default-border)' },
  '.cm-handlebars': { color: 'var(--mantine-color-grape-9)', backgroundColor: 'var(--mantine-color-grape-0)', borderRadius: '3px' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: 'var(--mantine-color-blue-8)', color: 'white' },
  '.cm-completionDetail': { marginLeft: '0.75em', fontStyle: 'normal', color: 'inherit' },
  '.cm-placeholder': { color: 'var(--mantine-color-gray-7)' },
  '.cm-completionInfo': { maxWidth: '320px', fontSize: '12px' },
});

const languageOf = (language: CodeLanguage): Extension => (language === 'mjml' ? html({ selfClosingTags: true }) : language === 'markdown' ? markdown() : []);

/** The completion source of a field: the channel's vocabulary after `{{`. */
export function handlebarsSource(vocabulary: Vocabulary, describe: Describe) {
  return (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos);
    const before = context.state.sliceDoc(Math.max(0, context.pos - 20_000), context.pos);
    const after = context.state.sliceDoc(context.pos, Math.min(line.to, context.pos + 200));
    const found = completeHandlebars(before, after, vocabulary, describe);
    if (!found) return null;
    const from = context.pos - before.length + found.from;
    if (from === context.pos && !context.explicit && !/[{#/>(=\s]$/.test(before)) return null;
    const options: Completion[] = found.options.map((o) => ({
      label: o.label,
      apply: o.apply,
      detail: o.detail,
      info: o.info,
      type: o.kind === 'variable' ? 'variable' : o.kind === 'partial' ? 'class' : 'function',
      boost: o.kind === 'variable' ? 1 : 0,
    }));
    return { from, options, validFor: /^[\w.@]*$/ };
  };
}

export interface CodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  language: CodeLanguage;
  /** The editor's accessible name. */
  label: string;
  readOnly?: boolean;
  diagnostics?: LineDiagnostic[];
  vocabulary?: Vocabulary;
  describe?: Describe;
  placeholder?: string;
  minHeight?: number;
}

/**
 * A CodeMirror 6 editor for a template field: HTML (MJML) or Markdown highlighting with `{{…}}`
 * marked, completion of the channel's variables, helpers and partials, and the api's problems as
 * diagnostics at their line. Controlled: a `value` that differs from the document replaces it.
 */
export function CodeEditor({ value, onChange, language, label, readOnly = false, diagnostics = [], vocabulary, describe, placeholder, minHeight = 320 }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const compartments = useRef({ language: new Compartment(), readOnly: new Compartment(), completion: new Compartment(), label: new Compartment() });

  useEffect(() => {
    const c = compartments.current;
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          highlightActiveLine(),
          syntaxHighlighting(highlightStyle),
          lintGutter(),
          handlebarsHighlight,
          EditorView.lineWrapping,
          keymap.of([...completionKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
          theme,
          EditorView.theme({ '.cm-content, .cm-gutter': { minHeight: `${minHeight}px` } }),
          placeholder ? placeholderText(placeholder) : [],
          c.language.of(languageOf(language)),
          c.readOnly.of([EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)]),
          c.completion.of(vocabulary && describe ? autocompletion({ override: [handlebarsSource(vocabulary, describe)], icons: false }) : []),
          c.label.of(EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true' })),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // Created once; the effects below keep it in step with the props.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const c = compartments.current;
    view.current?.dispatch({
      effects: [
        c.language.reconfigure(languageOf(language)),
        c.readOnly.reconfigure([EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)]),
        c.completion.reconfigure(vocabulary && describe ? autocompletion({ override: [handlebarsSource(vocabulary, describe)], icons: false }) : []),
        c.label.reconfigure(EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true' })),
      ],
    });
  }, [language, readOnly, vocabulary, describe, label]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const length = editor.state.doc.length;
    const placed: Diagnostic[] = diagnostics.map((d) => ({ ...d, from: Math.min(d.from, length), to: Math.min(d.to, length) }));
    editor.dispatch(setDiagnostics(editor.state, placed));
  }, [diagnostics]);

  return <div ref={host} data-testid="code-editor" />;
}
