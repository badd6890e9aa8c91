// The shell's composition: every feature folder that declares a `feature.ts` takes part, in the
// sidebar, the routes, the top bar and the project page. Adding a view is adding that file.
import i18n, { addLaterStrings } from '../i18n'
import type { Feature } from '../registry/feature'
import { featureMessages, registerFeatures } from '../registry/registry'

const modules = import.meta.glob<{ feature: Feature }>('../features/*/feature.ts', { eager: true })

export const features: readonly Feature[] = Object.values(modules).map((m) => m.feature)

registerFeatures(features)
for (const messages of featureMessages()) {
  // Beside the shared strings, never over them: a feature cannot replace one (messages.test.ts
  // checks). Russian loads with the shared Russian strings, when it is the language.
  i18n.addStrings('en', messages.en)
  addLaterStrings('ru', messages.ru)
}
