import type { APIRoute } from 'astro';
import { getLedger } from '../../data/policy-ledger.ts';
import { getSiteIndex } from '../../data/site-index.ts';
import { policyJson } from '../../lib/policy/ledger-json.ts';

export const GET: APIRoute = async () => Response.json(policyJson(await getLedger(), (await getSiteIndex()).site));
