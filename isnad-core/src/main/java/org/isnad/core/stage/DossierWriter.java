package org.isnad.core.stage;

import java.io.IOException;
import java.nio.file.Path;
import org.isnad.core.model.Dossier;

/** Writes a dossier into a folder (dossier.json, dossier.html, ...). Returns the file it wrote. */
public interface DossierWriter {
    Path write(Dossier dossier, Path outDir) throws IOException;
}
