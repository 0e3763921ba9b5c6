// Runs a command with inherited output and resolves with its exit code.
import { spawn } from 'node:child_process'

import { repoRoot } from './servers.mjs'

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string,string> }} [options]
 * @returns {Promise<number>}
 */
export function run(command, args, { cwd = repoRoot, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/** Prints a progress step. */
export const step = (message) => console.log(`\n\u001b[1m▶ ${message}\u001b[0m`)
