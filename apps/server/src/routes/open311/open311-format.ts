import { REMARK_CATEGORIES } from '@asskomm/contracts';
import type { PublicRemark } from '@asskomm/core';

// Mapping between the platform's remarks and Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2/).
// Pure functions, so the field names and formats of the spec are tested in one place.

/** GET services.json: one entry per remark category. No extra attributes, hence metadata false. */
export function open311Services() {
  return REMARK_CATEGORIES.map((c) => ({
    service_code: c.code,
    service_name: c.name,
    description: c.description,
    metadata: false,
    type: 'realtime',
    keywords: c.code,
    group: 'Sicherheit und Ordnung',
  }));
}

/** GET services/{code}.json: the definition of a service without custom attributes. */
export function open311ServiceDefinition(code: string) {
  return { service_code: code, attributes: [] as unknown[] };
}

/** eingegangen and in Bearbeitung are "open"; erledigt and abgelehnt are "closed". */
export function open311Status(status: PublicRemark['status']): 'open' | 'closed' {
  return status === 'erledigt' || status === 'abgelehnt' ? 'closed' : 'open';
}

export function internalStatuses(open311: string): PublicRemark['status'][] {
  return open311 === 'open'
    ? ['eingegangen', 'in_bearbeitung']
    : open311 === 'closed'
      ? ['erledigt', 'abgelehnt']
      : [];
}

/** ISO 8601 with the offset of Europe/Berlin is not needed by the spec; UTC with "Z" is valid W3C format. */
const w3c = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** One service request as the spec lists its fields. Personal data of the sender is never part of it. */
export function open311Request(remark: PublicRemark, mediaBaseUrl: string) {
  return {
    service_request_id: remark.publicId,
    status: open311Status(remark.status),
    status_notes: remark.statusNote,
    service_name: remark.categoryName,
    service_code: remark.category,
    description: remark.description,
    agency_responsible: remark.agencyResponsible,
    service_notice: null,
    requested_datetime: w3c(remark.requestedAt),
    updated_datetime: w3c(remark.updatedAt),
    expected_datetime: null,
    address: remark.addressString,
    address_id: null,
    zipcode: null,
    lat: remark.lat,
    long: remark.long,
    media_url: remark.hasPhoto
      ? `${mediaBaseUrl}/api/remarks/public/${remark.publicId}/photo`
      : remark.mediaUrl,
  };
}

/** The spec's error body: an array of { code, description }, code being the HTTP status. */
export function open311Errors(status: number, descriptions: string[]) {
  return descriptions.map((description) => ({ code: status, description }));
}
