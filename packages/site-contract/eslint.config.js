import { base } from '@crn/config-eslint'

export default base
