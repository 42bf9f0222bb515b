// autocannon ships no types; only what the benchmark uses.
declare module 'autocannon' {
  type Request = {
    method?: string
    path?: string
    body?: string
    headers?: Record<string, string>
    setupRequest?: (request: Request) => Request
  }
  type Options = { url: string; connections?: number; duration?: number; requests?: Request[] }
  type Result = { errors: number; timeouts: number; non2xx: number }
  type Instance = PromiseLike<Result> & {
    on: (
      event: 'response',
      listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void,
    ) => void
  }
  export default function autocannon(options: Options): Instance
}
