import { useCallback, useMemo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { Project } from '../../../shared/dataset/schema'
import { DEFAULT_QUADRANTS, radarBlips, type RadarBlip, type RadarConfig, type RadarQuadrant } from '../../../shared/evaluation/radar'
import { useAllStatusChanges, useRadarSettings } from '../../db/evaluation'
import { useProjects } from '../../db/hooks'
import { RING_COLORS, useStatusLabels } from '../evaluation/labels'

const NO_PROJECTS: Project[] = []

export interface RadarRingInfo {
  id: string
  name: string
  color: string
}

/** A quadrant's name: the user's, or the default's in the UI language. */
export function useQuadrantName() {
  const { t } = useTranslation()
  return useCallback((quadrant: RadarQuadrant, index: number) =>
    quadrant.name ?? (DEFAULT_QUADRANTS.some((q) => q.id === quadrant.id) ? t(`radar.quadrants.${quadrant.id}`) : t('radar.quadrantN', { n: index + 1 })), [t])
}

/** The radar as drawn: blips with their moves since the chosen day, named quadrants and rings. */
export function useRadar() {
  const projects = useProjects()
  const changes = useAllStatusChanges()
  const config = useRadarSettings()
  const labels = useStatusLabels()
  const quadrantName = useQuadrantName()
  const all = projects ?? NO_PROJECTS
  const blips = useMemo<RadarBlip[]>(() => (config && changes ? radarBlips(all, changes, config, config.movedSince) : []), [all, changes, config])
  const quadrants = useMemo(() => (config?.quadrants ?? []).map((q, i) => ({ id: q.id, name: quadrantName(q, i) })), [config, quadrantName])
  const rings = useMemo<RadarRingInfo[]>(() => (config?.rings ?? []).map((id, i) => ({ id, name: labels.label(id), color: RING_COLORS[i] })), [config, labels])
  return {
    blips,
    quadrants,
    rings,
    config: config as RadarConfig | undefined,
    projects: all,
    changes: changes ?? [],
    loading: projects === undefined || changes === undefined || config === undefined,
  }
}
