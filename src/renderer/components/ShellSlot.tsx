import { shellParts } from '../registry/registry'
import type { ShellSlot as Slot } from '../registry/feature'

/** Renders what the features put in one place of the shell, in their order. */
export function ShellSlot({ slot }: { slot: Slot }) {
  return <>{shellParts(slot).map(({ component: Part }, i) => <Part key={i} />)}</>
}
