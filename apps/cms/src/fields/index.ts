export { bodyField, lastUpdatedField, leadField, titleField } from './contentFields'
export { seedKeyField } from './seedKeyField'
export { slugField } from './slugField'
export { sourceGroup, sourcesField } from './sourceFields'
