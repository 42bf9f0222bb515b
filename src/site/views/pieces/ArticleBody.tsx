import type { Article, Faq } from '../../../payload-types'
import { sitePath } from '../../../lib/sitePaths'
import { RichText } from '../../richText'
import { HeroImage } from '../parts'
import { Links, populated } from './links'

export function ArticleBody({ doc }: { doc: Article }) {
  const faqs = populated<Faq>(doc.relatedFaqs)
  const names = (doc.byline ?? []).map((b) => b.name).filter(Boolean)
  return (
    <>
      {doc.standfirst ? <p className="standfirst">{doc.standfirst}</p> : null}
      {names.length ? <p className="byline">Par {names.join(', ')}</p> : null}
      <HeroImage media={doc.heroImage} />
      <RichText content={doc.body} />
      <Links title="Sources" links={doc.sources} />
      {faqs.length ? (
        <section className="related-faq">
          <h2>Questions liées</h2>
          {faqs.map((faq) => (
            <details key={faq.id}>
              <summary>{faq.question}</summary>
              <RichText content={faq.answer} />
              {faq.slug ? <a href={sitePath('faqs', faq.slug)}>Voir la réponse complète</a> : null}
            </details>
          ))}
        </section>
      ) : null}
    </>
  )
}
