// Where playwright.config.ts starts the two production servers (E2E_PORT moves both).
const port = Number(process.env.E2E_PORT ?? 3100);

/** The normal server. */
export const APP_URL = `http://127.0.0.1:${port}`;
/** The same build with its database file missing. */
export const BROKEN_URL = `http://127.0.0.1:${port + 1}`;
