/**
 * Spring Batch wiring of the nightly job: finds inputs, reads the changed ones into the store, retires removed ones
 * and writes the exports. Holds no business rules: each step adapts a domain class to the framework.
 */
package org.rapporteur.job;
