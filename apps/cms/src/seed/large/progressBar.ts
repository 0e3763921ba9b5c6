export type Progress = { tick: () => void; done: () => void }

/**
 * A progress bar on one terminal line (`label [#####.....] 1234/10000 85/s`), redrawn at most
 * ten times a second; without a terminal (CI logs) one line per 10 % instead. `alreadyDone`
 * starts it part-way (a run that continues an earlier one).
 */
export function progressBar(out: NodeJS.WriteStream, label: string, total: number, alreadyDone = 0): Progress {
  const started = Date.now()
  let count = alreadyDone
  let lastDraw = 0
  let lastTenth = -1
  const line = () => {
    const width = 30
    const filled = total === 0 ? width : Math.round((count / total) * width)
    const perSecond = Math.round((count - alreadyDone) / Math.max(0.001, (Date.now() - started) / 1000))
    return `${label.padEnd(18)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total} ${perSecond}/s`
  }
  const draw = (final: boolean) => {
    if (out.isTTY) {
      const now = Date.now()
      if (!final && now - lastDraw < 100) return
      lastDraw = now
      out.write(`\r${line()}${final ? '\n' : ''}`)
      return
    }
    const tenth = total === 0 || final ? 10 : Math.floor((count / total) * 10)
    if (tenth !== lastTenth) {
      lastTenth = tenth
      out.write(`${line()}\n`)
    }
  }
  return {
    tick: () => {
      count += 1
      draw(false)
    },
    done: () => draw(true),
  }
}
