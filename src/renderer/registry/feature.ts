import { lazy, type ComponentType } from 'react'
import type { SvgIconComponent } from '@mui/icons-material'
import type { Project } from '../../shared/dataset/schema'
import type { AnyView } from './view'

/** Places in the shell a feature can add to, besides its views. */
export type ShellSlot =
  /** The top bar's left side (the command palette). */
  | 'top-bar-start'
  /** The top bar's right side (the data status). */
  | 'top-bar-end'
  /** Under every view (the compare tray). */
  | 'bottom'
  /** Renders nothing: work that runs while the app is open (the automatic refresh). */
  | 'background'

export interface ShellPart {
  slot: ShellSlot
  order: number
  component: ComponentType
}

/** A section of the project page, like Headlamp's registerDetailsViewSection. */
export interface DetailSection {
  id: string
  /** The wide column (facts, timeline) or the side column (your data, links). */
  column: 'main' | 'side'
  order: number
  component: ComponentType<{ project: Project }>
}

/** A section of the Settings view (statuses, fields…), loaded with the view. */
export interface SettingsSection {
  id: string
  order: number
  component: ComponentType
}

/**
 * The user's evaluation status of projects ("trying", "adopted", ...), for views that show it
 * beside other things (Insights' 2023 cohort). The feature that keeps statuses provides it; with
 * none, those views show no status.
 */
export interface ProjectStatusSource {
  /** A hook: each project's status label in the UI language, by project id; undefined while loading. */
  useStatuses: () => ReadonlyMap<string, string> | undefined
}

type MessageTree = { [key: string]: string | MessageTree }

/** Where a command sits in the command palette (views come from the sidebar, projects from the search). */
export type CommandGroup = 'saved' | 'actions'

/** Something the command palette can do, in the user's words. */
export interface PaletteCommand {
  id: string
  group: CommandGroup
  /** Shown, and searched, in the current language. */
  label: string
  /** More words that find it (also searched; e.g. both languages' names). */
  keywords?: readonly string[]
  icon?: SvgIconComponent
  run: () => unknown
}

/**
 * A hook giving a feature's commands; it may read data and state (saved views, the current theme).
 * Loaded when the palette first opens, so its code stays out of the first paint.
 */
export type CommandSource = () => readonly PaletteCommand[]

export interface Feature {
  id: string
  views?: readonly AnyView[]
  shell?: readonly ShellPart[]
  detailSections?: readonly DetailSection[]
  settingsSections?: readonly SettingsSection[]
  projectStatuses?: ProjectStatusSource
  /** Commands for the palette (`/`, Ctrl+K): each entry loads a hook that lists them. */
  commands?: readonly (() => Promise<CommandSource>)[]
  /**
   * The feature's own UI strings, merged into the app's translations. Shared strings stay in
   * src/renderer/i18n; a feature's keys live under a prefix of its own. Both languages, same keys:
   * English comes with the app (every string's fallback), Russian loads with the shared Russian
   * strings when Russian is the language (`() => import('./messages.ru')…`).
   */
  messages?: { en: MessageTree; ru: () => Promise<MessageTree> }
}

/** A feature's contributions to the shell, declared once in `features/<feature>/feature.ts`. */
export function defineFeature(feature: Feature): Feature {
  return feature
}

export interface DetailSectionDeclaration {
  id: string
  column: DetailSection['column']
  order: number
  load: () => Promise<{ default: ComponentType<{ project: Project }> }>
}

/** A project-page section whose code loads with the page, not with the app. */
export function defineDetailSection(declaration: DetailSectionDeclaration): DetailSection {
  return { id: declaration.id, column: declaration.column, order: declaration.order, component: lazy(declaration.load) }
}

/** A Settings section whose code loads with the Settings view. */
export function defineSettingsSection(declaration: { id: string; order: number; load: () => Promise<{ default: ComponentType }> }): SettingsSection {
  return { id: declaration.id, order: declaration.order, component: lazy(declaration.load) }
}
