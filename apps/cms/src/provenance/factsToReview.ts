import type { PayloadRequest, Where } from 'payload'

/** Why a figure needs an editor: its review date has passed, its source gives no date, or it cites no source. */
export type FactProblem = 'overdue' | 'undated' | 'unsourced'

export type FactToReview = {
  collection: FigureCollection
  id: number | string
  title: string
  problems: FactProblem[]
  /** When the newest of its problems arose: the review date for an overdue figure, else its last change. */
  problemSince: string
  reviewBy: string | null
}

/** Collections whose documents carry figures with provenance, and where the provenance fields sit. */
const FIGURE_COLLECTIONS = {
  'key-figures': { prefix: '', dated: false },
  'biobank-facts': { prefix: '', dated: true },
  'screening-programmes': { prefix: 'figures.', dated: true },
} as const
export type FigureCollection = keyof typeof FIGURE_COLLECTIONS

type ProvenanceValues = { source?: unknown; dateKind?: string | null; asOfDate?: string | null; reviewBy?: string | null }
type FigureDocument = ProvenanceValues & { id: number | string; title?: string | null; updatedAt: string; figures?: ProvenanceValues | null }

/** The problems of one figure's provenance on `now`. */
export function provenanceProblems(values: ProvenanceValues, { dated, now }: { dated: boolean; now: Date }): FactProblem[] {
  const problems: FactProblem[] = []
  if (values.reviewBy && new Date(values.reviewBy).getTime() < now.getTime()) problems.push('overdue')
  if (dated && (values.dateKind === 'not-stated' || !values.asOfDate)) problems.push('undated')
  if (values.source === null || values.source === undefined || values.source === '') problems.push('unsourced')
  return problems
}

/**
 * Figures that are overdue for review, undated or unsourced, across the figure collections,
 * newest problem first. Reads the latest version (drafts included) with the caller's access:
 * it is the editors' work list, not a public view.
 */
export async function findFactsToReview(req: PayloadRequest, now = new Date()): Promise<FactToReview[]> {
  const found = await Promise.all(
    (Object.keys(FIGURE_COLLECTIONS) as FigureCollection[]).map(async (collection) => {
      const { prefix, dated } = FIGURE_COLLECTIONS[collection]
      const or: Where[] = [{ [`${prefix}reviewBy`]: { less_than: now.toISOString() } }, { [`${prefix}source`]: { exists: false } }]
      if (dated) or.push({ [`${prefix}dateKind`]: { equals: 'not-stated' } }, { [`${prefix}asOfDate`]: { exists: false } })
      const result = await req.payload.find({
        collection,
        where: { or },
        draft: true,
        depth: 0,
        pagination: false,
        overrideAccess: false,
        user: req.user,
        req,
      })
      return (result.docs as unknown as FigureDocument[]).flatMap((doc): FactToReview[] => {
        const values = prefix ? (doc.figures ?? {}) : doc
        const problems = provenanceProblems(values, { dated, now })
        if (problems.length === 0) return []
        const problemSince = newestProblemDate(values.reviewBy, doc.updatedAt, problems)
        return [{ collection, id: doc.id, title: doc.title ?? String(doc.id), problems, problemSince, reviewBy: values.reviewBy ?? null }]
      })
    }),
  )
  return found.flat().sort((a, b) => b.problemSince.localeCompare(a.problemSince))
}

/**
 * The newest date at which one of the problems arose: an overdue figure became a problem on
 * its review date; an undated or unsourced one when it was last saved that way.
 */
function newestProblemDate(reviewBy: string | null | undefined, updatedAt: string, problems: FactProblem[]): string {
  const dates: string[] = []
  if (problems.includes('overdue') && reviewBy) dates.push(new Date(reviewBy).toISOString())
  if (problems.includes('undated') || problems.includes('unsourced')) dates.push(new Date(updatedAt).toISOString())
  return dates.sort().at(-1) ?? new Date(updatedAt).toISOString()
}
