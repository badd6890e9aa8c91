import Box from '@mui/material/Box'
import Link from '@mui/material/Link'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { Trans } from '../../i18n/Trans'
import { useTranslation } from '../../i18n/useTranslation'
import type { Project } from '../../../shared/dataset/schema'
import { setFieldValue, useFields, useProjectFieldValues } from '../../db/evaluation'
import { hrefTo } from '../../registry/view'
import { settingsView } from '../settings/views'
import { FieldInput } from './FieldInput'

/** The project page's "your fields": one input per field the user defined in Settings. */
export function FieldsSection({ project }: { project: Project }) {
  const { t } = useTranslation()
  const fields = useFields()
  const values = useProjectFieldValues(project.id)
  if (!fields || !values) return null
  return (
    <Paper variant="outlined" component="section" aria-labelledby={`fields-${project.id}`} sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Typography variant="h2" id={`fields-${project.id}`}>{t('evaluation.fields.title')}</Typography>
      {fields.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          <Trans i18nKey="evaluation.fields.none" components={{ settings: <Link href={hrefTo(settingsView)} /> }} />
        </Typography>
      ) : (
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
          {fields.map((field) => (
            <FieldInput key={field.id} field={field} value={values.get(field.id)} onSave={(value) => void setFieldValue(project.id, field.id, value)} />
          ))}
        </Box>
      )}
    </Paper>
  )
}
