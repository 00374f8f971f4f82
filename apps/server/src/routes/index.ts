import type { CoreContext } from '@asskomm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authRoutes } from './auth/index';
import { fundingRoutes } from './funding/index';
import { jobRoutes } from './jobs/index';
import { kennzahlenRoutes } from './kennzahlen/index';
import { municipalityInternalRoutes, municipalityRoutes } from './municipalities/index';
import { networkRoutes } from './network/index';
import { open311Routes } from './open311/index';
import { pksRoutes } from './pks/index';
import { platformRoutes } from './platform/index';
import { projectRoutes } from './projects/index';
import { referenceRoutes } from './reference/index';
import { remarkRoutes } from './remarks/index';
import { reportRoutes } from './reports/index';
import { settingsRoutes } from './settings/index';
import { surveyRoutes } from './surveys/index';
import { publicSurveyRoutes } from './surveys/public';
import { surveyResultRoutes } from './surveys/results';
import { publicTrainingRoutes, trainingRoutes } from './training/index';
import { userRoutes } from './users/index';

export interface ApiModule {
  prefix: string;
  plugin: FastifyPluginAsyncZod<{ ctx: CoreContext }>;
}

/** Every API module, mounted under /api + prefix. A new module adds one line here. */
export const API_MODULES: ApiModule[] = [
  { prefix: '', plugin: platformRoutes },
  { prefix: '/auth', plugin: authRoutes },
  { prefix: '/municipalities', plugin: municipalityRoutes },
  { prefix: '/municipalities', plugin: municipalityInternalRoutes },
  { prefix: '', plugin: referenceRoutes },
  { prefix: '', plugin: userRoutes },
  { prefix: '', plugin: settingsRoutes },
  { prefix: '/surveys', plugin: surveyRoutes },
  { prefix: '/surveys', plugin: surveyResultRoutes },
  { prefix: '/public/survey', plugin: publicSurveyRoutes },
  { prefix: '/pks', plugin: pksRoutes },
  { prefix: '/network', plugin: networkRoutes },
  { prefix: '/remarks', plugin: remarkRoutes },
  { prefix: '/reports', plugin: reportRoutes },
  { prefix: '/open311/v2', plugin: open311Routes },
  { prefix: '/training', plugin: trainingRoutes },
  { prefix: '/public/training', plugin: publicTrainingRoutes },
  { prefix: '', plugin: kennzahlenRoutes },
  { prefix: '/jobs', plugin: jobRoutes },
  { prefix: '/projects', plugin: projectRoutes },
  { prefix: '/funding', plugin: fundingRoutes },
];
