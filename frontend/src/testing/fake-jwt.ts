/** An unsigned JWT with the given payload (the web client never checks signatures; the backend does). */
export function fakeJwt(payload: object): string {
  const b64 = (s: string) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(s)))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
  return `${b64('{"alg":"none"}')}.${b64(JSON.stringify(payload))}.`;
}
