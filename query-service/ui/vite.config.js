import {defineConfig} from 'vite';
import {fileURLToPath} from 'node:url';

// Built into query-service's classes, where Quarkus serves META-INF/resources at /.
export default defineConfig({
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../target/classes/META-INF/resources', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    reportCompressedSize: false,
  },
  server: {
    // `npm run dev` against a running query-service (deploy/run): the API and the upload relay.
    proxy: {'/api': 'http://127.0.0.1:8083', '/ingest': 'http://127.0.0.1:8083'},
    fs: {allow: ['..', '../../nlp-service/engine/src/main/resources']},
  },
  test: {
    environment: 'node',
  },
});
