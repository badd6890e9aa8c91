// @vitest-environment jsdom
import { Suspense } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, render, screen } from '@testing-library/react'
import { defineView, type ViewProps } from './view'

afterEach(cleanup)

const Greeting = ({ params }: ViewProps<{ who: string }>) => <p>Hello, {params.who}</p>

describe('a view component', () => {
  it('renders in the first pass once its code is in: no loading line before the view', async () => {
    const view = defineView<{ who: string }>({ id: 'greeting', path: '/greeting', load: async () => ({ default: Greeting }) })
    await view.prefetch()
    render(<Suspense fallback={<p>Loading</p>}><view.Component params={{ who: 'etcd' }} /></Suspense>)
    // Synchronously after the first render, without waiting for anything.
    expect(screen.getByText('Hello, etcd')).toBeTruthy()
    expect(screen.queryByText('Loading')).toBeNull()
  })

  it('suspends while its code loads, then shows the view', async () => {
    let arrive: (module: { default: typeof Greeting }) => void = () => {}
    const view = defineView<{ who: string }>({ id: 'slow', path: '/slow', load: () => new Promise((resolve) => { arrive = resolve }) })
    // Awaited: a component suspending on a promise of its own needs an awaited act.
    await act(async () => { render(<Suspense fallback={<p>Loading</p>}><view.Component params={{ who: 'Kepler' }} /></Suspense>) })
    expect(screen.getByText('Loading')).toBeTruthy()
    await act(async () => arrive({ default: Greeting }))
    expect(await screen.findByText('Hello, Kepler')).toBeTruthy()
  })
})
