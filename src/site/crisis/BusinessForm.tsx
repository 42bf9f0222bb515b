'use client'

import { useState, type FormEvent } from 'react'

import {
  BUSINESS_CATEGORIES,
  BUSINESS_CATEGORY_LABELS,
  BUSINESS_SERVICE_LABELS,
  BUSINESS_SERVICES,
  DAY_LABELS,
  DAYS,
} from '../../lib/crisis/kinds'
import { newKey, pointOfPostalCode, postJson, type FieldErrors } from './api'
import { Field, Honeypot } from './Field'
import { boxAround, LocalMap, type Box, type LatLng } from './LocalMap'

/**
 * Registering an open business: the form, then the pin placed on a map of the commune (click, or
 * the arrow keys). The answer is "awaiting validation": the owner confirms by e-mail, the chamber
 * validates.
 */
export function BusinessForm() {
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [box, setBox] = useState<Box | null>(null)
  const [pin, setPin] = useState<LatLng | null>(null)
  const [key] = useState(newKey)

  const showMap = async (form: HTMLFormElement) => {
    const postalCode = (form.elements.namedItem('postalCode') as HTMLInputElement).value
    try {
      const point = await pointOfPostalCode(postalCode)
      setBox(boxAround(point))
      setPin(point)
      setErrors((e) => ({ ...e, postalCode: '' }))
    } catch (error) {
      setErrors((e) => ({ ...e, postalCode: (error as Error).message }))
    }
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const value = (name: string) => String(form.get(name) ?? '').trim()
    const body = {
      name: value('name'),
      category: value('category'),
      description: value('description'),
      address: value('address'),
      postalCode: value('postalCode'),
      city: value('city'),
      phone: value('phone'),
      website: value('website'),
      publicEmail: value('publicEmail'),
      ownerEmail: value('ownerEmail'),
      ownerName: value('ownerName'),
      fax: value('fax'),
      services: form.getAll('services').map(String),
      hours: Object.fromEntries(DAYS.map((day) => [day, value(`hours.${day}`)])),
      ...(pin ? { latitude: pin.latitude, longitude: pin.longitude } : {}),
    }
    const result = await postJson('/api/businesses/submit', body, { 'idempotency-key': key })
    setErrors(result.fields)
    setMessage({ ok: result.ok, text: result.message || (result.ok ? '' : 'Certains champs sont à corriger.') })
  }

  if (message?.ok)
    return (
      <p role="status" className="crisis-done" data-testid="form-done">
        {message.text}
      </p>
    )
  return (
    <form className="crisis-form" onSubmit={submit} noValidate data-testid="business-form">
      <h2>Inscrire mon commerce</h2>
      <Field name="name" label="Nom de l’établissement" error={errors.name}>
        {(p) => <input {...p} required maxLength={120} />}
      </Field>
      <Field name="category" label="Catégorie" error={errors.category}>
        {(p) => (
          <select {...p} required defaultValue="">
            <option value="" disabled>
              Choisir…
            </option>
            {BUSINESS_CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {BUSINESS_CATEGORY_LABELS[value].fr}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="description" label="Description (deux liens au plus)" error={errors.description}>
        {(p) => <textarea {...p} maxLength={1000} rows={3} />}
      </Field>
      <Field name="address" label="Adresse" error={errors.address}>
        {(p) => <input {...p} required />}
      </Field>
      <Field name="postalCode" label="Code postal" error={errors.postalCode}>
        {(p) => <input {...p} required inputMode="numeric" maxLength={5} />}
      </Field>
      <Field name="city" label="Commune" error={errors.city}>
        {(p) => <input {...p} required />}
      </Field>
      <p>
        <button type="button" onClick={(e) => showMap(e.currentTarget.form!)}>
          Placer mon commerce sur la carte
        </button>
      </p>
      {box && (
        <div className="crisis-pin">
          <p id="pin-help">
            Cliquez sur l’emplacement de votre commerce, ou déplacez le repère avec les flèches du clavier.
          </p>
          <LocalMap box={box} label="Carte de la commune : placez votre commerce" onPick={setPin} pin={pin} />
          {pin && (
            <p data-testid="pin-position">
              Position : {pin.latitude.toFixed(5)}, {pin.longitude.toFixed(5)}
            </p>
          )}
          {errors.latitude && (
            <p className="crisis-error" role="alert">
              {errors.latitude}
            </p>
          )}
        </div>
      )}
      <fieldset>
        <legend>Horaires d’ouverture</legend>
        {DAYS.map((day) => (
          <Field key={day} name={`hours.${day}`} label={DAY_LABELS[day]} error={errors[`hours.${day}`]}>
            {(p) => <input {...p} maxLength={80} placeholder="9h – 12h, 14h – 18h" />}
          </Field>
        ))}
      </fieldset>
      <fieldset>
        <legend>Services</legend>
        {BUSINESS_SERVICES.map((value) => (
          <label key={value} className="crisis-check">
            <input type="checkbox" name="services" value={value} /> {BUSINESS_SERVICE_LABELS[value].fr}
          </label>
        ))}
      </fieldset>
      <Field name="phone" label="Téléphone" error={errors.phone}>
        {(p) => <input {...p} type="tel" />}
      </Field>
      <Field name="website" label="Site web" error={errors.website}>
        {(p) => <input {...p} type="url" />}
      </Field>
      <Field name="publicEmail" label="E-mail public (facultatif)" error={errors.publicEmail}>
        {(p) => <input {...p} type="email" />}
      </Field>
      <fieldset>
        <legend>Vous (jamais publié)</legend>
        <Field
          name="ownerEmail"
          label="Votre e-mail : nous y envoyons le lien de confirmation"
          error={errors.ownerEmail}
        >
          {(p) => <input {...p} type="email" required />}
        </Field>
        <Field name="ownerName" label="Votre nom" error={errors.ownerName}>
          {(p) => <input {...p} />}
        </Field>
      </fieldset>
      <Honeypot />
      {message && !message.ok && (
        <p role="alert" className="crisis-error">
          {message.text}
        </p>
      )}
      <p>
        <button type="submit">Envoyer</button>
      </p>
    </form>
  )
}
