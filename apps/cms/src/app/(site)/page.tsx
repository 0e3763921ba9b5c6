import { redirect } from 'next/navigation'

/** The CMS has no public pages of its own: its root leads editors to the admin. */
export default function CmsRoot(): never {
  redirect('/admin')
}
