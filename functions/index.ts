/**
 * Cloud Functions entry (`npm run start:function`, target `api`): the same app as the Cloud Run
 * entry, served through @google-cloud/functions-framework.
 */
import { composeFromEnvironment } from './composition';
import { registerFunction } from './functions-framework-bridge';

registerFunction('api', composeFromEnvironment().app);
