'use client'

import { useEffect, useState, type FormEvent } from 'react'

import { AID_CATEGORIES, AID_CATEGORY_LABELS, AID_KIND_LABELS, AID_KINDS } from '../../lib/crisis/kinds'
import { getJson, newKey, postJson, type FieldErrors } from './api'
import { Field, Honeypot } from './Field'

type Post = {
  id: number
  kind: string
  category: string
  title: string
  description: string
  quantity: string | null
  company: string
  city: string
  departmentCode: string
}

function ContactForm({ post }: { post: Post }) {
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const body = Object.fromEntries(
      ['name', 'company', 'email', 'message', 'fax'].map((name) => [name, String(form.get(name) ?? '')]),
    )
    const result = await postJson(`/api/aid-posts/${post.id}/contact`, body)
    setErrors(result.fields)
    setMessage({ ok: result.ok, text: result.message || 'Certains champs sont à corriger.' })
  }
  if (message?.ok) return <p role="status">{message.text}</p>
  return (
    <form onSubmit={submit} noValidate className="crisis-form crisis-form--contact">
      <Field name={`name-${post.id}`} label="Votre nom" error={errors.name}>
        {(p) => <input {...p} name="name" />}
      </Field>
      <Field name={`company-${post.id}`} label="Votre entreprise" error={errors.company}>
        {(p) => <input {...p} name="company" />}
      </Field>
      <Field name={`email-${post.id}`} label="Votre e-mail (transmis à l’annonceur seulement)" error={errors.email}>
        {(p) => <input {...p} name="email" type="email" />}
      </Field>
      <Field name={`message-${post.id}`} label="Votre message" error={errors.message}>
        {(p) => <textarea {...p} name="message" rows={3} />}
      </Field>
      <Honeypot />
      {message && (
        <p role="alert" className="crisis-error">
          {message.text}
        </p>
      )}
      <button type="submit">Envoyer le message</button>
    </form>
  )
}

/** The exchange: filters, the posts (each with its contact form), and the form to post one. */
export function AidExchange() {
  const [kind, setKind] = useState('')
  const [category, setCategory] = useState('')
  const [department, setDepartment] = useState('')
  const [posts, setPosts] = useState<Post[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    const query = new URLSearchParams(Object.entries({ kind, category, department }).filter(([, v]) => v))
    getJson<{ docs: Post[] }>(`/api/aid-posts/public?${query}`).then(
      (body) => setPosts(body.docs),
      (e: Error) => setError(e.message),
    )
  }, [kind, category, department])
  return (
    <>
      <section aria-labelledby="aid-list">
        <h2 id="aid-list">Les annonces</h2>
        <form className="crisis-filters" onSubmit={(e) => e.preventDefault()}>
          <label>
            Type{' '}
            <select value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="">Offres et demandes</option>
              {AID_KINDS.map((v) => (
                <option key={v} value={v}>
                  {AID_KIND_LABELS[v].fr}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            Catégorie{' '}
            <select value={category} onChange={(e) => setCategory(e.target.value)}>
              <option value="">Toutes</option>
              {AID_CATEGORIES.map((v) => (
                <option key={v} value={v}>
                  {AID_CATEGORY_LABELS[v].fr}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            Département{' '}
            <input
              value={department}
              onChange={(e) => setDepartment(e.target.value.toUpperCase())}
              maxLength={3}
              size={4}
            />
          </label>
        </form>
        {error && (
          <p role="alert" className="crisis-error">
            {error}
          </p>
        )}
        <div aria-live="polite">
          {posts && posts.length === 0 && <p>Aucune annonce ouverte avec ces critères.</p>}
          <ul className="crisis-posts">
            {posts?.map((post) => (
              <li key={post.id} className="crisis-post">
                <h3>
                  {AID_KIND_LABELS[post.kind as 'offer']?.fr} · {post.title}
                </h3>
                <p>
                  {post.company} — {post.city} ({post.departmentCode}) ·{' '}
                  {AID_CATEGORY_LABELS[post.category as 'epi']?.fr}
                  {post.quantity ? ` · ${post.quantity}` : ''}
                </p>
                <p className="crisis-post__text">{post.description}</p>
                <details>
                  <summary>Contacter l’annonceur</summary>
                  <ContactForm post={post} />
                </details>
              </li>
            ))}
          </ul>
        </div>
      </section>
      <AidPostForm />
    </>
  )
}

function AidPostForm() {
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [key] = useState(newKey)
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const body = Object.fromEntries(
      [
        'kind',
        'category',
        'title',
        'description',
        'quantity',
        'company',
        'postalCode',
        'city',
        'ownerEmail',
        'ownerName',
        'fax',
      ].map((name) => [name, String(form.get(name) ?? '').trim()]),
    )
    const result = await postJson('/api/aid-posts/submit', body, { 'idempotency-key': key })
    setErrors(result.fields)
    setMessage({ ok: result.ok, text: result.message || 'Certains champs sont à corriger.' })
  }
  if (message?.ok)
    return (
      <p role="status" className="crisis-done">
        {message.text}
      </p>
    )
  return (
    <form className="crisis-form" onSubmit={submit} noValidate>
      <h2>Publier une offre ou une demande</h2>
      <Field name="kind" label="Type" error={errors.kind}>
        {(p) => (
          <select {...p}>
            {AID_KINDS.map((v) => (
              <option key={v} value={v}>
                {AID_KIND_LABELS[v].fr}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="category" label="Catégorie" error={errors.category}>
        {(p) => (
          <select {...p}>
            {AID_CATEGORIES.map((v) => (
              <option key={v} value={v}>
                {AID_CATEGORY_LABELS[v].fr}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="title" label="Titre" error={errors.title}>
        {(p) => <input {...p} maxLength={120} />}
      </Field>
      <Field name="description" label="Description (deux liens au plus)" error={errors.description}>
        {(p) => <textarea {...p} rows={4} maxLength={2000} />}
      </Field>
      <Field name="quantity" label="Quantité" error={errors.quantity}>
        {(p) => <input {...p} maxLength={80} />}
      </Field>
      <Field name="company" label="Entreprise" error={errors.company}>
        {(p) => <input {...p} maxLength={120} />}
      </Field>
      <Field name="postalCode" label="Code postal" error={errors.postalCode}>
        {(p) => <input {...p} inputMode="numeric" maxLength={5} />}
      </Field>
      <Field name="city" label="Commune" error={errors.city}>
        {(p) => <input {...p} />}
      </Field>
      <Field name="ownerEmail" label="Votre e-mail (jamais publié)" error={errors.ownerEmail}>
        {(p) => <input {...p} type="email" />}
      </Field>
      <Field name="ownerName" label="Votre nom" error={errors.ownerName}>
        {(p) => <input {...p} />}
      </Field>
      <Honeypot />
      {message && (
        <p role="alert" className="crisis-error">
          {message.text}
        </p>
      )}
      <button type="submit">Publier</button>
    </form>
  )
}
