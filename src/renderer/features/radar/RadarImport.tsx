import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import Typography from '@mui/material/Typography'
import UploadIcon from '@mui/icons-material/FileUploadOutlined'
import { useTranslation } from '../../i18n/useTranslation'
import { parseBackstageRadar, planBackstageImport, type BackstageImportPlan } from '../../../shared/evaluation/backstage-import'
import { getBridge } from '../../bridge'
import { appDb } from '../../db/database'
import { importStatusChanges } from '../../db/evaluation'
import { useNoticeStore } from '../../store/notice-store'
import { useStatusLabels } from '../evaluation/labels'

const cell = { textAlign: 'left', px: 1, py: 0.5, borderBottom: 1, borderColor: 'divider', verticalAlign: 'top' } as const

/**
 * Import of a Backstage Tech Radar file: entries are matched to projects by name or URL, rings to
 * statuses; the dialog shows what matched, what did not and why, and nothing changes until the
 * user confirms.
 */
export function RadarImport() {
  const { t } = useTranslation()
  const labels = useStatusLabels()
  const show = useNoticeStore((s) => s.show)
  const [pending, setPending] = useState<{ name?: string; plan: BackstageImportPlan } | null>(null)

  const choose = async () => {
    const file = await getBridge().openTextFile({ filters: [{ name: 'JSON', extensions: ['json'] }] })
    if (!file.opened || file.content === undefined) {
      if (file.error) show(file.error, 'error')
      return
    }
    const parsed = parseBackstageRadar(file.content)
    if (!parsed.ok) {
      show(t(`radar.import.rejected.${parsed.kind}`), 'error')
      return
    }
    const db = appDb()
    const [projects, existing] = await Promise.all([db.projects.toArray(), db.statusChanges.toArray()])
    const statuses = labels.statuses.map((s) => ({ id: s.id, names: labels.namesOf(s.id) }))
    setPending({ name: file.name, plan: planBackstageImport(parsed.radar, projects, statuses, existing) })
  }

  const confirm = async () => {
    if (!pending) return
    try {
      await importStatusChanges(pending.plan.mapped.flatMap((m) => m.changes))
      show(t('radar.import.done', { count: pending.plan.changeCount }), 'success')
      setPending(null)
    } catch (error) {
      show(t('radar.import.failed', { reason: (error as Error).message }), 'error')
    }
  }

  const plan = pending?.plan
  return (
    <>
      <Button size="small" startIcon={<UploadIcon />} onClick={() => void choose()}>{t('radar.import.button')}</Button>
      <Dialog open={pending !== null} onClose={() => setPending(null)} aria-labelledby="radar-import-title" maxWidth="md" fullWidth>
        <DialogTitle id="radar-import-title">{t('radar.import.title', { name: pending?.name ?? '' })}</DialogTitle>
        {plan && (
          <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
            <DialogContentText>{t('radar.import.summary', { count: plan.mapped.length, changes: plan.changeCount, unmapped: plan.unmapped.length })}</DialogContentText>
            {plan.mapped.length > 0 && (
              <Box component="table" aria-label={t('radar.import.matched')} sx={{ borderCollapse: 'collapse', fontSize: 13, '& th, & td': cell }}>
                <thead><tr><th scope="col">{t('radar.import.entry')}</th><th scope="col">{t('radar.import.project')}</th><th scope="col">{t('radar.import.adds')}</th></tr></thead>
                <tbody>
                  {plan.mapped.map((m) => (
                    <tr key={`${m.title}-${m.projectId}`}>
                      <td>{m.title}</td>
                      <td>{m.projectName}</td>
                      <td>
                        {m.changes.length === 0 ? t('radar.import.nothingNew') : m.changes.map((c) => `${c.at.slice(0, 10)} ${labels.label(c.statusId)}`).join(' → ')}
                        {m.alreadyThere > 0 && <Typography component="span" variant="caption" color="text.secondary"> · {t('radar.import.alreadyThere', { count: m.alreadyThere })}</Typography>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Box>
            )}
            {plan.unmapped.length > 0 && (
              <Alert severity="warning">
                <Typography variant="body2" sx={{ fontWeight: 600 }}>{t('radar.import.unmappedTitle', { count: plan.unmapped.length })}</Typography>
                <Box component="ul" sx={{ m: 0, pl: 2.5 }} aria-label={t('radar.import.unmappedTitle', { count: plan.unmapped.length })}>
                  {plan.unmapped.map((u, i) => <li key={`${u.title}-${i}`}>{u.title} — {t(`radar.import.reasons.${u.reason}`)}</li>)}
                </Box>
              </Alert>
            )}
            {plan.unknownRings.length > 0 && <Alert severity="info">{t('radar.import.unknownRings', { rings: plan.unknownRings.join(', ') })}</Alert>}
          </DialogContent>
        )}
        <DialogActions>
          <Button onClick={() => setPending(null)}>{t('common.cancel')}</Button>
          <Button variant="contained" disabled={!plan?.changeCount} onClick={() => void confirm()}>{t('radar.import.confirm', { count: plan?.changeCount ?? 0 })}</Button>
        </DialogActions>
      </Dialog>
    </>
  )
}
