import type { TFunction } from '../i18n/translator'
import type { Source } from '../../shared/dataset/schema'
import { displayUrl } from '../../shared/url'
import { formatDate } from './format'

/** A source named for people; `url` when a reader can open it (the article is not published with the app). */
export function describeSource(source: Source, t: TFunction, language: string): { label: string; url?: string } {
  switch (source.kind) {
    case 'article':
      return { label: t('source.article', { section: source.section }) }
    case 'landscape':
      return { label: t('source.landscape', { date: formatDate(source.date, language) }), url: source.url }
    case 'url':
      return { label: t('source.url', { page: displayUrl(source.url) }), url: source.url }
  }
}
