import type { CommandSource, DetailSection, Feature, ProjectStatusSource, SettingsSection, ShellPart, ShellSlot } from './feature'
import type { AnyView } from './view'

/**
 * What the features declared, composed once at start-up (app/features.ts). The shell reads from
 * here; components/ may too, so shared UI never imports a feature.
 */
let features: readonly Feature[] = []
let views: readonly AnyView[] = []

export function registerFeatures(list: readonly Feature[]): void {
  features = [...list]
  views = features.flatMap((f) => f.views ?? [])
  const ids = views.map((v) => v.id)
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i)
  if (duplicate) throw new Error(`two views are called "${duplicate}"`)
  if (views.filter((v) => v.isDefault).length !== 1) throw new Error('exactly one view must be the default')
}

export function registeredViews(): readonly AnyView[] {
  return views
}

export function sidebarViews(): readonly AnyView[] {
  return views.filter((v) => v.sidebar).sort((a, b) => a.sidebar!.order - b.sidebar!.order)
}

export function shellParts(slot: ShellSlot): readonly ShellPart[] {
  return features.flatMap((f) => f.shell ?? []).filter((p) => p.slot === slot).sort((a, b) => a.order - b.order)
}

export function detailSections(column: DetailSection['column']): readonly DetailSection[] {
  return features.flatMap((f) => f.detailSections ?? []).filter((s) => s.column === column).sort((a, b) => a.order - b.order)
}

export function settingsSections(): readonly SettingsSection[] {
  return features.flatMap((f) => f.settingsSections ?? []).sort((a, b) => a.order - b.order)
}

export function featureMessages(): readonly NonNullable<Feature['messages']>[] {
  return features.flatMap((f) => (f.messages ? [f.messages] : []))
}

/** Where project statuses come from, when a feature keeps them (the first that says so). */
export function projectStatusSource(): ProjectStatusSource | undefined {
  return features.find((f) => f.projectStatuses)?.projectStatuses
}

/** Every feature's command-palette sources (loaders of hooks), in the features' order. */
export function commandSources(): readonly (() => Promise<CommandSource>)[] {
  return features.flatMap((f) => f.commands ?? [])
}
