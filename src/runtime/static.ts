// The static site's runtime entry (vite.config.ts): the cascade's runtime stylesheets, bundled into
// podium.css in the order src/render/stylesheets.ts lists them, then the client. The dev server links
// the same sheets itself (src/vite/server-paths.ts), so client.ts imports no CSS.
import 'virtual:podium-stylesheets';

export * from './client.ts';
