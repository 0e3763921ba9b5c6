import { base } from '@crn/config-eslint'

// The launcher is the one place that assembles environments for child processes.
export default [...base, { rules: { 'no-restricted-properties': 'off' } }]
