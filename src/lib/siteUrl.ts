/** The platform's own address: SERVER_URL, else this process's port on localhost. */
export const serverUrl = (env: NodeJS.ProcessEnv = process.env) =>
  (env.SERVER_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/$/, '')

/** Where readers find the pages: SITE_URL, else the reference site this platform serves itself. */
export const siteUrl = (env: NodeJS.ProcessEnv = process.env) => (env.SITE_URL || serverUrl(env)).replace(/\/$/, '')
