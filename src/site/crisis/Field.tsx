import type { ReactNode } from 'react'

/** A labelled form field with its error beside it (and tied to it for screen readers). */
export function Field({
  name,
  label,
  error,
  children,
}: {
  name: string
  label: string
  error?: string
  children: (props: { id: string; name: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode
}) {
  const id = `f-${name.replace(/\W/g, '-')}`
  return (
    <p className="crisis-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, name, 'aria-invalid': Boolean(error), ...(error ? { 'aria-describedby': `${id}-error` } : {}) })}
      {error && (
        <span id={`${id}-error`} className="crisis-error" role="alert">
          {error}
        </span>
      )}
    </p>
  )
}

/** The field no person fills in, hidden from sight and from assistive technology. */
export function Honeypot() {
  return (
    <p className="crisis-honeypot" aria-hidden="true">
      <label>
        Fax <input name="fax" tabIndex={-1} autoComplete="off" />
      </label>
    </p>
  )
}
