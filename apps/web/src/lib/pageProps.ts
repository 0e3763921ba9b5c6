/** Route props as Next passes them (params and searchParams are promises in the App Router). */
export interface RouteProps<TParams extends Record<string, string | string[]>> {
  params: Promise<TParams>
}

export interface SearchRouteProps<TParams extends Record<string, string | string[]>> extends RouteProps<TParams> {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export type LocaleParams = { locale: string }
