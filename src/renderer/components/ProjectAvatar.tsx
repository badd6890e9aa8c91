import { useState } from 'react'
import Box from '@mui/material/Box'
import { useLogoUrl } from '../db/logos'
import { Monogram } from './Monogram'

/**
 * A project's logo when one is cached, else its monogram. Logos are only ever shown as
 * <img src=blob:>: the SVG is never put into the page, so nothing in it can run. The tile is
 * light in both themes because most logos are drawn for a white page.
 */
export function ProjectAvatar({ id, name, size = 24 }: { id: string; name: string; size?: number }) {
  const url = useLogoUrl(id)
  const [broken, setBroken] = useState<string | undefined>()
  if (!url || broken === url) return <Monogram id={id} name={name} size={size} />
  return (
    <Box
      aria-hidden="true"
      sx={(theme) => ({
        width: size, height: size, flex: 'none', borderRadius: 1, display: 'inline-flex', alignItems: 'center', justifyContent: 'center',
        bgcolor: '#fff', p: size >= 40 ? 0.5 : 0.25, boxSizing: 'border-box',
        boxShadow: theme.palette.mode === 'dark' ? 'none' : `inset 0 0 0 1px ${theme.palette.divider}`,
      })}
    >
      <Box
        component="img"
        src={url}
        alt=""
        draggable={false}
        onError={() => setBroken(url)}
        sx={{ maxWidth: '100%', maxHeight: '100%', objectFit: 'contain', display: 'block' }}
      />
    </Box>
  )
}
