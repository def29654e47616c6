package io.newswire.app.cli;

import io.newswire.app.eval.NerDocuments;
import io.newswire.app.eval.NerScore;
import io.newswire.streams.enrich.Gazetteer;
import io.newswire.streams.enrich.NameTagger;
import io.newswire.streams.enrich.NameTaggerTrainer;
import io.newswire.streams.enrich.WordStats;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = {"Train the learned name tagger of one language from a labelled named-entity set (the eval-ner format)",
                "and write the model that the enrichment chain loads from ner/xx.model.gz.",
                "Train only on sets whose licence lets the model ship, and never on the part you report on: use --split."})
public final class TrainNerCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.jsonl", arity = "1..*", description = "The labelled sets (each document's language is identified as at run time).")
    List<Path> files;

    @Option(names = "--split", paramLabel = "PARTS:PART", converter = SplitConverter.class,
            description = "Train only on the documents whose number modulo PARTS is PART, e.g. 2:0 (default: all).")
    NerDocuments.Split split = NerDocuments.Split.ALL;

    @Option(names = "--epochs", defaultValue = "12", description = "Passes over the training documents (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the order the documents are visited in (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--min-weight", paramLabel = "W", description = "Leave out features whose averaged weights all stay below W "
            + "(default: " + NameTaggerTrainer.MIN_WEIGHT + ").")
    double minWeight = NameTaggerTrainer.MIN_WEIGHT;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model, e.g. "
            + "streams/src/main/resources/io/newswire/streams/enrich/ner/de.model.gz.")
    Path out;

    @Override
    public Integer call() throws IOException {
        NameTaggerTrainer trainer = new NameTaggerTrainer(Gazetteer.get(), WordStats.get());
        for (Path file : files) {
            for (NerDocuments.Document doc : NerDocuments.read(file, split)) {
                List<NameTaggerTrainer.Gold> gold = new ArrayList<>();
                for (NerScore.Mention m : doc.gold()) {
                    gold.add(new NameTaggerTrainer.Gold(doc.charOffset(m.start()), doc.charOffset(m.end()), m.type()));
                }
                trainer.add(doc.text(), gold);
            }
        }
        long started = System.nanoTime();
        NameTagger tagger = trainer.train(epochs, seed, minWeight);
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (OutputStream target = Files.newOutputStream(out)) {
            tagger.write(target);
        }
        System.out.printf("Trained a name tagger on %d documents of %s (%s), %d epochs, in %.1f s: %s (%d bytes)%n",
                trainer.examples(), files, split, epochs, (System.nanoTime() - started) / 1e9, out, Files.size(out));
        return 0;
    }
}
