/** Linguistic annotation with Stanford CoreNLP, the only module that imports it. */
@NullMarked
package org.attache.nlp;

import org.jspecify.annotations.NullMarked;
