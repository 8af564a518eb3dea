/**
 * The worker thread of the off-thread pool (bundled as `dist/worker.js`): the CPU-heavy halves of
 * `POST /v1/manifests/check` (reading manifests, writing answers) and of
 * `POST /v1/images/resolve-batch` (parsing a large batch), off the event loop, one task at a time,
 * within the pool's budget.
 */
import { distinctManifestImages } from '../shared/manifests';
import { serveTasks } from '../shared/off-thread';
import { batchAnswerBytes, batchItems } from './images/batch';
import { answerBytes } from './manifests/check';

serveTasks({
  answer: answerBytes,
  distinctImages: distinctManifestImages,
  imageBatchAnswer: batchAnswerBytes,
  imageBatchItems: batchItems,
});
