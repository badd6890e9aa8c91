import { useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { BACKUP_KINDS, createBackup, MAX_BACKUP_LENGTH, serializeBackup, USER_DATA_LIMITS, utf8Length, type Backup, type BackupSettings } from '../../../shared/backup/format'
import { planImport, type ImportMode, type ImportPlan } from '../../../shared/backup/plan'
import { notesAsFiles } from '../../../shared/notes/export'
import { MAX_SAVED_TEXT_LENGTH } from '../../../shared/ipc/contract'
import { formatBytes } from '../../../shared/refresh/download'
import { getBridge } from '../../bridge'
import { parseRunner } from '../../workers/parse-runner'
import { deleteAllUserData, readUserData, replaceUserData } from '../../db/backup'
import { appDb } from '../../db/database'
import { importSnapshots, readSnapshots } from '../../db/health'
import { useCompareStore } from '../../store/compare-store'
import { useNoticeStore } from '../../store/notice-store'
import { useSettingsStore } from '../../store/settings-store'
import { useUiStore } from '../../store/ui-store'

function currentSettings(): BackupSettings {
  const { language, theme } = useSettingsStore.getState()
  const { lastViewQuery, columnVisibility, columnSizing } = useUiStore.getState()
  return { language, theme, comparePicks: useCompareStore.getState().picks, projectsTable: { lastViewQuery, columnVisibility, columnSizing } }
}

/** Settings arrive validated field by field (readBackupSettings): each is applied as it is. */
function applySettings(settings: BackupSettings): void {
  if (settings.language) useSettingsStore.getState().setLanguage(settings.language)
  if (settings.theme) useSettingsStore.getState().setTheme(settings.theme)
  if (settings.comparePicks) useCompareStore.getState().replace(settings.comparePicks)
  // Any version's table state: older backups carry filters and sort, newer ones the view's query.
  if (settings.projectsTable) useUiStore.getState().restoreTableState(settings.projectsTable)
}

export interface PendingImport {
  fileName?: string
  backup: Backup
  /** Preferences in the file that were damaged and will not be applied. */
  ignoredSettings: string[]
  plans: Record<ImportMode, ImportPlan>
}

const reason = (error: unknown) => String((error as Error)?.message ?? error)

/** Backup export and import, notes export and "delete all my data", with their messages. */
export function useBackup() {
  const { t, i18n } = useTranslation()
  const show = useNoticeStore((s) => s.show)
  const [pending, setPending] = useState<PendingImport | null>(null)

  /** `withHistory`: the health snapshots come along (dataset data, so only when the user asks). */
  const exportBackup = async (withHistory = false) => {
    try {
      const backup = createBackup(await readUserData(), currentSettings(), new Date(), withHistory ? { snapshots: await readSnapshots() } : undefined)
      const content = serializeBackup(backup)
      // The write limits keep this from happening; if it did, a file the import refuses is worse than none.
      const bytes = utf8Length(content)
      if (content.length > MAX_BACKUP_LENGTH || bytes > MAX_SAVED_TEXT_LENGTH) {
        show(t('backup.tooLargeToExport', { size: formatBytes(bytes), max: formatBytes(MAX_SAVED_TEXT_LENGTH) }), 'error')
        return
      }
      const result = await getBridge().saveTextFile({
        suggestedName: `sandscape-backup-${backup.exportedAt.slice(0, 10)}.json`,
        content,
        filters: [{ name: 'Sandscape backup', extensions: ['json'] }],
      })
      if (result.saved) show(result.path ? t('backup.exportedTo', { path: result.path }) : t('backup.exported'), 'success')
      else if (result.error) show(result.error, 'error')
    } catch (error) {
      show(t('backup.exportFailed', { reason: reason(error) }), 'error')
    }
  }

  const chooseImport = async () => {
    const file = await getBridge().openTextFile({ filters: [{ name: 'Sandscape backup', extensions: ['json'] }] })
    if (!file.opened || file.content === undefined) {
      if (file.error) show(file.error, 'error')
      return
    }
    let parsed
    try {
      // Off the page's thread, within a time budget: a 20 MB file never freezes the window.
      parsed = await parseRunner().run('backup', file.content)
    } catch (error) {
      show(t('backup.importFailed', { reason: reason(error) }), 'error')
      return
    }
    if (!parsed.ok) {
      show(t(`backup.rejected.${parsed.kind}`), 'error')
      return
    }
    const device = await readUserData()
    setPending({
      fileName: file.name,
      backup: parsed.backup,
      ignoredSettings: parsed.ignoredSettings,
      plans: { merge: planImport(device, parsed.backup.data, 'merge'), replace: planImport(device, parsed.backup.data, 'replace') },
    })
  }

  const confirmImport = async (mode: ImportMode) => {
    if (!pending) return
    try {
      // Planned against the device as it was; re-plan in case something changed meanwhile.
      const plan = planImport(await readUserData(), pending.backup.data, mode)
      if (plan.overLimits) {
        show(t(`backup.overLimits.${plan.overLimits}`, { max: USER_DATA_LIMITS.notes.toLocaleString(i18n.language) }), 'error')
        return
      }
      await replaceUserData(plan.result)
    } catch (error) {
      show(t('backup.importFailed', { reason: reason(error) }), 'error')
      return
    }
    setPending(null)
    // Figure history is not user data: in either mode, what the device lacks is added. Failing,
    // it leaves the user's data in all the same, and the notice says so.
    const history = pending.backup.history
    const historyFailure = history ? await importSnapshots(history.snapshots).then(() => undefined, reason) : undefined
    // The data is in; preferences are validated already, and a failure here must not read as "import failed".
    try {
      if (mode === 'replace') applySettings(pending.backup.settings)
      if (historyFailure) show(t('health.backup.historyNotAdded', { reason: historyFailure }), 'warning')
      else show(t('backup.imported'), 'success')
    } catch (error) {
      show(t('backup.settingsNotApplied', { reason: reason(error) }), 'warning')
    }
  }

  const exportNotes = async () => {
    try {
      const notes = await appDb().notes.toArray()
      if (notes.length === 0) {
        show(t('backup.noNotes'), 'info')
        return
      }
      const projects = new Map((await appDb().projects.toArray()).map((p) => [p.id, p.name]))
      const result = await getBridge().saveTextFiles({ title: t('backup.notesFolderTitle'), files: notesAsFiles(notes, (id) => projects.get(id)) })
      if (result.saved) show(result.directory ? t('backup.notesExportedTo', { count: result.count, path: result.directory }) : t('backup.notesDownloaded', { count: result.count }), 'success')
      else if (result.error) show(result.error, 'error')
    } catch (error) {
      show(t('backup.notesExportFailed', { reason: reason(error) }), 'error')
    }
  }

  const deleteEverything = async () => {
    await deleteAllUserData()
    useCompareStore.getState().clear()
    show(t('backup.deleted'), 'success')
  }

  return { exportBackup, chooseImport, confirmImport, cancelImport: () => setPending(null), pending, exportNotes, deleteEverything, kinds: BACKUP_KINDS }
}
