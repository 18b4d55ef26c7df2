/**
 * Assemblies and council meetings: convening, the attendance book, votes by the statute's rules, the
 * minutes book, and the approved resolutions other modules look up.
 */
import { defineMethods } from './define';

export const assembliesMethods = defineMethods({});
