import { useCallback, useMemo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { TFunction } from '../../i18n/translator'
import i18n from '../../i18n'
import { booleanKey, type FieldDefinition, type FieldValue } from '../../../shared/evaluation/fields'
import { isDefaultStatusId, type StatusDefinition } from '../../../shared/evaluation/status'
import { formatDate } from '../../components/format'
import { useEvaluationIndex, useRadarSettings, useStatuses } from '../../db/evaluation'

/** Ring colours, innermost first, as the radar draws them: dark enough for white numbers, in both themes. */
export const RING_COLORS = ['#2e7d32', '#00838f', '#9a6700', '#c62828'] as const

/** The same hues as text: the fills on a light page, lighter ones on a dark page. */
const RING_TEXT_DARK = ['#81c784', '#4dd0e1', '#ffb74d', '#ef9a9a'] as const
export function ringTextColor(ring: number, mode: 'light' | 'dark'): string {
  return (mode === 'dark' ? RING_TEXT_DARK : RING_COLORS)[ring] ?? RING_COLORS[0]
}

export interface StatusLabels {
  statuses: StatusDefinition[]
  /** A status's name: the user's, the default's in the UI language, or the name a removed status had. */
  label: (id: string | null, recordedName?: string) => string
  /** Whether the status is still in the set. */
  exists: (id: string) => boolean
  /** Every name a status answers to (its own, its default names in English and Russian), for matching imports. */
  namesOf: (id: string) => string[]
}

function defaultName(t: TFunction, id: string): string {
  return isDefaultStatusId(id) ? t(`evaluation.defaultStatuses.${id}`) : id
}

/** The user's statuses with their names in the UI language. */
export function useStatusLabels(): StatusLabels {
  const { t } = useTranslation()
  const statuses = useStatuses()
  return useMemo(() => {
    const list = statuses ?? []
    const byId = new Map(list.map((s) => [s.id, s]))
    return {
      statuses: list,
      label: (id, recordedName) => {
        if (id === null) return t('evaluation.noStatus')
        const status = byId.get(id)
        if (status) return status.name ?? defaultName(t, id)
        return recordedName ?? defaultName(t, id)
      },
      exists: (id) => byId.has(id),
      namesOf: (id) => {
        const names = [byId.get(id)?.name]
        if (isDefaultStatusId(id)) for (const lng of ['en', 'ru']) names.push(i18n.getFixedT(lng)(`evaluation.defaultStatuses.${id}`))
        return names.filter((n): n is string => Boolean(n))
      },
    }
  }, [statuses, t])
}

/** A field value as people read it: dates in the UI language, yes/no translated. */
export function fieldValueText(field: Pick<FieldDefinition, 'type'>, value: FieldValue | undefined, t: TFunction, language: string): string {
  if (value === undefined) return ''
  if (field.type === 'boolean') return t(`evaluation.fields.${booleanKey(value === true)}`)
  if (field.type === 'date') return formatDate(String(value), language)
  if (field.type === 'number' && typeof value === 'number') return value.toLocaleString(language)
  return String(value)
}

/** Each project's current status name in the UI language, by project id (what other views show beside their own data). */
export function useProjectStatusNames(): ReadonlyMap<string, string> | undefined {
  const index = useEvaluationIndex()
  const { label } = useStatusLabels()
  return useMemo(() => (index ? new Map([...index.statusOf].map(([projectId, statusId]) => [projectId, label(statusId)])) : undefined), [index, label])
}

/** A status's colour: its ring's on the radar when it is a ring, none otherwise. */
export function useStatusColor(): (statusId: string) => string | undefined {
  const rings = useRadarSettings()?.rings
  return useCallback((statusId: string) => {
    const ring = rings?.indexOf(statusId) ?? -1
    return ring >= 0 ? RING_COLORS[ring] : undefined
  }, [rings])
}
