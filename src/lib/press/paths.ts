/** The press room on the public site: `/presse` lists the releases, `/presse/<slug>` shows one. */
export const PRESS_SECTION = 'presse'

export const pressReleasePath = (slug: string) => `/${PRESS_SECTION}/${slug}`
