import { NotFoundContent } from '@/components/NotFoundContent.client'

/** The 404 page inside the locale's layout (header, menu and footer in the right language). */
export default function NotFound() {
  return <NotFoundContent />
}
