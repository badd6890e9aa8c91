// The detail page's page object under its earlier name, for specs written against it.
export { ProjectDetailPage as ProjectPage } from './project-detail-page'
