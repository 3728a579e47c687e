// Real HTTP endpoints the test runner's dev server answers, for tests that need a server (content `src` URLs,
// the consult form). Everything a test asks for is recorded and can be read back from /__test__/requests.

/** Requests seen, newest last: method, path, headers and body text. */
const requests = [];

const readBody = (req) =>
  new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
  });

/** Koa middleware for @web/dev-server. */
export async function testEndpoints(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/__test__/')) return next();
  const route = url.pathname.slice('/__test__/'.length);

  if (route === 'requests') {
    if (ctx.method === 'DELETE') requests.length = 0;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(requests);
    return;
  }

  const body = ['POST', 'PUT', 'PATCH'].includes(ctx.method) ? await readBody(ctx.req) : '';
  requests.push({ method: ctx.method, path: url.pathname, query: url.search, headers: ctx.headers, body });

  // /__test__/json?body=<json text>  -> 200 application/json with that text
  // /__test__/status/<code>          -> that status, JSON body from ?body= when given
  // /__test__/text                   -> 200 text/html (not JSON)
  // /__test__/drop                  -> the connection is closed with no answer (a network error)
  // /__test__/hang                   -> never answers until the client gives up (closed after 60 s)
  if (route === 'json') {
    ctx.type = 'application/json';
    ctx.body = url.searchParams.get('body') ?? '{}';
  } else if (route.startsWith('status/')) {
    ctx.status = Number(route.slice('status/'.length));
    ctx.type = 'application/json';
    ctx.body = url.searchParams.get('body') ?? JSON.stringify({ status: ctx.status });
  } else if (route === 'text') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><p>Not JSON</p>';
  } else if (route === 'drop') {
    // A network failure as the browser sees it: the connection closes without an answer.
    ctx.req.socket.destroy();
    ctx.respond = false;
  } else if (route === 'hang') {
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 60_000);
      ctx.req.on('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    ctx.status = 504;
  } else {
    ctx.status = 404;
  }
}
