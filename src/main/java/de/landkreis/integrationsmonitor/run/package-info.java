/**
 * How a run is started and what a person sees of it: the command line with its German usage, options and exit
 * codes, the console progress and summary.
 */
package de.landkreis.integrationsmonitor.run;
