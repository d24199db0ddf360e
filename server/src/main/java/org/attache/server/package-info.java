/**
 * The analyst's desk: a JSON REST API over the {@link org.attache.store.Store} and the web UI that uses it, served
 * by Javalin. {@link org.attache.server.AttacheServer} is the entry point; the only module importing Javalin.
 */
@NullMarked
package org.attache.server;

import org.jspecify.annotations.NullMarked;
