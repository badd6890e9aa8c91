import { defineView, hrefTo } from '../../registry/view'

/** One project's page. */
export const projectView = defineView<{ id: string }>({
  id: 'project',
  path: '/projects/:id',
  parent: 'projects',
  load: () => import('./ProjectDetailView').then((m) => ({ default: m.ProjectDetailView })),
})

export const projectHref = (id: string): string => hrefTo(projectView, { id })

