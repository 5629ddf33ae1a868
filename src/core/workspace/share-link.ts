import LZString from 'lz-string';
import * as z from 'zod/mini';
import { chartProfileIds } from '@/core/chart/chart-profile.ts';
import { shareFragmentPattern, withoutHash } from './location-fragment.ts';
import { describeStrippedSecret, stripSecrets } from './strip-secrets.ts';
import type { Workspace } from './workspace-schema.ts';
import { workspaceUiSchema } from './workspace-schema.ts';

/**
 * Longest share URL we hand out. Browsers accept far longer URLs, but chat tools, mail clients
 * and some proxies truncate or refuse URLs beyond a few thousand characters, and a cut link is
 * useless. Past this the UI suggests the bundle download instead.
 */
export const maxShareUrlLength = 8000;

/** The link format written today; `decodeShareLink` keeps reading every older one. */
export const shareLinkVersion = 1;

/** What a v1 link holds. The id and time are the receiver's business, so they are not shared. */
const sharePayloadV1Schema = z.object({
  name: z.optional(z.string()),
  valuesText: z.string(),
  profile: z.literal(chartProfileIds),
  operatorSettingsText: z.string(),
  scenario: z.optional(z.unknown()),
  ui: z.optional(workspaceUiSchema),
  /** Descriptions of the secrets left out, so the receiver is told. */
  strippedSecrets: z.optional(z.array(z.string())),
});

type SharePayloadV1 = z.infer<typeof sharePayloadV1Schema>;

export type SharedWorkspace = Pick<
  Workspace,
  'name' | 'valuesText' | 'profile' | 'operatorSettingsText' | 'scenario' | 'ui'
>;

export interface EncodedShareLink {
  /** `#v1.<data>`, ready to append to the page URL or assign to `location.hash`. */
  fragment: string;
  /** Descriptions of the secrets replaced by `""` (empty when `includeSecrets`). */
  strippedSecrets: string[];
  /** Length of the whole URL (base URL + fragment). */
  length: number;
  tooLong: boolean;
}

export type DecodedShareLink =
  | { ok: true; workspace: Partial<Workspace>; version: number; strippedSecrets: string[] }
  | { ok: false; message: string };

/**
 * Encodes a workspace as a URL fragment. Secrets are replaced by `""` unless `includeSecrets`;
 * the link records which ones, so whoever opens it is told. `baseUrl` (the page URL without a
 * fragment) only counts towards the length.
 */
export function encodeShareLink(
  workspace: SharedWorkspace,
  options: { includeSecrets: boolean; baseUrl?: string },
): EncodedShareLink {
  const { workspace: shared, strippedPaths } = options.includeSecrets
    ? { workspace, strippedPaths: [] }
    : stripSecrets(workspace);
  const strippedSecrets = strippedPaths.map(describeStrippedSecret);
  const payload: SharePayloadV1 = {
    name: shared.name,
    valuesText: shared.valuesText,
    profile: shared.profile,
    operatorSettingsText: shared.operatorSettingsText,
    ...(shared.scenario === undefined ? {} : { scenario: shared.scenario }),
    ...(shared.ui === undefined ? {} : { ui: shared.ui }),
    ...(strippedSecrets.length === 0 ? {} : { strippedSecrets }),
  };
  const fragment = `#v${shareLinkVersion}.${LZString.compressToEncodedURIComponent(JSON.stringify(payload))}`;
  const length = (options.baseUrl ?? '').length + fragment.length;
  return { fragment, strippedSecrets, length, tooLong: length > maxShareUrlLength };
}

const damaged =
  'This share link is damaged or was cut short, so nothing was opened. Ask for the link again, or for the downloaded bundle.';

function decodeVersion1(data: string): DecodedShareLink {
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(data);
  } catch {
    json = null;
  }
  if (json === null || json === '') return { ok: false, message: damaged };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, message: damaged };
  }
  const parsed = sharePayloadV1Schema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: damaged };
  const { strippedSecrets = [], name, scenario, ui, ...texts } = parsed.data;
  const workspace: Partial<Workspace> = {
    ...texts,
    ...(name === undefined ? {} : { name }),
    ...(scenario === undefined ? {} : { scenario }),
    ...(ui === undefined ? {} : { ui }),
  };
  return { ok: true, workspace, version: 1, strippedSecrets };
}

/** Decodes `#v<N>.<data>` (with or without `#`). Never throws: a bad link gives a message. */
export function decodeShareLink(fragment: string): DecodedShareLink {
  const match = shareFragmentPattern.exec(withoutHash(fragment));
  if (match === null) return { ok: false, message: 'This is not an Actor Studio share link.' };
  const version = Number(match[1]);
  const data = match[2] ?? '';
  // One case per link version ever written: old links must keep opening.
  switch (version) {
    case 1:
      return decodeVersion1(data);
    default:
      return {
        ok: false,
        message:
          version > shareLinkVersion
            ? `This link was made by a newer version of Actor Studio (link format v${version}; this one opens up to v${shareLinkVersion}). Open it in the current studio.`
            : `This link uses an unknown format (v${version}), so nothing was opened.`,
      };
  }
}
