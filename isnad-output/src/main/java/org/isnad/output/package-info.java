/**
 * Writers of a {@link org.isnad.core.model.Dossier}: {@code dossier.json} (the contract of
 * {@code ../shared/schema/dossier.schema.json}, schema id {@code isnad.dossier/1}) and a
 * self-contained right-to-left {@code dossier.html}.
 */
package org.isnad.output;
