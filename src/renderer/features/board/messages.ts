/** The Board's strings. */
export const messages = {
  en: {
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
  },
  ru: {
    board: {
      title: 'Доска',
      hint: 'Перетаскивайте карточки между колонками или выберите карточку и нажмите Alt+←/→, чтобы сменить статус, Alt+↑/↓ — чтобы переставить.',
      columnLabel_one: '{{name}}, {{count}} проект',
      columnLabel_few: '{{name}}, {{count}} проекта',
      columnLabel_many: '{{name}}, {{count}} проектов',
      columnLabel_other: '{{name}}, {{count}} проекта',
      countOf: '{{shown}} из {{total}}',
      moved: '{{name}}: теперь в колонке «{{column}}», место {{position}} из {{count}}.',
      atTop: 'Уже первая в колонке «{{column}}».',
      atBottom: 'Уже последняя в колонке «{{column}}».',
      noColumn: 'Дальше колонок нет.',
      starred: 'В закладках',
      hasNote: 'Есть заметка',
      cardFields: 'Поля на карточках',
    },
  },
}
