// The shell's composition: every feature folder that declares a `feature.ts` takes part, in the
// sidebar, the routes, the top bar and the project page. Adding a view is adding that file.
import i18n from '../i18n'
import type { Feature } from '../registry/feature'
import { featureMessages, registerFeatures } from '../registry/registry'

const modules = import.meta.glob<{ feature: Feature }>('../features/*/feature.ts', { eager: true })

export const features: readonly Feature[] = Object.values(modules).map((m) => m.feature)

registerFeatures(features)
for (const messages of featureMessages()) {
  // Deep merge, never overwrite: a feature cannot replace a shared string (messages.test.ts checks).
  i18n.addStrings('en', messages.en)
  i18n.addStrings('ru', messages.ru)
}
