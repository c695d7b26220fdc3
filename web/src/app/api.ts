// Callable functions: the request is checked with the shared zod schema before it leaves (Dutch messages),
// the response is parsed with it on the way back (domain/src/api.ts is the contract).
import { httpsCallable } from 'firebase/functions';
import type { z } from 'zod';
import { api, type ApiName, type ApiRequest, type ApiResponse } from '@praktijkvolg/domain/api';
import { functions } from './functions';

export async function callApi<N extends ApiName>(name: N, request: ApiRequest<N>): Promise<ApiResponse<N>> {
  const contract = api[name];
  const body = (contract.request as z.ZodType).parse(request);
  const result = await httpsCallable(functions, name)(body);
  return (contract.response as unknown as z.ZodType<ApiResponse<N>>).parse(result.data);
}
