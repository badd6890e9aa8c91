import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BACKUP_KINDS, createBackup, parseBackup, serializeBackup, type Backup, type BackupSettings } from '../../../shared/backup/format'
import { planImport, type ImportMode, type ImportPlan } from '../../../shared/backup/plan'
import { notesAsFiles } from '../../../shared/notes/export'
import { getBridge } from '../../bridge'
import { deleteAllUserData, readUserData, replaceUserData } from '../../db/backup'
import { appDb } from '../../db/database'
import { importSnapshots, readSnapshots } from '../../db/health'
import { useCompareStore } from '../../store/compare-store'
import { useNoticeStore } from '../../store/notice-store'
import { useSettingsStore } from '../../store/settings-store'
import { useUiStore } from '../../store/ui-store'

function currentSettings(): BackupSettings {
  const { language, theme } = useSettingsStore.getState()
  const { filters, sorting, columnVisibility } = useUiStore.getState()
  return { language, theme, comparePicks: useCompareStore.getState().picks, projectsTable: { filters, sorting, columnVisibility } }
}

function applySettings(settings: BackupSettings): void {
  if (settings.language) useSettingsStore.getState().setLanguage(settings.language)
  if (settings.theme) useSettingsStore.getState().setTheme(settings.theme)
  if (settings.comparePicks) useCompareStore.getState().replace(settings.comparePicks)
  const table = settings.projectsTable as { filters?: object; sorting?: unknown; columnVisibility?: unknown } | undefined
  if (table?.filters) useUiStore.getState().setFilters((f) => ({ ...f, ...table.filters }))
  if (Array.isArray(table?.sorting)) useUiStore.getState().setSorting(table.sorting as { id: string; desc: boolean }[])
  if (table?.columnVisibility && typeof table.columnVisibility === 'object') useUiStore.getState().setColumnVisibility(table.columnVisibility as Record<string, boolean>)
}

export interface PendingImport {
  fileName?: string
  backup: Backup
  plans: Record<ImportMode, ImportPlan>
}

/** Backup export and import, notes export and "delete all my data", with their messages. */
export function useBackup() {
  const { t } = useTranslation()
  const show = useNoticeStore((s) => s.show)
  const [pending, setPending] = useState<PendingImport | null>(null)

  /** `withHistory`: the health snapshots come along (dataset data, so only when the user asks). */
  const exportBackup = async (withHistory = false) => {
    const backup = createBackup(await readUserData(), currentSettings(), new Date(), withHistory ? { snapshots: await readSnapshots() } : undefined)
    const date = backup.exportedAt.slice(0, 10)
    const result = await getBridge().saveTextFile({
      suggestedName: `sandscape-backup-${date}.json`,
      content: serializeBackup(backup),
      filters: [{ name: 'Sandscape backup', extensions: ['json'] }],
    })
    if (result.saved) show(result.path ? t('backup.exportedTo', { path: result.path }) : t('backup.exported'), 'success')
    else if (result.error) show(result.error, 'error')
  }

  const chooseImport = async () => {
    const file = await getBridge().openTextFile({ filters: [{ name: 'Sandscape backup', extensions: ['json'] }] })
    if (!file.opened || file.content === undefined) {
      if (file.error) show(file.error, 'error')
      return
    }
    const parsed = parseBackup(file.content)
    if (!parsed.ok) {
      show(t(`backup.rejected.${parsed.kind}`), 'error')
      return
    }
    const device = await readUserData()
    setPending({
      fileName: file.name,
      backup: parsed.backup,
      plans: { merge: planImport(device, parsed.backup.data, 'merge'), replace: planImport(device, parsed.backup.data, 'replace') },
    })
  }

  const confirmImport = async (mode: ImportMode) => {
    if (!pending) return
    try {
      // Planned against the device as it was; re-plan in case something changed meanwhile.
      const plan = planImport(await readUserData(), pending.backup.data, mode)
      await replaceUserData(plan.result)
      if (mode === 'replace') applySettings(pending.backup.settings)
      // Figure history is not user data: in either mode, what the device lacks is added.
      if (pending.backup.history) await importSnapshots(pending.backup.history.snapshots)
      setPending(null)
      show(t('backup.imported'), 'success')
    } catch (error) {
      show(t('backup.importFailed', { reason: (error as Error).message }), 'error')
    }
  }

  const exportNotes = async () => {
    const notes = await appDb().notes.toArray()
    if (notes.length === 0) {
      show(t('backup.noNotes'), 'info')
      return
    }
    const projects = new Map((await appDb().projects.toArray()).map((p) => [p.id, p.name]))
    const result = await getBridge().saveTextFiles({ title: t('backup.notesFolderTitle'), files: notesAsFiles(notes, (id) => projects.get(id)) })
    if (result.saved) show(result.directory ? t('backup.notesExportedTo', { count: result.count, path: result.directory }) : t('backup.notesDownloaded', { count: result.count }), 'success')
    else if (result.error) show(result.error, 'error')
  }

  const deleteEverything = async () => {
    await deleteAllUserData()
    useCompareStore.getState().clear()
    show(t('backup.deleted'), 'success')
  }

  return { exportBackup, chooseImport, confirmImport, cancelImport: () => setPending(null), pending, exportNotes, deleteEverything, kinds: BACKUP_KINDS }
}
