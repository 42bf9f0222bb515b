/** Also the site's labels. */
export const EVENT_KIND_OPTIONS = [
  { value: 'webinar', label: { fr: 'Webinaire', en: 'Webinar' } },
  { value: 'facebook-live', label: { fr: 'Facebook Live', en: 'Facebook live' } },
  { value: 'conference', label: { fr: 'Conférence', en: 'Conference' } },
]
