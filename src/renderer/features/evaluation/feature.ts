import { defineDetailSection, defineFeature, defineSettingsSection } from '../../registry/feature'
import { PrintHost } from './dossier/PrintHost'
import { en } from './messages'
import { useProjectStatusNames } from './labels'

/**
 * Evaluation: a status per project with its dated history and reasons, the user's own fields,
 * dossiers. Board and Radar are their own features built on the same data.
 */
export const feature = defineFeature({
  id: 'evaluation',
  shell: [{ slot: 'background', order: 50, component: PrintHost }],
  detailSections: [
    // Beside the note (side column, order 20): the decision, then the user's fields.
    defineDetailSection({ id: 'status', column: 'side', order: 15, load: () => import('./StatusSection').then((m) => ({ default: m.StatusSection })) }),
    defineDetailSection({ id: 'fields', column: 'side', order: 17, load: () => import('./FieldsSection').then((m) => ({ default: m.FieldsSection })) }),
  ],
  settingsSections: [
    defineSettingsSection({ id: 'statuses', order: 10, load: () => import('./StatusSettings').then((m) => ({ default: m.StatusSettings })) }),
    defineSettingsSection({ id: 'fields', order: 20, load: () => import('./FieldSettings').then((m) => ({ default: m.FieldSettings })) }),
  ],
  // Views that show a project's status beside their own data (Insights' 2023 cohort) read it here.
  projectStatuses: { useStatuses: useProjectStatusNames },
  messages: { en, ru: () => import('./messages.ru').then((m) => m.ru) },
})
