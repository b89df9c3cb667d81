// Provided by vite.config.ts: imports RUNTIME_STYLESHEETS (src/render/stylesheets.ts) in cascade order.
declare module 'virtual:podium-stylesheets' {}
