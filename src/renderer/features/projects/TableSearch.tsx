import { useEffect, useRef, useState } from 'react'
import SearchIcon from '@mui/icons-material/Search'
import CloseIcon from '@mui/icons-material/Close'
import { useTranslation } from '../../i18n/useTranslation'
import { changeProjectsView } from './view-state'

// Made once: the field renders on every keystroke, and the same element objects are not drawn again.
const searchIcon = <SearchIcon fontSize="small" className="table-search-icon" aria-hidden="true" />
const closeIcon = <CloseIcon fontSize="small" />

/**
 * The table's own search field: ranked, forgiving search over names, tags, categories, summaries,
 * highlights and the user's notes and tags. The address holds the query (`q=`), one history entry
 * for a run of keystrokes. Each key renders the field and the rows together, in one render (a
 * transition would paint the field first and the rows a frame or more later). Changes from
 * elsewhere (the palette, Back, Clear filters) come back in. Plain elements styled once by the
 * theme (`.table-search`): it renders with every keystroke, where MUI's field restyled itself.
 */
export function TableSearch({ query }: { query: string }) {
  const { t } = useTranslation()
  const [text, setText] = useState(query)
  const pushed = useRef(query)
  useEffect(() => {
    if (query !== pushed.current) {
      pushed.current = query
      setText(query)
    }
  }, [query])
  const change = (value: string) => {
    setText(value)
    pushed.current = value
    changeProjectsView((v) => ({ ...v, filters: { ...v.filters, query: value } }), 'replace')
  }
  return (
    <div role="search" className="table-search">
      {searchIcon}
      <input
        type="search"
        className="table-search-input"
        value={text}
        onChange={(e) => change(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Escape' && text) { e.preventDefault(); change('') } }}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        maxLength={200}
      />
      {text && <button type="button" className="cell-icon-button" aria-label={t('search.clear')} onClick={() => change('')}>{closeIcon}</button>}
    </div>
  )
}
