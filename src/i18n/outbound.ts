/** Why an outbound address (a destination, a file to fetch) is refused, in both languages. */
const en = {
  urlNotAbsolute: 'The destination is not a valid absolute URL (it should start with https://).',
  urlScheme: 'Only http: and https: destinations are allowed (got {{protocol}}).',
  urlCredentials:
    'The destination URL must not contain a user name or password; put credentials in the secret instead.',
  urlNoHost: 'The destination URL has no host name.',
  hostPrivate:
    '{{host}} is a loopback/private address; destinations must be public (set ALLOW_PRIVATE_DESTINATIONS=true to allow)',
  hostResolvesPrivate:
    '{{host}} resolves to {{address}}, a loopback/private address; destinations must be public (set ALLOW_PRIVATE_DESTINATIONS=true to allow)',
  hostRebound:
    '{{host}} now resolves to {{address}}, a loopback/private address; destinations must be public (set ALLOW_PRIVATE_DESTINATIONS=true to allow)',
  hostNoAddress: '{{host}} resolves to no address.',
  tooManyRedirects: '{{host}} redirects more than {{max}} times; giving up.',
}

export type OutboundMessage = keyof typeof en

const fr: Record<OutboundMessage, string> = {
  urlNotAbsolute: 'La destination n’est pas une URL absolue valide (elle doit commencer par https://).',
  urlScheme: 'Seules les destinations http: et https: sont acceptées (reçu : {{protocol}}).',
  urlCredentials:
    'L’URL de destination ne doit contenir ni nom d’utilisateur ni mot de passe : mettez les identifiants dans le secret.',
  urlNoHost: 'L’URL de destination n’a pas de nom d’hôte.',
  hostPrivate:
    '{{host}} est une adresse locale ou privée ; les destinations doivent être publiques (ALLOW_PRIVATE_DESTINATIONS=true pour les autoriser)',
  hostResolvesPrivate:
    '{{host}} pointe vers {{address}}, une adresse locale ou privée ; les destinations doivent être publiques (ALLOW_PRIVATE_DESTINATIONS=true pour les autoriser)',
  hostRebound:
    '{{host}} pointe maintenant vers {{address}}, une adresse locale ou privée ; les destinations doivent être publiques (ALLOW_PRIVATE_DESTINATIONS=true pour les autoriser)',
  hostNoAddress: '{{host}} ne pointe vers aucune adresse.',
  tooManyRedirects: '{{host}} redirige plus de {{max}} fois ; abandon.',
}

export const outbound = { en, fr }

/** A refusal of an outbound address: its message and what the message names. */
export type OutboundProblem = { key: OutboundMessage; vars?: Record<string, string | number> }

/** The refusal in English, for logs and delivery records, which are not read in a request's language. */
export const inEnglish = ({ key, vars = {} }: OutboundProblem): string =>
  en[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''))
