export { anyone } from './anyone'
export { authenticated } from './authenticated'
export { authenticatedOrPublished } from './authenticatedOrPublished'
