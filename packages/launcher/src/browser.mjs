// Finds the Chromium the browser tests drive (Debian's package), installing it with apt when
// running as root on a machine that has apt; otherwise fails with a clear message.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export function ensureChromium() {
  if (fs.existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const hasApt = fs.existsSync('/usr/bin/apt-get')
  if (!isRoot || !hasApt) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's chromium package ` +
        '(sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.',
    )
  }
  console.log('Installing Chromium from Debian (apt-get install chromium)…')
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`apt installed chromium but ${CHROMIUM_PATH} is missing`)
  return CHROMIUM_PATH
}
