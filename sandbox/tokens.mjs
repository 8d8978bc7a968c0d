// Embed tokens signed the way a merchant backend signs them (docs/embed-token-and-timeline.md).
import { createHmac } from "node:crypto";

const b64u = (b) => Buffer.from(b).toString("base64url");

/** Signs {v, o, n, org, exp} with the embed secret. */
export function signToken(payload, secret) {
  const body = b64u(JSON.stringify({ v: 1, ...payload }));
  return `${body}.${b64u(createHmac("sha256", secret).update(body).digest())}`;
}

/** The local development secret (never used outside the sandbox). */
export const DEV_EMBED_SECRET = "dev-embed-secret-not-for-production";
export const DEV_MERCHANT_KEY = "dev-merchant-key-not-for-production";
