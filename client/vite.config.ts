import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const clientDir = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = 'http://localhost:3000';

/**
 * Puts the entry's stylesheet into index.html as a <style> element (the CSP allows inline styles,
 * not inline scripts). The first paint then waits for the page alone, not for a second request:
 * the header and the "loading" line of index.html show while the scripts download. Page chunks'
 * own stylesheets stay separate files. A disabled <link> to the same file stays in the page: it is
 * neither fetched nor applied, but tells Vite's chunk loader the styles are there, so the loader
 * does not add them again after a page's own stylesheet (which would undo that page's overrides).
 */
function inlineEntryStylesheet(): Plugin {
  return {
    name: 'inline-entry-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        return html.replace(
          /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g,
          (link, file: string) => {
            const asset = ctx.bundle?.[file];
            if (asset?.type !== 'asset' || typeof asset.source !== 'string') return link;
            return `<style>${asset.source}</style>\n    <link rel="stylesheet" href="/${file}" disabled>`;
          },
        );
      },
    },
  };
}

// The client lives in client/; it builds into ../dist/client, which the server serves in production.
export default defineConfig({
  root: clientDir,
  plugins: [react(), inlineEntryStylesheet()],
  resolve: {
    alias: { '@shared': fileURLToPath(new URL('../shared', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    // Host is left unchanged (no changeOrigin), so the server's Origin check accepts the dev origin.
    proxy: {
      '/api': { target: apiTarget },
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
});
