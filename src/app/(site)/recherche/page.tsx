import type { Metadata } from 'next'

import { searchProblems } from '@/feed/searchPieces'
import { search } from '@/site/data/queries'
import { SearchView } from '@/site/views/IndexViews'

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> }

// Answers depend on the query string: rendered for each request, never cached.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Rechercher', robots: { index: false } }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const q = first(params.q)
  const page = Number(first(params.page) || 1)
  if (!q.trim()) return <SearchView q="" hits={null} problem={null} />
  const problems = searchProblems(q, 20, page)
  if (problems.length)
    return (
      <SearchView
        q={q}
        hits={null}
        problem="Cette recherche n’est pas valable : 200 caractères au plus, avec des lettres ou des chiffres."
      />
    )
  return <SearchView q={q} hits={await search(q, page)} problem={null} />
}
