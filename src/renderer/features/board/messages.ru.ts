/** The Board's strings in Russian, the same keys as messages.ts. */
export const ru = {
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
}
