import type { DatasetSource } from '../dataset/schema'
import type { ExportCredit } from './model'

/**
 * What every export says about itself: whose data it is and under which licence (CC BY 4.0 asks
 * for the attribution wherever the data is shared), which snapshot, when it was exported and by
 * which version of the app. Markdown ends with it as a footer, CSV as lines after the table, JSON
 * carries it as `meta` beside the data.
 */
export interface ExportMeta {
  /** The attribution the licence asks for, as the dataset states it. */
  attribution: string
  license: { name: string; url: string }
  /** Credits for data of other sources in the export (health figures), as their licences ask. */
  credits?: ExportCredit[]
  source: { name: string; url: string; revision: string; date: string; live?: 'api' | 'yaml' }
  /** When the data came from a refresh rather than the bundle shipped with the app (ISO time). */
  refreshedAt?: string
  /** Content hash of the dataset exported from. */
  datasetVersion: string
  /** ISO time of the export. */
  exportedAt: string
  app: { name: 'Sandscape'; version: string }
}

/** One line of the human-readable footer; the URL, when there is one, is the line's link. */
export interface FooterLine {
  text: string
  url?: string
}

export interface ExportEnvelope {
  meta: ExportMeta
  /** The same facts as lines for people, in the export's language. */
  footer: FooterLine[]
}

export interface EnvelopeInputs {
  source: DatasetSource
  datasetVersion: string
  /** Set only when the data on the device came from a refresh. */
  refreshedAt?: string
  exportedAt: string
  appVersion: string
  /** Data from other sources in the export whose licences ask for credit (ExportTable.credits). */
  credits?: readonly ExportCredit[]
}

/** The footer's phrases in the user's language (the renderer builds them from its translations). */
export interface FooterWording {
  /** "CNCF Landscape, revision 153d699…, 7 Aug 2026" */
  source: (values: { name: string; revision: string; date: string }) => string
  /** The same without a revision, for refreshed data whose server named none. */
  sourceUndated: (values: { name: string; date: string }) => string
  /** "refreshed on 20 Nov 2026" */
  refreshed: (values: { date: string }) => string
  /** "Exported 20 Nov 2026, 14:03 UTC with Sandscape 0.1.0" */
  exported: (values: { time: string; version: string }) => string
  /** A YYYY-MM-DD or ISO date as people read it. */
  formatDate: (value: string) => string
  /** An ISO time as people read it, with its time zone. */
  formatTime: (value: string) => string
}

/** A refresh whose server sent no ETag or Last-Modified stores this placeholder as its revision. */
const NO_REVISION = 'live'

export function createEnvelope(inputs: EnvelopeInputs, wording: FooterWording): ExportEnvelope {
  const { source } = inputs
  const meta: ExportMeta = {
    attribution: source.license.attribution,
    license: { name: source.license.name, url: source.license.url },
    ...(inputs.credits?.length ? { credits: inputs.credits.map((credit) => ({ ...credit })) } : {}),
    source: { name: source.name, url: source.url, revision: source.revision, date: source.date, ...(source.live ? { live: source.live } : {}) },
    ...(inputs.refreshedAt ? { refreshedAt: inputs.refreshedAt } : {}),
    datasetVersion: inputs.datasetVersion,
    exportedAt: inputs.exportedAt,
    app: { name: 'Sandscape', version: inputs.appVersion },
  }
  const date = wording.formatDate(source.date)
  const sourceText = source.revision === NO_REVISION
    ? wording.sourceUndated({ name: source.name, date })
    : wording.source({ name: source.name, revision: source.revision, date })
  const refreshed = inputs.refreshedAt ? `, ${wording.refreshed({ date: wording.formatDate(inputs.refreshedAt) })}` : ''
  return {
    meta,
    footer: [
      { text: meta.attribution, url: meta.license.url },
      ...(meta.credits ?? []),
      { text: `${sourceText}${refreshed}`, url: source.url },
      { text: wording.exported({ time: wording.formatTime(inputs.exportedAt), version: inputs.appVersion }) },
    ],
  }
}
