import { describe, expect, it } from '@jest/globals'

import { visiblePages } from '@/components/Pagination'

describe('visiblePages', () => {
  it('shows every page when there are few', () => {
    expect(visiblePages(1, 3)).toEqual([1, 2, 3])
    expect(visiblePages(3, 5)).toEqual([1, 2, 3, 4, 5])
  })

  it('shows the first, the last and the neighbours of the current page, with gaps, however many pages there are', () => {
    expect(visiblePages(2, 1003)).toEqual([1, 2, 3, 4, null, 1003])
    expect(visiblePages(500, 1003)).toEqual([1, null, 498, 499, 500, 501, 502, null, 1003])
    expect(visiblePages(1003, 1003)).toEqual([1, null, 1001, 1002, 1003])
  })
})
