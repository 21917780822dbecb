/**
 * The rules of RETURNS.md §5 as plain Java: each received file is turned into section versions, each accepted or
 * rejected, with every finding located as a person sees it. Rules comparing a return with earlier ones ask
 * {@link de.landkreis.integrationsmonitor.validation.ReturnHistory}, which the store implements. The rule
 * catalogue ({@link de.landkreis.integrationsmonitor.validation.Rule} with its German texts) is the one source
 * for the checks, the messages and the printed list of rules.
 */
package de.landkreis.integrationsmonitor.validation;
