package io.newswire.app.cli;

import io.newswire.app.eval.LabelledSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How eval-clustering and train-stories read a labelled set: which field holds the gold event, which articles count. */
final class LabelledSetOptions {

    @Option(names = "--label-field", description = "Field holding the gold event (default: ${DEFAULT-VALUE}).")
    String labelField = "label";

    @Option(names = "--where", paramLabel = "FIELD=VALUE", description = "Only articles whose FIELD equals VALUE (repeatable).")
    List<String> where = new ArrayList<>();

    LabelledSet read(Path file) throws IOException {
        return LabelledSet.read(file, labelField, where);
    }
}
