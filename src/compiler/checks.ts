// The graph checks every compile runs after the basic ones. Plain-language and
// structural checks register here, so flows:check, the server and the tests
// all apply the same rules.

import { plainLanguageCheck } from './plain-language.js';
import { rolesCheck } from './roles.js';
import { structureCheck } from './structure.js';
import type { GraphCheck } from './types.js';

export const defaultChecks: GraphCheck[] = [plainLanguageCheck, structureCheck, rolesCheck];
