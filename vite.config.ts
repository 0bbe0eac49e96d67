import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Builds the renderer into dist/renderer with relative asset paths, so the same files
// load from file:// in Electron and from the loopback web host.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    // One bundle loaded from disk (or loopback) at start; the bench tracks its gzipped size.
    chunkSizeWarningLimit: 1024,
  },
});
