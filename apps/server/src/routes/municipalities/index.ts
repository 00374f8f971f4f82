import {
  ZAgsParams,
  ZMunicipalityDetail,
  ZMunicipalityList,
  ZMunicipalityListQuery,
} from '@asskomm/contracts';
import {
  ATTRIBUTIONS,
  type CoreContext,
  getMunicipality,
  listMunicipalities,
  updateMunicipality,
  ZMunicipalityUpdate,
} from '@asskomm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const GEMEINDE_SOURCES = [ATTRIBUTIONS.gemeinden!.text];

export const municipalityRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (app, { ctx }) => {
  app.get(
    '/',
    {
      config: { access: { permission: 'reference:read', ags: 'none' } },
      schema: {
        tags: ['Kommunen'],
        summary: 'Kommunen suchen und filtern',
        querystring: ZMunicipalityListQuery,
        response: { 200: ZMunicipalityList },
      },
    },
    async (request) => ({ ...(await listMunicipalities(ctx, request.query)), attribution: GEMEINDE_SOURCES }),
  );

  app.get(
    '/:ags',
    {
      config: { access: { permission: 'reference:read', ags: 'none' } },
      schema: {
        tags: ['Kommunen'],
        summary: 'Steckbrief einer Kommune',
        params: ZAgsParams,
        response: { 200: ZMunicipalityDetail },
      },
    },
    async (request) => ({
      ...(await getMunicipality(ctx, request.actor!, request.params.ags)),
      attribution: GEMEINDE_SOURCES,
    }),
  );

  app.patch(
    '/:ags',
    {
      config: { access: { permission: 'municipality:write', ags: 'param' } },
      schema: {
        tags: ['Kommunen'],
        summary: 'ASSKomm-Angaben einer Kommune ändern',
        params: ZAgsParams,
        body: ZMunicipalityUpdate,
        response: { 200: ZMunicipalityDetail },
      },
    },
    async (request) => {
      await updateMunicipality(ctx, request.actor!, request.params.ags, request.body);
      return {
        ...(await getMunicipality(ctx, request.actor!, request.params.ags)),
        attribution: GEMEINDE_SOURCES,
      };
    },
  );
};

export const municipalityInternalRoutes: FastifyPluginAsyncZod<{ ctx: CoreContext }> = async (
  app,
  { ctx },
) => {
  app.get(
    '/:ags/contacts',
    {
      config: { access: { permission: 'municipality:read-internal', ags: 'param' } },
      schema: { tags: ['Kommunen'], summary: 'Ansprechpersonen einer Kommune (intern)', params: ZAgsParams },
    },
    async (request) => ({
      items: (await getMunicipality(ctx, request.actor!, request.params.ags)).contacts ?? [],
    }),
  );
};
