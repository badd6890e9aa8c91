import { defineFeature } from '../../registry/feature'
import { CompareTray } from './CompareTray'
import { compareView } from './views'

export const feature = defineFeature({
  id: 'compare',
  views: [compareView],
  shell: [{ slot: 'bottom', order: 10, component: CompareTray }],
})
