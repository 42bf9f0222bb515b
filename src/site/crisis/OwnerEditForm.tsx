'use client'

import { useState, type FormEvent } from 'react'

import { ownerForm, type OwnerFormWord } from '../../i18n/ownerForm'
import {
  AID_CATEGORIES,
  AID_CATEGORY_LABELS,
  AID_KIND_LABELS,
  AID_KINDS,
  BUSINESS_CATEGORIES,
  BUSINESS_CATEGORY_LABELS,
  BUSINESS_SERVICE_LABELS,
  BUSINESS_SERVICES,
  DAY_LABELS,
  DAYS,
} from '../../lib/crisis/kinds'
import { postJson, type FieldErrors } from './api'
import { Field } from './Field'

// The site is French: the form's words come from the platform's translation table.
const say = (word: OwnerFormWord) => ownerForm.fr[word]

type Doc = Record<string, unknown>
type Input = { name: string; word: OwnerFormWord; kind?: 'text' | 'textarea' | 'url' | 'email' | 'tel'; max?: number }
type Choice = { name: string; word: OwnerFormWord; options: readonly string[]; labels: Record<string, { fr: string }> }

/** What the owner may change: the listing's public fields and its place, never the owner's e-mail (the link's). */
const BUSINESS: (Input | Choice)[] = [
  { name: 'name', word: 'ownerFormName', max: 120 },
  { name: 'category', word: 'ownerFormCategory', options: BUSINESS_CATEGORIES, labels: BUSINESS_CATEGORY_LABELS },
  { name: 'description', word: 'ownerFormDescription', kind: 'textarea', max: 1000 },
  { name: 'address', word: 'ownerFormAddress', max: 200 },
  { name: 'postalCode', word: 'ownerFormPostalCode', max: 5 },
  { name: 'city', word: 'ownerFormCity' },
  { name: 'phone', word: 'ownerFormPhone', kind: 'tel' },
  { name: 'website', word: 'ownerFormWebsite', kind: 'url' },
  { name: 'publicEmail', word: 'ownerFormPublicEmail', kind: 'email' },
]
const AID_POST: (Input | Choice)[] = [
  { name: 'kind', word: 'ownerFormKind', options: AID_KINDS, labels: AID_KIND_LABELS },
  { name: 'category', word: 'ownerFormCategory', options: AID_CATEGORIES, labels: AID_CATEGORY_LABELS },
  { name: 'title', word: 'ownerFormTitle', max: 120 },
  { name: 'description', word: 'ownerFormDescription', kind: 'textarea', max: 2000 },
  { name: 'quantity', word: 'ownerFormQuantity', max: 80 },
  { name: 'company', word: 'ownerFormCompany', max: 120 },
  { name: 'postalCode', word: 'ownerFormPostalCode', max: 5 },
  { name: 'city', word: 'ownerFormCity' },
]

const text = (value: unknown) => (typeof value === 'string' ? value : '')

function Input({ field, doc, error }: { field: Input | Choice; doc: Doc; error?: string }) {
  if ('options' in field)
    return (
      <Field name={field.name} label={say(field.word)} error={error}>
        {(p) => (
          <select {...p} defaultValue={text(doc[field.name])}>
            {field.options.map((value) => (
              <option key={value} value={value}>
                {field.labels[value].fr}
              </option>
            ))}
          </select>
        )}
      </Field>
    )
  return (
    <Field name={field.name} label={say(field.word)} error={error}>
      {(p) =>
        field.kind === 'textarea' ? (
          <textarea {...p} rows={4} maxLength={field.max} defaultValue={text(doc[field.name])} />
        ) : (
          <input {...p} type={field.kind ?? 'text'} maxLength={field.max} defaultValue={text(doc[field.name])} />
        )
      }
    </Field>
  )
}

/**
 * The owner's edit form on the signed-link page: the listing's fields, filled in, sent as the
 * `update` action. The listing goes back to the chamber's queue; a field the server refuses is
 * named beside it, in French.
 */
export function OwnerEditForm({
  collection,
  id,
  token,
  doc,
  onSaved,
}: {
  collection: 'businesses' | 'aid-posts'
  id: string
  token: string
  doc: Doc
  onSaved: (answer: Record<string, unknown>) => void
}) {
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const fields = collection === 'businesses' ? BUSINESS : AID_POST
  const hours = (doc.hours ?? {}) as Record<string, unknown>
  const services = Array.isArray(doc.services) ? (doc.services as string[]) : []

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const value = (name: string) => String(form.get(name) ?? '').trim()
    const body: Record<string, unknown> = Object.fromEntries(fields.map((field) => [field.name, value(field.name)]))
    if (collection === 'businesses') {
      body.services = form.getAll('services').map(String)
      body.hours = Object.fromEntries(DAYS.map((day) => [day, value(`hours.${day}`)]))
    }
    // A new place: the server puts the pin at the commune's centre instead of refusing the old one as too far.
    if (body.postalCode !== doc.postalCode || body.city !== doc.city)
      Object.assign(body, { latitude: null, longitude: null })
    const result = await postJson(`/api/${collection}/${encodeURIComponent(id)}/owner`, {
      ...body,
      token,
      action: 'update',
    })
    setErrors(result.fields)
    setMessage({ ok: result.ok, text: result.ok ? say('ownerFormSaved') : result.message || say('ownerFormInvalid') })
    if (result.ok) onSaved(result.body)
  }

  return (
    <form className="crisis-form" onSubmit={submit} noValidate data-testid="owner-edit-form">
      <h2>{say('ownerFormHeading')}</h2>
      <p>{say('ownerFormIntro')}</p>
      {fields.map((field) => (
        <Input key={field.name} field={field} doc={doc} error={errors[field.name]} />
      ))}
      <p className="crisis-hint">{say('ownerFormPlaceNote')}</p>
      {collection === 'businesses' && (
        <>
          <fieldset>
            <legend>{say('ownerFormServices')}</legend>
            {BUSINESS_SERVICES.map((service) => (
              <label key={service}>
                <input type="checkbox" name="services" value={service} defaultChecked={services.includes(service)} />{' '}
                {BUSINESS_SERVICE_LABELS[service].fr}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{say('ownerFormHours')}</legend>
            {DAYS.map((day) => (
              <Field key={day} name={`hours.${day}`} label={DAY_LABELS[day]} error={errors[`hours.${day}`]}>
                {(p) => <input {...p} maxLength={80} defaultValue={text(hours[day])} />}
              </Field>
            ))}
          </fieldset>
        </>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'crisis-done' : 'crisis-error'}>
          {message.text}
        </p>
      )}
      <button type="submit">{say('ownerFormSave')}</button>
    </form>
  )
}
