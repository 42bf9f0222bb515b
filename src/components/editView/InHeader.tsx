/** A field the document's header shows instead of the form (the review step). */
export function InHeader() {
  return null
}
