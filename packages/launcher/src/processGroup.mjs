/**
 * A server the launcher started as the leader of its own process group (`spawn(…, { detached: true })`),
 * so that stopping it also stops its children (next-server, nginx workers). Keeps the last lines of
 * its output for error messages, and echoes them with a `[label]` prefix unless quiet.
 * @param {import('node:child_process').ChildProcess} child
 * @param {{ label: string, quiet?: boolean, keepChunks?: number, stopSignal?: NodeJS.Signals, killAfterMs?: number }} options
 *   `stopSignal`: what asks the group to stop (nginx stops gracefully on SIGQUIT); after `killAfterMs` it gets SIGKILL.
 */
export function superviseProcessGroup(child, { label, quiet = false, keepChunks = 200, stopSignal = 'SIGTERM', killAfterMs = 5000 }) {
  const output = []
  const onData = (stream) => (chunk) => {
    const text = chunk.toString()
    output.push(text)
    if (output.length > keepChunks) output.shift()
    if (!quiet) for (const line of text.split('\n').filter(Boolean)) stream.write(`[${label}] ${line}\n`)
  }
  child.stdout?.on('data', onData(process.stdout))
  child.stderr?.on('data', onData(process.stderr))
  let exited = false
  child.on('exit', () => {
    exited = true
  })

  /** Signals the whole group; an ESRCH (already gone) is not an error. Returns false when it was gone. */
  const signalGroup = (signal) => {
    try {
      process.kill(-(/** @type {number} */ (child.pid)), signal)
      return true
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error)?.code !== 'ESRCH') throw error
      return false
    }
  }

  const stop = async () => {
    if (exited || child.pid === undefined) return
    const done = new Promise((resolve) => child.once('exit', resolve))
    if (!signalGroup(stopSignal)) return
    const timer = setTimeout(() => signalGroup('SIGKILL'), killAfterMs)
    await done
    clearTimeout(timer)
  }

  return { child, stop, output: () => output.join(''), isRunning: () => !exited }
}
