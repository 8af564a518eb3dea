/**
 * Worker thread of `POST /v1/manifests/check` (bundled as `dist/manifest-check-worker.js`): reads
 * manifests and writes answers off the event loop, one task at a time, within the pool's budget.
 */
import { distinctManifestImages } from '../../shared/manifests';
import { serveTasks } from '../../shared/off-thread';
import { answerBytes } from './check';

serveTasks({ answer: answerBytes, distinctImages: distinctManifestImages });
