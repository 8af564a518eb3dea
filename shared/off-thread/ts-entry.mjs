// Loads a worker written in TypeScript when the service runs from its sources (tsx, vitest):
// tsx is a development dependency, and the bundle never uses this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
