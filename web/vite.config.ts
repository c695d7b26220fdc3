import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// VITE_STACK picks the emulator ports baked into the bundle: "dev" (npm start), "test" (npm test), or
// "production" (real Firebase project from VITE_FIREBASE_* variables).
export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 14173, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
});
