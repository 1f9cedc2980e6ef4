// A real OpenID provider for the tests: oidc-provider (a certified implementation, npm
// devDependency) on a loopback address, with test users in groups.
//
//   node tests/api/oidc_provider.mjs        (settings from the environment, below)
//
// OP_PORT      port to listen on (127.0.0.1 only)
// OP_ISSUER    the issuer URL, e.g. http://localhost:PORT (another host name than the app's
//              127.0.0.1, so the redirect back to the app is cross-site, as in real life)
// OP_API       the audience of JWT access tokens for the review service's API
//
// It prints "ready <port>" on stdout once listening. Nothing here reaches beyond loopback.
//
// The tests steer it through /__test/* (loopback only, JSON bodies):
//   POST /__test/configure  {clients?, users?, tamper?, token_ttl?, token_delay_ms?}
//        clients: oidc-provider client metadata (replaces them all)
//        users: {login: {sub, groups, name?, email?}} (replaces them all)
//        tamper: true -> the token endpoint's id_token has its claims changed in transit
//                (groups made an admin's), its signature kept: a tampered token
//        token_ttl: seconds ID and access tokens live (default 600)
//        token_delay_ms: the token endpoint answers this much later (with a short token_ttl:
//                the tokens arrive already expired)
//   POST /__test/rotate     a new signing key first in the key set (the old one kept, so
//                           tokens already issued still verify): key rotation
//   GET  /__test/state      {kids, users}
import crypto from 'node:crypto';
import http from 'node:http';

import Provider, { errors } from 'oidc-provider';

const port = Number(process.env.OP_PORT);
const issuer = process.env.OP_ISSUER;
const API = process.env.OP_API || 'api://casework';
const OTHER_API = 'api://some-other-service';
if (!port || !issuer) {
  console.error('OP_PORT and OP_ISSUER are required');
  process.exit(2);
}

const state = { clients: [], users: {}, tamper: false, tokenTtl: 600, tokenDelayMs: 0, keys: [] };

function newKey() {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return { ...jwk, kid: `test-${crypto.randomBytes(6).toString('hex')}`, use: 'sig', alg: 'RS256' };
}
state.keys = [newKey()];

function accountBySub(sub) {
  const login = Object.keys(state.users).find((name) => state.users[name].sub === sub);
  if (!login) return undefined;
  const user = state.users[login];
  return {
    accountId: sub,
    async claims() {
      return {
        sub: user.sub,
        name: user.name || login,
        preferred_username: login,
        email: user.email || `${login}@example.test`,
        groups: user.groups || [],
      };
    },
  };
}

function build() {
  const provider = new Provider(issuer, {
    clients: state.clients,
    jwks: { keys: state.keys },
    cookies: { keys: ['casework-test-provider-cookie-key'] },
    // the account id (and so the subject) is the user's opaque id, not the login typed on the
    // sign-in page
    async findAccount(ctx, id) {
      return accountBySub(id);
    },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    claims: {
      openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email'],
      groups: ['groups'],
    },
    scopes: ['openid', 'profile', 'email', 'groups'],
    // claims asked for by scope go into the ID token too (as Entra ID and Keycloak do)
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    ttl: { AccessToken: () => state.tokenTtl, IdToken: () => state.tokenTtl, Interaction: 600,
      Session: 3600, Grant: 3600, AuthorizationCode: 60 },
    // a first-party client: no consent screen (everything asked for is granted)
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid profile email groups');
      grant.addOIDCClaims(['sub', 'name', 'preferred_username', 'email', 'groups']);
      grant.addResourceScope(API, 'api');
      grant.addResourceScope(OTHER_API, 'api');
      await grant.save();
      return grant;
    },
    async extraTokenClaims(ctx, token) {
      const account = accountBySub(token.accountId);
      if (!account) return undefined;
      const claims = await account.claims();
      return { groups: claims.groups, preferred_username: claims.preferred_username };
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: (ctx, client, oneOf) => oneOf || API,
        useGrantedResource: () => true,
        getResourceServerInfo(ctx, resource) {
          if (resource !== API && resource !== OTHER_API) throw new errors.InvalidTarget();
          return { scope: 'api', audience: resource, accessTokenTTL: state.tokenTtl,
            accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } };
        },
      },
    },
  });
  // tampering in transit: the token response's id_token gets an admin's groups, its signature
  // left as the provider made it
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path === '/token' && state.tokenDelayMs) {
      await new Promise((resolve) => { setTimeout(resolve, state.tokenDelayMs); });
    }
    if (state.tamper && ctx.path === '/token' && ctx.body && ctx.body.id_token) {
      const [header, payload, signature] = ctx.body.id_token.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      claims.groups = ['casework-admins'];
      const forged = Buffer.from(JSON.stringify(claims)).toString('base64url');
      ctx.body = { ...ctx.body, id_token: `${header}.${forged}.${signature}` };
    }
  });
  return provider;
}

let provider = build();
let handler = provider.callback();

function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

async function readJson(req) {
  const body = await readBody(req);
  return body ? JSON.parse(body) : {};
}

function reply(res, status, value) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

function escape(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// The provider's own sign-in page: a login name (any password); the account is the user's sub.
function signInPage(res, uid, message = '') {
  res.writeHead(message ? 401 : 200, { 'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store' });
  res.end(`<!DOCTYPE html><html lang="en"><head><title>Test provider: sign in</title></head>
<body><h1>Test provider: sign in</h1>${message ? `<p id="op-error">${escape(message)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}">
<label for="op-login">Login</label> <input id="op-login" name="login" autocomplete="off">
<label for="op-password">Password</label> <input id="op-password" name="password" type="password">
<button id="op-submit" type="submit">Sign in</button></form></body></html>`);
}

async function interaction(req, res, uid) {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name !== 'login') {
    // consent: everything asked for is granted (a first-party client)
    const grant = new provider.Grant({ accountId: details.session.accountId,
      clientId: details.params.client_id });
    const missing = details.prompt.details;
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes || {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: true });
    return;
  }
  if (req.method === 'GET') {
    signInPage(res, uid);
    return;
  }
  const form = new URLSearchParams(await readBody(req));
  const user = state.users[form.get('login') || ''];
  if (!user) {
    signInPage(res, uid, 'No such user');
    return;
  }
  await provider.interactionFinished(req, res, { login: { accountId: user.sub } },
    { mergeWithLastSubmission: false });
}

const server = http.createServer(async (req, res) => {
  const match = req.url.match(/^\/interaction\/([A-Za-z0-9_-]+)$/);
  if (match) {
    try {
      await interaction(req, res, match[1]);
    } catch (error) {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end(`interaction failed: ${error}`);
    }
    return;
  }
  if (!req.url.startsWith('/__test/')) {
    handler(req, res);
    return;
  }
  try {
    if (req.method === 'POST' && req.url === '/__test/configure') {
      const body = await readJson(req);
      let rebuild = false;
      if (body.clients) { state.clients = body.clients; rebuild = true; }
      if (body.users) state.users = body.users;
      if ('tamper' in body) state.tamper = Boolean(body.tamper);
      if ('token_ttl' in body) state.tokenTtl = Number(body.token_ttl) || 600;
      if ('token_delay_ms' in body) state.tokenDelayMs = Number(body.token_delay_ms) || 0;
      if (rebuild) { provider = build(); handler = provider.callback(); }
      reply(res, 200, { ok: true });
    } else if (req.method === 'POST' && req.url === '/__test/rotate') {
      state.keys = [newKey(), ...state.keys];
      provider = build();
      handler = provider.callback();
      reply(res, 200, { kids: state.keys.map((k) => k.kid) });
    } else if (req.method === 'GET' && req.url === '/__test/state') {
      reply(res, 200, { kids: state.keys.map((k) => k.kid), users: state.users });
    } else {
      reply(res, 404, { error: 'not_found' });
    }
  } catch (error) {
    reply(res, 400, { error: String(error) });
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`ready ${port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
