/** Reference data (UN Member States, observer States, organisations and groups) and the resolver from a name as written to an entity. */
package org.rapporteur.reference;
