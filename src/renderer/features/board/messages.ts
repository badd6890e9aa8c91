/** The Board's strings in English; Russian in messages.ru.ts, loaded with the other Russian strings. */
export const en = {
  board: {
    title: 'Board',
    hint: 'Drag cards between columns, or focus a card and press Alt+←/→ to change its status, Alt+↑/↓ to reorder it.',
    columnLabel_one: '{{name}}, {{count}} project',
    columnLabel_other: '{{name}}, {{count}} projects',
    countOf: '{{shown}} of {{total}}',
    moved: '{{name}} moved to {{column}}, position {{position}} of {{count}}.',
    atTop: 'Already first in {{column}}.',
    atBottom: 'Already last in {{column}}.',
    noColumn: 'No column further that way.',
    starred: 'Starred',
    hasNote: 'Has a note',
    cardFields: 'Card fields',
  },
}
